using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Readers;
using PlanLint.Text;
using PlanLint.Writers.Word;

namespace PlanLint.Linting;

/// <summary>Everything <c>planlint render</c> was asked to do.</summary>
public sealed record RenderOptions
{
    /// <summary>The plan to render: any format PlanLint reads.</summary>
    public required string Input { get; init; }

    /// <summary>The Word document to write (a .docx; never the input or the template).</summary>
    public required string Output { get; init; }

    /// <summary>A team's own template (.docx or .dotx) whose styles, page setup, headers and footers are used; the built-in one when null.</summary>
    public string? Template { get; init; }
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
}

/// <summary>
/// <c>planlint render</c>: writes a plan (kept in git as YAML or JSON, or any format PlanLint reads) as a Word document
/// in the HMPPS template layout, atomically. The document is read back before it is written; where it would not read
/// back as the plan (something a Word table cannot say), each difference is printed and the exit code is 1.
/// </summary>
public sealed class RenderRunner(PlanReaders readers)
{
    /// <summary>The largest template file read; a template is styles and a page, not a plan.</summary>
    private const long MaxTemplateBytes = 50L * 1024 * 1024;

    public int Run(RenderOptions options, TextWriter output, TextWriter error)
    {
        int Usage(string message)
        {
            error.WriteLine("planlint: " + TerminalText.Escape(message));
            return ExitCodes.Usage;
        }

        string input = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Input));
        string? template = options.Template is null ? null : Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Template));
        if (!string.Equals(Path.GetExtension(options.Output), ".docx", StringComparison.OrdinalIgnoreCase))
            return Usage($"the rendered plan is a Word document: '{options.Output}' must end in .docx.");
        if (!OutputTarget.TryResolve(options.Output, options.WorkingDirectory, out var target, out var problem))
            return Usage(problem);
        if (target.Overwrites(input))
            return Usage($"refusing to write over the input file '{options.Input}'; choose another output name.");
        if (template is not null && target.Overwrites(template))
            return Usage($"refusing to write over the template '{options.Template}'; choose another output name.");

        byte[]? templateBytes = null;
        if (template is not null)
        {
            if (!InputFile.TryRead(template, MaxTemplateBytes, "template", out var content, out var unreadable))
                return Usage($"the template '{options.Template}': {unreadable.Message}");
            templateBytes = content.ToArray();
        }

        var read = readers.ReadFile(input);
        foreach (var d in read.Diagnostics)
            error.WriteLine(ConsoleFormatter.Format(d with { Location = d.Location with { Path = DisplayPaths.OfFinding(d.Location.Path, input, options.Input) } }));
        if (read.Plan is not { } plan)
        {
            error.WriteLine($"planlint: nothing was written: '{TerminalText.Escape(options.Input)}' could not be read as a plan.");
            return ExitCodes.Findings;
        }

        RenderedPlan rendered;
        try
        {
            rendered = WordPlanRenderer.Render(plan, templateBytes);
        }
        catch (Exception e) when (templateBytes is not null
            && e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException)
        {
            return Usage($"the template '{options.Template}' cannot be used: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}. Give a Word document or template (.docx, .dotx).");
        }

        if (!OutputWriter.WriteOne(target, "rendered plan", stream => stream.Write(rendered.Content), output, error))
            return ExitCodes.Findings;

        (target.IsStandardStream ? error : output).WriteLine($"Wrote {TerminalText.Escape(options.Output)}: {PlanCounts.Of(plan)}.");
        foreach (string difference in rendered.Differences)
            error.WriteLine($"{TerminalText.Escape(options.Output)}: warning: {TerminalText.Escape(difference.TrimEnd('.'))}.");
        if (rendered.Differences.Count > 0)
        {
            error.WriteLine($"planlint: {TerminalText.Escape(options.Output)} does not read back as {TerminalText.Escape(options.Input)} in {Quantity.Of(rendered.Differences.Count, "place")}: a Word table cannot say what is listed above.");
            return ExitCodes.Findings;
        }

        return read.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
