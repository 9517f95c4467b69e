using System.CommandLine;
using PlanLint.Linting;
using PlanLint.Linting.Baselines;

namespace PlanLint.Cli.Commands;

internal static class BaselineCommand
{
    public static Command Create(CliContext cli)
    {
        var files = PlanFilesArgument.Create("Plan files, folders or globs to record the findings of (a folder means every plan in it, as for 'check').");
        var target = new Option<string>("--output", "-o")
        {
            Description = "The baseline file to write (atomically); with --upgrade, the baseline to upgrade.",
            DefaultValueFactory = _ => Baseline.DefaultFileName,
            HelpName = "FILE",
        };
        var upgrade = new Option<bool>("--upgrade")
        {
            Description = "Carry an existing baseline's entries over to the findings they are now (after a PlanLint upgrade changed how actions are read), keeping a copy of the file as it was; adopts no new finding.",
        };
        var configuration = new ConfigurationOptions();
        var inputs = new InputOptions();

        var command = new Command("baseline", "Record today's findings so 'check --baseline' reports only new ones.") { files, target, upgrade };
        configuration.AddTo(command);
        inputs.AddTo(command);
        command.SetAction(parse => new BaselineRunner(PlanLinter.CreateDefault()).Run(
            new BaselineOptions
            {
                Inputs = parse.GetValue(files) ?? [],
                Output = parse.GetValue(target) ?? Baseline.DefaultFileName,
                WorkingDirectory = cli.WorkingDirectory,
                Configuration = configuration.Read(parse, cli),
                Selection = inputs.Read(parse),
                Upgrade = parse.GetValue(upgrade),
            },
            cli.Output,
            cli.Error));
        return command;
    }
}
