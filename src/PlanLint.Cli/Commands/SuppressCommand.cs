using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class SuppressCommand
{
    public static Command Create(CliContext cli)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file (any format, including Word)." };
        var rule = new Option<string>("--rule") { Description = "The rule to suppress, e.g. PL2002.", Required = true, HelpName = "ID" };
        var recommendation = new Option<string?>("--recommendation") { Description = "The recommendation number as written, e.g. 7 or 1.12; omit for the whole plan.", HelpName = "NUMBER" };
        var action = CliValues.WholeNumber("--action", "The 1-based action within the recommendation; omit for the whole recommendation.", minimum: 1, meaning: "the action's position in its recommendation");
        var justification = new Option<string>("--justification") { Description = "Why the finding is acceptable.", Required = true, HelpName = "TEXT" };
        var configuration = new ConfigurationOptions();

        var command = new Command("suppress", "Add a justified suppression to the plan's side file (<plan>.planlint-suppressions.json).")
        {
            plan, rule, recommendation, action, justification,
        };
        configuration.AddTo(command);
        command.SetAction(parse => new SuppressionWriter(PlanLinter.CreateDefault()).Run(
            new SuppressOptions
            {
                Plan = parse.GetValue(plan)!,
                Rule = parse.GetValue(rule)!,
                Recommendation = parse.GetValue(recommendation),
                Action = parse.GetValue(action),
                Justification = parse.GetValue(justification)!,
                WorkingDirectory = cli.WorkingDirectory,
                Configuration = configuration.Read(parse, cli),
            },
            cli.Output,
            cli.Error));
        return command;
    }
}
