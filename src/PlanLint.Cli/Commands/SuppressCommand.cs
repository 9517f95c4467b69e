using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class SuppressCommand
{
    public static Command Create(CliContext cli)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file (any format, including Word)." };
        var rule = new Option<string>("--rule") { Description = "The rule to suppress, e.g. PL2002 (required unless --upgrade).", HelpName = "ID" };
        var recommendation = new Option<string?>("--recommendation") { Description = "The recommendation number as written, e.g. 7 or 1.12; omit for the whole plan.", HelpName = "NUMBER" };
        var action = CliValues.WholeNumber("--action", "The 1-based action within the recommendation; omit for the whole recommendation.", minimum: 1, meaning: "the action's position in its recommendation");
        var justification = new Option<string>("--justification") { Description = "Why the finding is acceptable (required unless --upgrade).", HelpName = "TEXT" };
        var upgrade = new Option<bool>("--upgrade")
        {
            Description = "Carry the side file's entries over to how the plan is read now (after a PlanLint upgrade cut, joined or renumbered actions, or now reports a finding as a reading finding), keeping a copy of the file as it was.",
        };
        var configuration = new ConfigurationOptions();

        var command = new Command("suppress", "Add a justified suppression to the plan's side file (<plan>.planlint-suppressions.json).")
        {
            plan, rule, recommendation, action, justification, upgrade,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(upgrade)) return;
            foreach (var required in new[] { rule, justification })
            {
                if (result.GetResult(required) is null)
                    result.AddError($"Option '{required.Name}' is required (unless --upgrade).");
            }
        });
        configuration.AddTo(command);
        command.SetAction(parse => new SuppressionWriter(PlanLinter.CreateDefault()).Run(
            new SuppressOptions
            {
                Plan = parse.GetValue(plan)!,
                Rule = parse.GetValue(rule) ?? "",
                Recommendation = parse.GetValue(recommendation),
                Action = parse.GetValue(action),
                Justification = parse.GetValue(justification) ?? "",
                Upgrade = parse.GetValue(upgrade),
                WorkingDirectory = cli.WorkingDirectory,
                Configuration = configuration.Read(parse, cli),
            },
            cli.Output,
            cli.Error));
        return command;
    }
}
