using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Html;
using PlanLint.Formatters.Markdown;
using PlanLint.Formatters.Sarif;
using PlanLint.IO;

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
/// Where each requested format goes for one run: console lines to standard output, and each machine format to its
/// file or to standard output, all through one <see cref="OutputWriter"/> (files replaced atomically, all or none, and
/// never over an input; standard output and special files such as /dev/null or a FIFO written in place). Checked before
/// any linting, so misuse costs nothing and leaves existing output files untouched; written only when the run succeeds.
/// </summary>
public sealed class ReportOutputs
{
    private readonly List<Report> reports;

    private ReportOutputs(bool console, List<Report> reports, string root)
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

    /// <summary>Where each machine-readable report goes.</summary>
    public IEnumerable<OutputTarget> Targets => reports.Select(r => r.Target);

    /// <summary>The outputs the options ask for, or null with the reason they cannot all be written.</summary>
    public static ReportOutputs? Plan(CheckOptions options, out string? problem)
    {
        problem = null;
        // The machine formats asked for, each once in order, in an array: LINQ and lists over an enum (a value type)
        // cannot be compiled ahead of time (ReadyToRun), so every run would JIT-compile them.
        bool console = options.Formats.Count == 0;
        var machine = new OutputFormat[options.Formats.Count];
        int machineCount = 0;
        for (int i = 0; i < options.Formats.Count; i++)
        {
            var format = options.Formats[i];
            if (format == OutputFormat.Console) console = true;
            else if (!Among(machine, machineCount, format)) machine[machineCount++] = format;
        }

        string root = Resolve(options.RepoRoot, options.WorkingDirectory) ?? options.WorkingDirectory;

        if (options.OutputPath is not null && machineCount == 0)
            problem = "--output needs a machine-readable format: add --format sarif, json, html or markdown.";
        else if (options.OutputPath is not null && machineCount > 1)
            problem = "--output takes one format, but --format names several; write the others with --sarif FILE, --html FILE or --markdown FILE.";
        else if (!Directory.Exists(root))
            problem = $"the --repo-root folder '{TerminalText.Escape(options.RepoRoot!)}' does not exist.";
        if (problem is not null)
            return null;

        // The files asked for: --output for the one machine format, and --sarif, --html and --markdown beside it.
        var targets = new List<Requested>();
        Asked[] asked = [new("--output", null, options.OutputPath), new("--sarif", OutputFormat.Sarif, options.SarifPath), new("--html", OutputFormat.Html, options.HtmlPath), new("--markdown", OutputFormat.Markdown, options.MarkdownPath)];
        foreach (var (option, format, given) in asked)
        {
            if (string.IsNullOrWhiteSpace(given)) continue;
            if (!OutputTarget.TryResolve(given, options.WorkingDirectory, out var target, out var why))
            {
                problem = TerminalText.Escape(why);
                return null;
            }

            targets.Add(new Requested(option, format, target));
        }

        var output = targets.FirstOrDefault(t => t.Option == "--output")?.Target ?? OutputTarget.StandardOutput;
        var reports = new List<Report>();
        for (int i = 0; i < machineCount; i++)
            reports.Add(new Report(Create(machine[i]), output));
        foreach (var (_, format, target) in targets)
        {
            if (format is { } named) reports.Add(new Report(Create(named), target));
        }

        int toStandardOutput = reports.Count(r => r.Target.Kind == OutputKind.StandardOutput) + (console ? 1 : 0);
        string? clash = null;
        for (int i = 0; i < targets.Count && clash is null; i++)
        {
            for (int j = i + 1; j < targets.Count && clash is null; j++)
            {
                if (!targets[i].Target.IsStandardStream && !targets[j].Target.IsStandardStream && targets[i].Target.SameAs(targets[j].Target))
                    clash = $"{targets[i].Option} and {targets[j].Option} name the same file.";
            }
        }

        if (toStandardOutput > 1)
            problem = "only one format can go to standard output; write the others to files with --output FILE, --sarif FILE, --html FILE or --markdown FILE.";
        else if (clash is not null)
            problem = clash;
        else if (Overwrites(options, reports.Select(r => r.Target)) is { } overwritten)
            problem = overwritten;
        return problem is null ? new ReportOutputs(console, reports, root) : null;
    }

    /// <summary>Why a report would overwrite one of the given input files, or null.</summary>
    public string? Overwrites(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (reports.FirstOrDefault(r => r.Target.Overwrites(input)) is { Target: { } target })
                return $"the report '{TerminalText.Escape(target.Given)}' would overwrite the input '{TerminalText.Escape(input)}'.";
        }

        return null;
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

    /// <summary>Queues every machine-readable report on the run's writer, which writes them all or none.</summary>
    public void AddTo(OutputWriter writer, LintReport report)
    {
        foreach (var (formatter, target) in reports)
            writer.Add(target, $"{formatter.Name} report", stream => formatter.Write(report, stream));
    }

    /// <summary>Writes every machine-readable report, all files or none; false (with a message) when one could not be written.</summary>
    public bool Write(LintReport report, TextWriter output, TextWriter error)
    {
        var writer = new OutputWriter(output, error);
        AddTo(writer, report);
        return writer.Commit();
    }

    private static IReportFormatter Create(OutputFormat format) => format switch
    {
        OutputFormat.Sarif => new SarifFormatter(),
        OutputFormat.Json => new JsonFindingsFormatter(),
        OutputFormat.Html => new HtmlReportFormatter(),
        OutputFormat.Markdown => new MarkdownReportFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static string? Overwrites(CheckOptions options, IEnumerable<OutputTarget> targets)
    {
        foreach (var input in options.Inputs)
        {
            string full = Path.GetFullPath(input, options.WorkingDirectory);
            if (targets.FirstOrDefault(t => t.Overwrites(full)) is { } target)
                return $"the report '{TerminalText.Escape(target.Given)}' would overwrite the plan '{TerminalText.Escape(input)}'.";
        }

        return null;
    }

    private static bool Among(OutputFormat[] formats, int count, OutputFormat format)
    {
        for (int i = 0; i < count; i++)
        {
            if (formats[i] == format) return true;
        }

        return false;
    }

    private static string? Resolve(string? path, string workingDirectory) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, workingDirectory);

    // Records, not tuples: collections and LINQ over tuples (value types) cannot be compiled ahead of time (ReadyToRun),
    // so every run would JIT-compile them.
    /// <summary>An output option as given: its name, the format it writes (null for --output), its value.</summary>
    private sealed record Asked(string Option, OutputFormat? Format, string? Given);

    /// <summary>An output option whose file is resolved.</summary>
    private sealed record Requested(string Option, OutputFormat? Format, OutputTarget Target);

    private sealed record Report(IReportFormatter Formatter, OutputTarget Target);
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
