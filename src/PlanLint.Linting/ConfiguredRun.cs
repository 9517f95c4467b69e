using System.Diagnostics.CodeAnalysis;
using Humanizer;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Linting.Baselines;

namespace PlanLint.Linting;

/// <summary>The configuration, suppression and baseline steps of <c>planlint check</c>, kept out of <see cref="CheckRunner"/>.</summary>
public static class ConfiguredRun
{
    /// <summary>Sets up configuration and rule packs, and reads the baseline; on failure writes one located line and returns false (exit code 2).</summary>
    public static bool TrySetUp(
        PlanLinter linter,
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
                baseline = BaselineRun.Read(Path.GetFullPath(Path.Combine(options.WorkingDirectory, path)), path);
            return true;
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + Describe(e, options.WorkingDirectory));
            setup = null;
            return false;
        }
    }

    /// <summary>A configuration problem in one line, with paths shown relative to the working directory.</summary>
    public static string Describe(ConfigurationException e, string workingDirectory) =>
        TerminalText.Escape(e.Describe(p => Relative(p, workingDirectory)));

    public static string Relative(string path, string workingDirectory)
    {
        if (!Path.IsPathFullyQualified(path)) return path;
        string relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    /// <summary>Whether the console lists a finding: those that count, and suppressed ones with --show-suppressed.</summary>
    public static bool IsShown(Diagnostic d, CheckOptions options) =>
        d.CountsTowardsExitCode || (options.ShowSuppressed && d.IsSuppressed && d.BaselineState != BaselineState.Absent);

    /// <summary>
    /// The path to show for a finding: the input as given for the plan itself, and the same prefix for files beside
    /// it such as its suppression side file.
    /// </summary>
    public static string DisplayPath(string findingPath, string planPath, string planDisplay) =>
        findingPath.StartsWith(planPath, StringComparison.Ordinal) ? planDisplay + findingPath[planPath.Length..] : findingPath;
}

/// <summary>The baseline given with --baseline, compared with the run and reported on.</summary>
public sealed class BaselineRun
{
    private BaselineRun(string path, string display, Baseline baseline)
    {
        Path = path;
        Display = display;
        Baseline = baseline;
    }

    public string Path { get; }
    public string Display { get; }
    public Baseline Baseline { get; }

    public static BaselineRun Read(string fullPath, string display) => new(fullPath, display, Baseline.Read(fullPath));

    public BaselineComparison Compare(IReadOnlyList<FileResult> results, IReadOnlyList<RuleDescriptor> descriptors) =>
        BaselineComparison.Compare(results, Baseline, System.IO.Path.GetDirectoryName(Path)!, descriptors);

    /// <summary>Says how many known findings were hidden, lists the entries that no longer occur, and prunes them with --prune-baseline.</summary>
    public bool Report(BaselineComparison comparison, CheckOptions options, IReadOnlyList<string> displayFiles, TextWriter output, TextWriter error)
    {
        int unchanged = comparison.Results.Sum(r => r.Diagnostics.Count(d => d.BaselineState == BaselineState.Unchanged && !d.IsSuppressed));
        string shown = TerminalText.Escape(Display);
        if (unchanged > 0)
            output.WriteLine($"{"finding".ToQuantity(unchanged)} already in {shown} not shown.");
        if (comparison.Absent > 0)
        {
            output.WriteLine($"{"entry".ToQuantity(comparison.Absent)} of {shown} no longer {(comparison.Absent == 1 ? "occurs" : "occur")}:");
            for (int i = 0; i < comparison.Results.Count; i++)
            {
                foreach (var d in comparison.Results[i].Diagnostics.Where(d => d.BaselineState == BaselineState.Absent))
                {
                    string where = d.LogicalName is { } name ? $"{displayFiles[i]} {name}" : displayFiles[i];
                    output.WriteLine($"  fixed: {TerminalText.Escape(where)}: {d.Id}: {TerminalText.Escape(d.Message)}");
                }
            }

            if (!options.PruneBaseline)
                output.WriteLine("Run with --prune-baseline to drop them from the baseline.");
        }

        if (!options.PruneBaseline || comparison.Absent == 0)
            return true;
        try
        {
            comparison.Pruned.Write(Path);
            output.WriteLine($"Pruned {"entry".ToQuantity(comparison.Absent)} from {shown}.");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"planlint: {shown}: the baseline could not be written: {TerminalText.Escape(e.Message)}");
            return false;
        }
    }
}
