using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class AnnotateCommand
{
    public static Command Create(CliContext cli)
    {
        var draft = new Argument<string>("draft")
        {
            Description = "The Word draft to lint (.docx); it is only read.",
        };
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "The annotated copy to write, e.g. draft.reviewed.docx (written atomically; never the draft).",
            Required = true,
            HelpName = "FILE",
        };
        var maxWarnings = CliValues.WholeNumber("--max-warnings", "Exit with 1 when there are more warnings than this (0: fail on any warning).", minimum: 0);
        var includeSuppressed = new Option<bool>("--include-suppressed")
        {
            Description = "Also comment on suppressed findings, marked as suppressed with their justification.",
        };
        var maxFileSize = new Option<string?>("--max-file-size")
        {
            Description = "Refuse drafts larger than this, e.g. 20MB (default 50 MB, or \"maxFileSize\" in planlint.json).",
            HelpName = "SIZE",
        };
        var configuration = new ConfigurationOptions();

        var command = new Command("annotate", "Write a copy of a Word draft with each finding as a comment where it applies.")
        {
            draft, outputFile, maxWarnings, includeSuppressed, maxFileSize,
        };
        configuration.AddTo(command);
        command.SetAction(parse => new AnnotateRunner(PlanLinter.CreateDefault()).Run(
            new AnnotateOptions
            {
                Input = parse.GetValue(draft)!,
                Output = parse.GetValue(outputFile)!,
                WorkingDirectory = cli.WorkingDirectory,
                MaxWarnings = parse.GetValue(maxWarnings),
                IncludeSuppressed = parse.GetValue(includeSuppressed),
                Configuration = configuration.Read(parse, cli) with { MaxFileSize = parse.GetValue(maxFileSize) },
            },
            cli.Output,
            cli.Error));
        return command;
    }
}
