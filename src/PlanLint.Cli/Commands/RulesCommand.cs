using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class RulesCommand
{
    public static Command Create(CliContext cli)
    {
        var configuration = new ConfigurationOptions();
        var command = new Command("rules", "List every rule, including those of the rule packs the configuration loads: id, default severity, category and title. 'planlint explain ID' shows one rule's page.");
        configuration.AddTo(command);
        command.SetAction(parse => new RulesRunner(PlanLinter.CreateDefault()).Run(configuration.Read(parse, cli), cli.Output, cli.Error));
        return command;
    }
}
