using PlanLint.IO;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Html;
using PlanLint.Formatters.Markdown;
using PlanLint.Formatters.Sarif;

namespace PlanLint.Linting;

/// <summary>The formats <c>planlint check --format</c> can write.</summary>
public enum OutputFormat
{
    Console,
    Sarif,
    Json,
    Html,
    Markdown,
}

public static class OutputFormats
{
    public static IReadOnlyList<string> Names { get; } = ["console", "sarif", "json", "html", "markdown"];

    public static OutputFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "console" => OutputFormat.Console,
        "sarif" => OutputFormat.Sarif,
        "json" => OutputFormat.Json,
        "html" => OutputFormat.Html,
        "markdown" => OutputFormat.Markdown,
        _ => throw new ArgumentException($"Unknown output format '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };
}

/// <summary>
/// Where each requested format goes for one run: console lines to standard output, and each machine format
/// to its file (written atomically) or to standard output. Checked before any linting, so misuse costs nothing
/// and leaves existing output files untouched.
/// </summary>
public sealed class ReportOutputs
{
    private readonly List<(IReportFormatter Formatter, string? Path)> reports;

    private ReportOutputs(bool console, List<(IReportFormatter, string?)> reports, string root)
    {
        Console = console;
        this.reports = reports;
        RootDirectory = root;
    }

    /// <summary>Whether findings and the summary are printed for people on standard output.</summary>
    public bool Console { get; }

    /// <summary>Whether a report shows the plans themselves (HTML, Markdown), so linting must keep them.</summary>
    public bool NeedsPlans => reports.Any(r => r.Formatter is HtmlReportFormatter or MarkdownReportFormatter);

    public string RootDirectory { get; }

    /// <summary>The outputs the options ask for, or null with the reason they cannot all be written.</summary>
    public static ReportOutputs? Plan(CheckOptions options, out string? problem)
    {
        problem = null;
        var formats = options.Formats.Count == 0 ? [OutputFormat.Console] : options.Formats.Distinct().ToList();
        var machine = formats.Where(f => f != OutputFormat.Console).ToList();
        bool console = formats.Contains(OutputFormat.Console);
        string? output = Resolve(options.OutputPath, options.WorkingDirectory);
        string root = Resolve(options.RepoRoot, options.WorkingDirectory) ?? options.WorkingDirectory;
        // The files asked for by name beside the other outputs: --sarif, --html and --markdown.
        var named = new List<(string Option, OutputFormat Format, string? Given, string Full)>();
        foreach (var (option, format, given) in new[] { ("--sarif", OutputFormat.Sarif, options.SarifPath), ("--html", OutputFormat.Html, options.HtmlPath), ("--markdown", OutputFormat.Markdown, options.MarkdownPath) })
        {
            if (Resolve(given, options.WorkingDirectory) is { } full)
                named.Add((option, format, given, full));
        }

        var targets = named.Select(n => (n.Option, Path: n.Full)).ToList();
        if (output is not null) targets.Insert(0, ("--output", output));
        var clash = targets.GroupBy(t => t.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);

        if (output is not null && machine.Count == 0)
            problem = "--output needs a machine-readable format: add --format sarif, json, html or markdown.";
        else if (output is not null && machine.Count > 1)
            problem = "--output takes one format, but --format names several; write the others with --sarif FILE, --html FILE or --markdown FILE.";
        else if (output is null && (machine.Count > 1 || (machine.Count == 1 && console)))
            problem = "only one format can go to standard output; write the others to files with --output FILE, --sarif FILE, --html FILE or --markdown FILE.";
        else if (clash is not null)
            problem = $"{string.Join(" and ", clash.Select(t => t.Option))} name the same file.";
        else if (!Directory.Exists(root))
            problem = $"the --repo-root folder '{TerminalText.Escape(options.RepoRoot!)}' does not exist.";
        else if (options.Inputs.Select(i => Resolve(i, options.WorkingDirectory)).FirstOrDefault(i => i is not null && targets.Any(t => t.Path == i)) is { } input)
            problem = $"the report would overwrite the plan '{TerminalText.Escape(input)}'.";
        else
            problem = CheckWritable(options.OutputPath, output) ?? named.Select(n => CheckWritable(n.Given, n.Full)).FirstOrDefault(p => p is not null);
        if (problem is not null)
            return null;

        var reports = new List<(IReportFormatter, string?)>();
        foreach (var format in machine)
            reports.Add((Create(format), output));
        foreach (var n in named)
            reports.Add((Create(n.Format), n.Full));
        return new ReportOutputs(console, reports, root);
    }

    /// <summary>The report of a finished run, with paths relative to the chosen root.</summary>
    public LintReport CreateReport(
        IReadOnlyList<FileResult> results, IEnumerable<RuleDescriptor> descriptors, AnalysisOptions analysis,
        IReadOnlyList<string> arguments, DateTimeOffset started, DateTimeOffset ended, bool redactPlanText = false) =>
        LintReports.Create(results, descriptors, analysis, RootDirectory) with
        {
            Arguments = arguments,
            RedactPlanText = redactPlanText,
            StartTimeUtc = started,
            EndTimeUtc = ended,
        };

    /// <summary>Writes every machine-readable report; false (with a message) when a file could not be written.</summary>
    public bool Write(LintReport report, TextWriter output, TextWriter error)
    {
        if (reports.Count == 0) return true;

        foreach (var (formatter, path) in reports)
        {
            if (path is null)
            {
                using var buffer = new MemoryStream();
                formatter.Write(report, buffer);
                output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                output.Flush();
                continue;
            }

            try
            {
                AtomicFile.Write(path, stream => formatter.Write(report, stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"planlint: could not write the {formatter.Name} report to '{TerminalText.Escape(path)}': {TerminalText.Escape(e.Message)}");
                return false;
            }
        }

        return true;
    }

    private static IReportFormatter Create(OutputFormat format) => format switch
    {
        OutputFormat.Sarif => new SarifFormatter(),
        OutputFormat.Json => new JsonFindingsFormatter(),
        OutputFormat.Html => new HtmlReportFormatter(),
        OutputFormat.Markdown => new MarkdownReportFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static string? Resolve(string? path, string workingDirectory) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, workingDirectory);

    private static string? CheckWritable(string? given, string? full)
    {
        if (full is null) return null;
        if (Directory.Exists(full))
            return $"cannot write to '{TerminalText.Escape(given!)}': it is a folder.";
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
            return $"cannot write to '{TerminalText.Escape(given!)}': the folder '{TerminalText.Escape(folder ?? given!)}' does not exist.";
        return null;
    }
}

public static class LintReports
{
    /// <summary>Every file with its findings, and every rule the configuration enabled with its level.</summary>
    public static LintReport Create(IReadOnlyList<FileResult> results, IEnumerable<RuleDescriptor> descriptors, AnalysisOptions analysis, string rootDirectory) => new()
    {
        Files = [.. results.Select(r => new ReportedFile(r.Path, r.Diagnostics) { Plan = r.Plan })],
        Rules = [.. descriptors
            .Select(d => new ReportedRule(d, analysis.EffectiveSeverity(d)))
            .Where(r => r.Level != Severity.None)],
        RootDirectory = rootDirectory,
    };
}
