using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class AnnotateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var draft = new Argument<string>("draft")
        {
            Description = "The Word draft to lint (.docx); it is only read.",
        };
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "The annotated copy to write, e.g. draft.reviewed.docx (written atomically; never the draft).",
            Required = true,
        };
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Exit with 1 when there are more warnings than this.",
        };
        var includeSuppressed = new Option<bool>("--include-suppressed")
        {
            Description = "Also comment on suppressed findings, marked as suppressed with their justification.",
        };
        var maxFileSize = new Option<string?>("--max-file-size")
        {
            Description = "Refuse drafts larger than this, e.g. 20MB (default 50 MB, or \"maxFileSize\" in planlint.json).",
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
                MaxWarnings = parse.GetValue(maxWarnings),
                IncludeSuppressed = parse.GetValue(includeSuppressed),
                Configuration = configuration.Read(parse) with { MaxFileSize = parse.GetValue(maxFileSize) },
            },
            output,
            error));
        return command;
    }
}
