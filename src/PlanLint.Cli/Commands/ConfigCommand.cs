using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class ConfigCommand
{
    public static Command Create(CliContext cli)
    {
        var print = new Option<string>("--print")
        {
            Description = "Show the effective configuration for this plan file and where each value came from.",
            Required = true,
            HelpName = "FILE",
        };
        var configuration = new ConfigurationOptions();

        var command = new Command("config", "Show the configuration PlanLint would use for a file.") { print };
        configuration.AddTo(command);
        command.SetAction(parse => new ConfigPrinter(PlanLinter.CreateDefault()).Run(
            new ConfigPrintOptions { File = parse.GetValue(print)!, WorkingDirectory = cli.WorkingDirectory, Configuration = configuration.Read(parse, cli) },
            cli.Output,
            cli.Error));
        return command;
    }
}
