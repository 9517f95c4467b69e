using System.CommandLine;
using PlanLint.Linting;
using PlanLint.Linting.Baselines;

namespace PlanLint.Cli.Commands;

internal static class BaselineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = PlanFilesArgument.Create("Plan files, folders or globs to record the findings of.");
        var target = new Option<string>("--output", "-o")
        {
            Description = "The baseline file to write (atomically).",
            DefaultValueFactory = _ => Baseline.DefaultFileName,
        };
        var configuration = new ConfigurationOptions();

        var command = new Command("baseline", "Record today's findings so 'check --baseline' reports only new ones.") { files, target };
        configuration.AddTo(command);
        command.SetAction(parse => new BaselineRunner(PlanLinter.CreateDefault()).Run(
            new BaselineOptions
            {
                Inputs = parse.GetValue(files) ?? [],
                Output = parse.GetValue(target) ?? Baseline.DefaultFileName,
                Configuration = configuration.Read(parse),
            },
            output,
            error));
        return command;
    }
}
