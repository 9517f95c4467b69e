using PlanLint.Text;
using PlanLint.Diagnostics;
using PlanLint.Formatters;

namespace PlanLint.Linting.Baselines;

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
            output.WriteLine($"{Quantity.Of(unchanged, "finding")} already in {shown} not shown.");
        if (comparison.Absent > 0)
        {
            output.WriteLine($"{Quantity.Of(comparison.Absent, "entry")} of {shown} no longer {(comparison.Absent == 1 ? "occurs" : "occur")}:");
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
            output.WriteLine($"Pruned {Quantity.Of(comparison.Absent, "entry")} from {shown}.");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"planlint: {shown}: the baseline could not be written: {TerminalText.Escape(e.Message)}");
            return false;
        }
    }
}
