using System.Diagnostics.CodeAnalysis;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Linting.Baselines;

namespace PlanLint.Linting;

/// <summary>Everything <c>planlint check</c> was asked to do.</summary>
public sealed record CheckOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
    public int? MaxWarnings { get; init; }
    public bool Color { get; init; }

    /// <summary>Whether to show "files done / total" on standard error (only on a terminal).</summary>
    public bool Progress { get; init; }
    public LintOptions Lint { get; init; } = new();

    /// <summary>Output formats; empty means console only.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [];

    /// <summary>The file the one machine-readable format in <see cref="Formats"/> goes to; standard output when null.</summary>
    public string? OutputPath { get; init; }

    /// <summary>A SARIF file to write beside the other outputs.</summary>
    public string? SarifPath { get; init; }

    /// <summary>An HTML report (the reviewer's page) to write beside the other outputs.</summary>
    public string? HtmlPath { get; init; }

    /// <summary>A Markdown report (for a pull-request comment or job summary) to write beside the other outputs.</summary>
    public string? MarkdownPath { get; init; }

    /// <summary><c>--redact-plan-text</c>: leave the plan's own words out of SARIF, JSON and Markdown.</summary>
    public bool RedactPlanText { get; init; }

    /// <summary>How the console shows findings: canonical lines (for tools) or grouped for a person.</summary>
    public ConsoleView ConsoleView { get; init; } = ConsoleView.Canonical;

    /// <summary>The folder SARIF and JSON paths are relative to; the working directory when null.</summary>
    public string? RepoRoot { get; init; }

    /// <summary>The arguments planlint was run with, recorded in SARIF's invocation.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary><c>--include</c> and <c>--exclude</c>.</summary>
    public InputSelection Selection { get; init; } = new();

    /// <summary><c>--config</c> and <c>--rule</c>.</summary>
    public ConfigurationRequest Configuration { get; init; } = new();

    /// <summary><c>--show-suppressed</c>: list suppressed findings, with their justification.</summary>
    public bool ShowSuppressed { get; init; }

    /// <summary><c>--baseline FILE</c>: report only findings not in this baseline.</summary>
    public string? Baseline { get; init; }

    /// <summary><c>--prune-baseline</c>: rewrite the baseline without the entries that no longer occur.</summary>
    public bool PruneBaseline { get; init; }
}

/// <summary>
/// <c>planlint check</c>, as one sequence: plan the outputs, resolve the inputs, set up configuration and baseline, lint,
/// show the findings, compare with the baseline, write the reports, and return the exit code.
/// </summary>
public sealed class CheckRunner(PlanLinter linter)
{
    public int Run(CheckOptions options, TextWriter output, TextWriter error)
    {
        var started = DateTimeOffset.UtcNow;
        using var inputs = InputLedger.Begin();
        var reports = ReportOutputs.Plan(options, out string? outputProblem);
        if (reports is null)
        {
            error.WriteLine($"planlint: {outputProblem}");
            return ExitCodes.Usage;
        }

        if (!InputResolver.TryResolve(options.Inputs, options.WorkingDirectory, options.Selection, options.Configuration, error, out var resolution, out int exitCode))
            return exitCode;

        var paths = resolution.Files.Select(f => Path.Combine(options.WorkingDirectory, f)).ToList();
        if (reports.Overwrites(paths.Concat(paths.Select(Suppressions.SuppressionSideFile.PathFor))) is { } overwrite)
        {
            error.WriteLine($"planlint: {overwrite}");
            return ExitCodes.Usage;
        }

        if (!TrySetUp(paths, options, error, out var setup, out var baseline))
            return ExitCodes.Usage;

        using var progress = options.Progress && resolution.Files.Count > 1 ? new ProgressLine(error, resolution.Files.Count) : null;
        bool grouped = reports.Console && options.ConsoleView == ConsoleView.Grouped;
        var results = setup.Linter.LintFiles(paths, setup.Apply(options.Lint) with { KeepPlans = grouped || reports.NeedsPlans }, progress);
        progress?.Dispose();
        string firstPath = paths[0];
        (resolution, results) = resolution.WithoutNonPlans(results);
        resolution.ReportSkipped(error);
        paths = [.. results.Select(r => r.Path)];
        var comparison = baseline?.Compare(results, setup.Descriptors);
        results = comparison?.Results ?? results;

        IConsoleView? console = !reports.Console ? null
            : grouped ? new GroupedConsoleFormatter(output, options.Color)
            : new ConsoleFormatter(output, options.Color);
        var summary = Show(results, paths, resolution.Files, options, console);
        console?.WriteSummary(summary);
        // Baseline news goes to standard error, so a report on standard output stays valid SARIF or JSON.
        if (baseline is not null && comparison is not null)
            baseline.Report(comparison, options, resolution.Files, error);
        bool tooManyWarnings = options.MaxWarnings is { } max && summary.Warnings > max;
        if (tooManyWarnings)
            error.WriteLine($"planlint: {Text.Quantity.Of(summary.Warnings, "warning")} {(summary.Warnings == 1 ? "is" : "are")} more than --max-warnings {options.MaxWarnings}.");
        // A rule that failed (PL9999: it threw, or its pack host stopped) means the run did not complete: never exit 0 for it.
        int skipped = 0;
        foreach (var result in results) skipped += result.Diagnostics.Count(d => d.Id == RuleIds.AnalyzerFailure && !d.CountsTowardsExitCode);
        if (skipped > 0)
            error.WriteLine($"planlint: {skipped} {(skipped == 1 ? "rule failed and was" : "rules failed and were")} skipped (PL9999, suppressed or in the baseline), so the run did not complete.");
        // SARIF describes rules by the configuration of the first plan; every result still names its own rule and level.
        bool redact = options.RedactPlanText || paths.Any(p => setup.ConfigurationFor(p).RedactPlanText);
        var report = reports.CreateReport(results, setup.Descriptors, setup.OptionsFor(firstPath), options.Arguments, started, DateTimeOffset.UtcNow, redact);
        // Every report and a pruned baseline are written together, all files or none, and only by a run that succeeded.
        var writer = new OutputWriter(output, error);
        reports.AddTo(writer, report);
        bool pruning = baseline is not null && comparison is not null && baseline.AddPruned(writer, comparison, options);
        if (!writer.Commit())
            return ExitCodes.Usage;
        if (pruning && baseline is not null && comparison is not null)
            baseline.ReportPruned(comparison, error);
        return summary.Errors > 0 || tooManyWarnings || skipped > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Sets up configuration and rule packs, and reads the baseline; on failure writes one located line and returns false (exit code 2).</summary>
    private bool TrySetUp(
        IReadOnlyList<string> paths,
        CheckOptions options,
        TextWriter error,
        [NotNullWhen(true)] out LintSetup? setup,
        out BaselineRun? baseline)
    {
        setup = null;
        baseline = null;
        if (options.PruneBaseline && options.Baseline is null)
        {
            error.WriteLine("planlint: --prune-baseline needs --baseline FILE.");
            return false;
        }

        try
        {
            setup = LintSetup.ForFiles(linter, paths, options.Configuration with { WorkingDirectory = options.WorkingDirectory });
            if (options.Baseline is { } path)
                baseline = BaselineRun.Read(Path.GetFullPath(Path.Combine(options.WorkingDirectory, path)), path, options.PruneBaseline);
            return true;
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, options.WorkingDirectory));
            return false;
        }
    }

    /// <summary>Writes the findings that are shown to the console, file by file, and counts those that count.</summary>
    private static RunSummary Show(
        IReadOnlyList<FileResult> results,
        IReadOnlyList<string> paths,
        IReadOnlyList<string> displayPaths,
        CheckOptions options,
        IConsoleView? console)
    {
        int errors = 0, warnings = 0, notes = 0, suppressed = 0;
        for (int i = 0; i < results.Count; i++)
        {
            foreach (var d in results[i].Diagnostics)
            {
                if (d.IsSuppressed) suppressed++;
                if (!IsShown(d, options)) continue;
                console?.Write(d with { Location = d.Location with { Path = DisplayPaths.OfFinding(d.Location.Path, paths[i], displayPaths[i]) } });
                if (!d.CountsTowardsExitCode) continue;
                switch (d.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    case Severity.Note: notes++; break;
                }
            }

            console?.EndFile(displayPaths[i], results[i].Plan);
        }

        return new RunSummary(results.Count, errors, warnings, notes, suppressed);
    }

    /// <summary>Whether the console lists a finding: those that count, and suppressed ones with --show-suppressed.</summary>
    private static bool IsShown(Diagnostic d, CheckOptions options) =>
        d.CountsTowardsExitCode || (options.ShowSuppressed && d.IsSuppressed && d.BaselineState != BaselineState.Absent);
}

/// <summary>"Linting 12/40 files" on one rewritten line of standard error; cleared when done.</summary>
internal sealed class ProgressLine(TextWriter error, int total) : IProgress<int>, IDisposable
{
    private readonly Lock gate = new();
    private long lastTicks;
    private bool written;

    public void Report(int done)
    {
        lock (gate)
        {
            long now = Environment.TickCount64;
            if (done < total && now - lastTicks < 100) return;
            lastTicks = now;
            error.Write($"\rLinting {done}/{total} files");
            written = true;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (written) error.Write("\r\u001b[2K");
            written = false;
        }
    }
}
