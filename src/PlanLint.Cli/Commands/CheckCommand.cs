using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var files = PlanFilesArgument.Create("Plan files, folders or globs (e.g. plans/ or 'plans/**/*.plan.json'). A folder means every plan in it: *.plan.json, *.plan.yaml, *.plan.yml, *.docx and *.txt.");
        var maxWarnings = CliValues.WholeNumber("--max-warnings", "Exit with 1 when there are more warnings than this (0: fail on any warning).", minimum: 0);
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Never colour the output (colour is also off when output is redirected or NO_COLOR is set).",
        };

        var showSuppressed = new Option<bool>("--show-suppressed")
        {
            Description = "Also list suppressed findings, with their justification (they never count towards the exit code).",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings that are not in this baseline (written by 'planlint baseline').",
            HelpName = "FILE",
        };
        var pruneBaseline = new Option<bool>("--prune-baseline")
        {
            Description = "Rewrite the --baseline file without the entries that no longer occur.",
        };
        var maxFileSize = new Option<string?>("--max-file-size")
        {
            Description = "Refuse plan files larger than this, e.g. 20MB or \"512 KB\" (default 50 MB, or \"maxFileSize\" in planlint.json).",
            HelpName = "SIZE",
        };
        var configuration = new ConfigurationOptions();
        var inputs = new InputOptions();

        var command = new Command("check", "Lint plan files and report findings.") { files, maxWarnings, noColor, showSuppressed, baseline, pruneBaseline, maxFileSize };
        configuration.AddTo(command);
        inputs.AddTo(command);
        var reportOptions = ReportOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new CheckOptions
            {
                Inputs = parse.GetValue(files) ?? [],
                WorkingDirectory = cli.WorkingDirectory,
                MaxWarnings = parse.GetValue(maxWarnings),
                Color = !parse.GetValue(noColor) && Terminal.SupportsColor(cli.Output),
                Progress = Terminal.IsInteractive(cli.Error),
                Configuration = configuration.Read(parse, cli) with { MaxFileSize = parse.GetValue(maxFileSize) },
                Selection = inputs.Read(parse),
                ShowSuppressed = parse.GetValue(showSuppressed),
                Baseline = parse.GetValue(baseline),
                PruneBaseline = parse.GetValue(pruneBaseline),
            };
            options = reportOptions.Apply(parse, options, Terminal.IsInteractive(cli.Output));
            return new CheckRunner(PlanLinter.CreateDefault()).Run(options, cli.Output, cli.Error);
        });
        return command;
    }
}
