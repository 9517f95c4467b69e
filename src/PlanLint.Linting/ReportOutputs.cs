using System.Diagnostics.CodeAnalysis;
using PlanLint.IO;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Sarif;

namespace PlanLint.Linting;

/// <summary>The formats <c>planlint check --format</c> can write.</summary>
public enum OutputFormat
{
    Console,
    Sarif,
    Json,
}

public static class OutputFormats
{
    public static IReadOnlyList<string> Names { get; } = ["console", "sarif", "json"];

    public static OutputFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "console" => OutputFormat.Console,
        "sarif" => OutputFormat.Sarif,
        "json" => OutputFormat.Json,
        _ => throw new ArgumentException($"Unknown output format '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };
}

/// <summary>
/// Where each requested format goes for one run: console lines to standard output, and each machine format to its
/// file or to standard output, all through one <see cref="OutputWriter"/> (files replaced atomically and never over an
/// input; standard output and special files such as /dev/null or a FIFO written in place). Checked before any linting,
/// so misuse costs nothing and leaves existing output files untouched; written only when the run succeeds.
/// </summary>
public sealed class ReportOutputs
{
    private readonly List<(IReportFormatter Formatter, OutputTarget Target)> reports;

    private ReportOutputs(bool console, List<(IReportFormatter, OutputTarget)> reports, string root)
    {
        Console = console;
        this.reports = reports;
        RootDirectory = root;
    }

    /// <summary>Whether findings and the summary are printed for people on standard output.</summary>
    public bool Console { get; }

    public string RootDirectory { get; }

    /// <summary>Where each machine-readable report goes.</summary>
    public IEnumerable<OutputTarget> Targets => reports.Select(r => r.Target);

    /// <summary>The outputs the options ask for, or null with the reason they cannot all be written.</summary>
    public static ReportOutputs? Plan(CheckOptions options, out string? problem)
    {
        problem = null;
        var formats = options.Formats.Count == 0 ? [OutputFormat.Console] : options.Formats.Distinct().ToList();
        var machine = formats.Where(f => f != OutputFormat.Console).ToList();
        bool console = formats.Contains(OutputFormat.Console);
        string root = Resolve(options.RepoRoot, options.WorkingDirectory) ?? options.WorkingDirectory;

        if (options.OutputPath is not null && machine.Count == 0)
            problem = "--output needs a machine-readable format: add --format sarif or --format json.";
        else if (options.OutputPath is not null && machine.Count > 1)
            problem = "--output takes one format, but --format names several; use --sarif FILE for the SARIF log.";
        else if (!Directory.Exists(root))
            problem = $"the --repo-root folder '{TerminalText.Escape(options.RepoRoot!)}' does not exist.";
        if (problem is not null)
            return null;

        OutputTarget? output = null, sarif = null;
        if ((options.OutputPath is { } outputPath && !TryTarget(outputPath, options.WorkingDirectory, out output, out problem))
            || (options.SarifPath is { } sarifPath && !TryTarget(sarifPath, options.WorkingDirectory, out sarif, out problem)))
            return null;

        var reports = new List<(IReportFormatter, OutputTarget)>();
        foreach (var format in machine)
            reports.Add((Create(format), output ?? OutputTarget.StandardOutput));
        if (sarif is not null)
            reports.Add((new SarifFormatter(), sarif));

        int toStandardOutput = reports.Count(r => r.Item2.Kind == OutputKind.StandardOutput) + (console ? 1 : 0);
        if (toStandardOutput > 1)
            problem = "only one format can go to standard output; write the others to files with --output FILE or --sarif FILE.";
        else if (output is not null && sarif is not null && !output.IsStandardStream && output.SameAs(sarif))
            problem = "--output and --sarif name the same file.";
        else if (Resolve(options, reports.Select(r => r.Item2)) is { } overwritten)
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
        IReadOnlyList<string> arguments, DateTimeOffset started, DateTimeOffset ended) =>
        LintReports.Create(results, descriptors, analysis, RootDirectory) with
        {
            Arguments = arguments,
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
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static string? Resolve(CheckOptions options, IEnumerable<OutputTarget> targets)
    {
        foreach (var input in options.Inputs)
        {
            string full = Path.GetFullPath(input, options.WorkingDirectory);
            if (targets.FirstOrDefault(t => t.Overwrites(full)) is { } target)
                return $"the report '{TerminalText.Escape(target.Given)}' would overwrite the plan '{TerminalText.Escape(input)}'.";
        }

        return null;
    }

    private static bool TryTarget(string given, string workingDirectory, [NotNullWhen(true)] out OutputTarget? target, out string? problem)
    {
        if (OutputTarget.TryResolve(given, workingDirectory, out target, out var why))
        {
            problem = null;
            return true;
        }

        problem = TerminalText.Escape(why);
        return false;
    }

    private static string? Resolve(string? path, string workingDirectory) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, workingDirectory);
}

public static class LintReports
{
    /// <summary>Every file with its findings, and every rule the configuration enabled with its level.</summary>
    public static LintReport Create(IReadOnlyList<FileResult> results, IEnumerable<RuleDescriptor> descriptors, AnalysisOptions analysis, string rootDirectory) => new()
    {
        Files = [.. results.Select(r => new ReportedFile(r.Path, r.Diagnostics))],
        Rules = [.. descriptors
            .Select(d => new ReportedRule(d, analysis.EffectiveSeverity(d)))
            .Where(r => r.Level != Severity.None)],
        RootDirectory = rootDirectory,
    };
}
