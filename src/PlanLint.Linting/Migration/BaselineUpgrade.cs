using PlanLint.Diagnostics;
using PlanLint.Linting.Baselines;
using PlanLint.Text;

namespace PlanLint.Linting.Migration;

/// <summary>
/// A baseline written by an earlier PlanLint, carried over to today's findings: each entry of a linted file is kept when
/// its finding still occurs, re-keyed to the finding its cause is reported as now (<see cref="FindingSuccession"/>), or
/// dropped when nothing reports it any more. Findings the old baseline did not accept are not added: an upgrade never
/// hides a new problem. Entries for files not linted are kept as they are.
/// </summary>
public sealed class BaselineUpgrade
{
    private readonly List<string> lines = [];

    private BaselineUpgrade(Baseline baseline) => Baseline = baseline;

    public Baseline Baseline { get; private set; }

    public int Kept { get; private set; }
    public int Rekeyed { get; private set; }
    public int Dropped { get; private set; }

    public string Summary =>
        $"{Quantity.Of(Kept, "entry")} kept, {Quantity.Of(Rekeyed, "entry")} carried over to the finding it is now, {Quantity.Of(Dropped, "entry")} dropped as no longer found";

    /// <summary>One line per entry that changed, for the person running the upgrade.</summary>
    public IEnumerable<string> Describe() => lines;

    public static BaselineUpgrade Of(Baseline old, IReadOnlyList<FileResult> results, string baselineFolder)
    {
        var upgrade = new BaselineUpgrade(old);
        var byFile = results.ToDictionary(r => Baseline.RelativeFile(baselineFolder, r.Path), StringComparer.Ordinal);
        var entries = new List<BaselineEntry>();
        var added = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        foreach (var group in old.Entries.GroupBy(e => e.File, StringComparer.Ordinal))
        {
            if (!byFile.TryGetValue(group.Key, out var result))
            {
                entries.AddRange(group);
                continue;
            }

            // Suppressed findings too: the baseline accepted them before they were suppressed, and keeps them.
            var current = result.Diagnostics.Where(d => d.Severity != Severity.None).ToList();
            var taken = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
            foreach (var entry in group)
            {
                var recorded = new RecordedFinding(entry.Rule, entry.RecId, entry.ActionIndex, entry.Message, entry.Fingerprint);
                if (FindingSuccession.Find(recorded, current, taken, result.Plan) is not { } found)
                {
                    upgrade.Dropped++;
                    upgrade.lines.Add($"  dropped: {entry.File} {Place(entry.RecId, entry.ActionIndex)}: {entry.Rule}: {entry.Message}");
                    continue;
                }

                var (d, how) = found;
                if (how is Succession.Same or Succession.Moved) taken.Add(d);
                if (how == Succession.Same) upgrade.Kept++;
                else
                {
                    upgrade.Rekeyed++;
                    upgrade.lines.Add($"  {Verb(how)}: {entry.File} {Place(entry.RecId, entry.ActionIndex)}: {entry.Rule} -> {d.Id} {Place(d.RecId, d.ActionIndex)}: {d.Message}");
                }

                // Several old entries may be one finding now (a merged cell said once): it needs one entry.
                if (added.Add(d))
                    entries.Add(new BaselineEntry(d.Id, group.Key, FindingFingerprint.Compute(d), d.RecId, d.ActionIndex, d.Severity, d.Message));
            }
        }

        upgrade.Baseline = new Baseline(entries);
        return upgrade;
    }

    private static string Verb(Succession how) => how switch
    {
        Succession.Grouped => "grouped",
        Succession.BecameReading => "now a reading finding",
        _ => "moved",
    };

    private static string Place(string? recId, int? action) =>
        recId is null ? "plan" : action is { } a ? $"rec {recId}/action {a}" : $"rec {recId}";
}
