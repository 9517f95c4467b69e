using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Linting.Baselines;

/// <summary>The results of a run compared with a baseline, and the baseline without the entries that no longer occur.</summary>
public sealed record BaselineComparison(IReadOnlyList<FileResult> Results, Baseline Pruned, int Absent)
{
    /// <summary>
    /// Marks each finding <see cref="BaselineState.New"/> or <see cref="BaselineState.Unchanged"/>, matching fingerprints
    /// as a multiset (two identical findings need two entries), and adds an <see cref="BaselineState.Absent"/> finding for
    /// each entry of a linted file that no longer occurs. Entries for files not linted in this run are kept as they are.
    /// </summary>
    public static BaselineComparison Compare(IReadOnlyList<FileResult> results, Baseline baseline, string baselineFolder, IReadOnlyList<RuleDescriptor> descriptors)
    {
        var byFile = baseline.Entries.GroupBy(e => e.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var descriptorsById = descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var kept = new List<BaselineEntry>();
        var compared = new List<FileResult>();
        int absent = 0;
        var linted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            string file = Baseline.RelativeFile(baselineFolder, result.Path);
            linted.Add(file);
            var remaining = (byFile.GetValueOrDefault(file) ?? []).GroupBy(e => e.Fingerprint, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new Queue<BaselineEntry>(g), StringComparer.Ordinal);
            var diagnostics = new List<Diagnostic>();
            foreach (var d in result.Diagnostics)
            {
                bool known = remaining.TryGetValue(FindingFingerprint.Compute(d), out var queue) && queue.Count > 0;
                if (known) kept.Add(queue!.Dequeue());
                diagnostics.Add(d with { BaselineState = known ? BaselineState.Unchanged : BaselineState.New });
            }

            foreach (var entry in remaining.Values.SelectMany(q => q))
            {
                absent++;
                diagnostics.Add(new Diagnostic
                {
                    Descriptor = descriptorsById.GetValueOrDefault(entry.Rule) ?? new RuleDescriptor(entry.Rule, entry.Rule, "{0}", RuleCategory.Structure, entry.Severity),
                    Severity = entry.Severity,
                    Message = entry.Message,
                    Location = SourceLocation.File(result.Path),
                    RecId = entry.RecId,
                    ActionIndex = entry.ActionIndex,
                    BaselineState = BaselineState.Absent,
                });
            }

            diagnostics.Sort(DiagnosticOrder.Instance);
            compared.Add(result with { Diagnostics = diagnostics });
        }

        kept.AddRange(baseline.Entries.Where(e => !linted.Contains(e.File)));
        return new BaselineComparison(compared, new Baseline(kept), absent);
    }
}
