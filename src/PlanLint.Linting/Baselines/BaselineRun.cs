using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Linting.Baselines;

/// <summary>The baseline given with --baseline, compared with the run and reported on.</summary>
public sealed class BaselineRun
{
    private readonly OutputTarget? pruneTarget;

    private BaselineRun(string path, string display, Baseline baseline, OutputTarget? pruneTarget)
    {
        Path = path;
        Display = display;
        Baseline = baseline;
        this.pruneTarget = pruneTarget;
    }

    public string Path { get; }
    public string Display { get; }
    public Baseline Baseline { get; }

    /// <param name="prune">Whether the run may rewrite the baseline (--prune-baseline): where it would be written is checked now.</param>
    /// <exception cref="ConfigurationException">The baseline cannot be read, or cannot be rewritten when pruning.</exception>
    public static BaselineRun Read(string fullPath, string display, bool prune = false)
    {
        var baseline = Baseline.Read(fullPath);
        OutputTarget? target = null;
        if (prune && !OutputTarget.TryResolve(fullPath, Environment.CurrentDirectory, out target, out var problem))
            throw new ConfigurationException("--prune-baseline " + problem, SourceLocation.File(fullPath));
        return new BaselineRun(fullPath, display, baseline, target);
    }

    public BaselineComparison Compare(IReadOnlyList<FileResult> results, IReadOnlyList<RuleDescriptor> descriptors) =>
        BaselineComparison.Compare(results, Baseline, System.IO.Path.GetDirectoryName(Path)!, descriptors);

    /// <summary>Says (on standard error) how many known findings were hidden and lists the entries that no longer occur.</summary>
    public void Report(BaselineComparison comparison, CheckOptions options, IReadOnlyList<string> displayFiles, TextWriter error)
    {
        int unchanged = comparison.Results.Sum(r => r.Diagnostics.Count(d => d.BaselineState == BaselineState.Unchanged && !d.IsSuppressed));
        string shown = TerminalText.Escape(Display);
        if (unchanged > 0)
            error.WriteLine($"{Quantity.Of(unchanged, "finding")} already in {shown} not shown.");
        if (comparison.Absent == 0)
            return;

        error.WriteLine($"{Quantity.Of(comparison.Absent, "entry")} of {shown} no longer {(comparison.Absent == 1 ? "occurs" : "occur")}:");
        for (int i = 0; i < comparison.Results.Count; i++)
        {
            foreach (var d in comparison.Results[i].Diagnostics.Where(d => d.BaselineState == BaselineState.Absent))
            {
                string where = d.LogicalName is { } name ? $"{displayFiles[i]} {name}" : displayFiles[i];
                error.WriteLine($"  fixed: {TerminalText.Escape(where)}: {d.Id}: {TerminalText.Escape(Excerpt.Of(d.Message, Excerpt.MessageLength))}");
            }
        }

        if (!options.PruneBaseline)
            error.WriteLine("Run with --prune-baseline to drop them from the baseline.");
    }

    /// <summary>With --prune-baseline and entries that no longer occur, queues the pruned baseline on the run's writer; true when it did.</summary>
    public bool AddPruned(OutputWriter writer, BaselineComparison comparison, CheckOptions options)
    {
        if (!options.PruneBaseline || comparison.Absent == 0 || pruneTarget is null)
            return false;
        writer.AddUpdate(pruneTarget, "baseline", comparison.Pruned.WriteTo);
        return true;
    }

    public void ReportPruned(BaselineComparison comparison, TextWriter error) =>
        error.WriteLine($"Pruned {Quantity.Of(comparison.Absent, "entry")} from {TerminalText.Escape(Display)}.");
}
