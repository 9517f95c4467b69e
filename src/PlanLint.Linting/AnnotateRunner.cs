using System.Globalization;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Text;
using PlanLint.Writers.Word;

namespace PlanLint.Linting;

/// <summary>Everything <c>planlint annotate</c> was asked to do.</summary>
public sealed record AnnotateOptions
{
    /// <summary>The Word draft to lint; it is only read.</summary>
    public required string Input { get; init; }

    /// <summary>The annotated copy to write (a .docx; never the input).</summary>
    public required string Output { get; init; }
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
    public int? MaxWarnings { get; init; }

    /// <summary><c>--config</c>, <c>--rule</c> and <c>--max-file-size</c>.</summary>
    public ConfigurationRequest Configuration { get; init; } = new();

    /// <summary><c>--include-suppressed</c>: comment on suppressed findings too, marked as suppressed.</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>The date the comments carry; now when null.</summary>
    public DateTime? Date { get; init; }
}

/// <summary>
/// <c>planlint annotate</c>: lints a Word draft as <c>check</c> does and writes a copy with one comment per finding,
/// anchored where the finding is (see <see cref="FindingComments"/>); the draft itself is never changed. The exit code
/// is check's: 1 when there are errors (or more warnings than --max-warnings), 2 for misuse.
/// </summary>
public sealed class AnnotateRunner(PlanLinter linter)
{
    public int Run(AnnotateOptions options, TextWriter output, TextWriter error)
    {
        int Usage(string message)
        {
            error.WriteLine("planlint: " + TerminalText.Escape(message));
            return ExitCodes.Usage;
        }

        string input = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Input));
        if (!string.Equals(Path.GetExtension(options.Output), ".docx", StringComparison.OrdinalIgnoreCase))
            return Usage($"the annotated copy must be a Word document: '{options.Output}' does not end in .docx.");
        if (!OutputTarget.TryResolve(options.Output, options.WorkingDirectory, out var target, out var problem))
            return Usage(problem);
        if (target.Overwrites(input))
            return Usage($"refusing to write over the draft '{options.Input}'; choose another output name, such as '{Path.GetFileNameWithoutExtension(options.Input)}.reviewed.docx'.");
        if (!File.Exists(input))
            return Usage(Directory.Exists(input) ? $"'{options.Input}' is a folder; annotate takes one Word draft." : $"'{options.Input}' does not exist.");
        if (InputFile.Refuse(FileStatus.Of(input), "Word draft") is { } refused)
            return Usage($"'{options.Input}': {refused.Message}");
        if (!string.Equals(linter.Readers.ForFile(input, Head(input))?.Format, "docx", StringComparison.Ordinal))
            return Usage($"'{options.Input}' is not a Word document; annotate writes comments into .docx drafts (use 'planlint check' for other plans).");

        LintSetup setup;
        try
        {
            setup = LintSetup.ForFiles(linter, [input], options.Configuration with { WorkingDirectory = options.WorkingDirectory });
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfiguredRun.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        long limit = setup.ConfigurationFor(input).MaxFileBytes ?? linter.Readers.MaxFileBytes;
        if (!InputFile.TryRead(input, limit, "plan file", out var content, out var unreadable))
        {
            error.WriteLine($"{TerminalText.Escape(options.Input)}: error PL0001: {TerminalText.Escape(unreadable.Message)}");
            return ExitCodes.Findings;
        }

        byte[] draft = content.ToArray();
        var (plan, result) = setup.Linter.ReadAndLint(input, draft, setup.Apply(new LintOptions()));
        if (plan is null)
        {
            foreach (var d in result.Diagnostics)
                error.WriteLine(ConsoleFormatter.Format(d with { Location = d.Location with { Path = ConfiguredRun.DisplayPath(d.Location.Path, input, options.Input) } }));
            error.WriteLine($"planlint: nothing was written: '{TerminalText.Escape(options.Input)}' could not be read as a plan.");
            return ExitCodes.Findings;
        }

        var commented = result.Diagnostics.Where(d => d.CountsTowardsExitCode || (options.IncludeSuppressed && d.IsSuppressed)).ToList();
        AnnotatedDocument annotated;
        try
        {
            annotated = WordAnnotator.Annotate(draft, [.. commented.Select(d => FindingComments.For(d, plan, input))], options.Date ?? DateTime.Now);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException)
        {
            error.WriteLine($"planlint: could not annotate '{TerminalText.Escape(options.Input)}': {TerminalText.Escape(e.Message.ReplaceLineEndings(" "))}");
            return ExitCodes.Findings;
        }

        if (!OutputWriter.WriteOne(target, "annotated copy", stream => stream.Write(annotated.Content), output, error))
            return ExitCodes.Findings;

        int errors = result.Diagnostics.Count(d => d.CountsTowardsExitCode && d.Severity == Severity.Error);
        int warnings = result.Diagnostics.Count(d => d.CountsTowardsExitCode && d.Severity == Severity.Warning);
        int notes = result.Diagnostics.Count(d => d.CountsTowardsExitCode && d.Severity == Severity.Note);
        int suppressed = result.Diagnostics.Count(d => d.IsSuppressed);
        (target.IsStandardStream ? error : output).WriteLine(Summary(options, annotated, errors, warnings, notes, suppressed));
        bool tooManyWarnings = options.MaxWarnings is { } max && warnings > max;
        if (tooManyWarnings)
            error.WriteLine($"planlint: {warnings} warnings is more than --max-warnings {options.MaxWarnings}.");
        return errors > 0 || tooManyWarnings ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Summary(AnnotateOptions options, AnnotatedDocument annotated, int errors, int warnings, int notes, int suppressed)
    {
        var parts = new List<string> { Quantity.Of(errors, "error"), Quantity.Of(warnings, "warning"), Quantity.Of(notes, "note") };
        if (suppressed > 0) parts.Add($"{suppressed.ToString(CultureInfo.InvariantCulture)} suppressed{(options.IncludeSuppressed ? "" : " (no comment)")}");
        string text = $"Wrote {TerminalText.Escape(options.Output)}: {Quantity.Of(annotated.Added, "comment")} ({string.Join(", ", parts)}).";
        if (annotated.Removed > 0)
            text += $" Replaced {Quantity.Of(annotated.Removed, "earlier PlanLint comment")}.";
        if (annotated.KeptForReplies > 0)
            text += $" Kept {Quantity.Of(annotated.KeptForReplies, "earlier PlanLint comment")} that someone replied to.";
        return text;
    }

    private static byte[] Head(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[8];
            int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
