using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class ExplainCommand
{
    public static Command Create(CliContext cli)
    {
        var id = new Argument<string>("rule") { Description = "The rule id, e.g. PL2007 (or its name, e.g. DistantTargetDate)." };
        var configuration = new ConfigurationOptions();
        var command = new Command("explain", "Show a rule's page: what it flags, why it matters, examples, options and how to suppress it.") { id };
        configuration.AddTo(command);
        command.SetAction(parse => new ExplainRunner(PlanLinter.CreateDefault()).Run(
            parse.GetValue(id)!,
            configuration.Read(parse, cli),
            Terminal.SupportsColor(cli.Output),
            cli.Output,
            cli.Error));
        return command;
    }
}
