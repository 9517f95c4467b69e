using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class ConfigCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var print = new Option<string>("--print")
        {
            Description = "Show the effective configuration for this plan file and where each value came from.",
            Required = true,
        };
        var configuration = new ConfigurationOptions();

        var command = new Command("config", "Show the configuration PlanLint would use for a file.") { print };
        configuration.AddTo(command);
        command.SetAction(parse => new ConfigPrinter(PlanLinter.CreateDefault()).Run(
            new ConfigPrintOptions { File = parse.GetValue(print)!, Configuration = configuration.Read(parse) },
            output,
            error));
        return command;
    }
}
