using System.Globalization;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Structure;

/// <summary>
/// Reports table rows (Word, published text) whose owner or target date entries do not line up with their action
/// paragraphs, from <see cref="Concern.Rows"/>: the reader matched entries in order as far as they went and left the
/// rest unassigned rather than guess. One entry beside several actions is shared by them, and no entries at all is
/// a missing owner or date (PL1001, PL2001); neither is a misalignment.
/// </summary>
public sealed class OwnersNotAlignedWithActionsRule() : ConcernRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.OwnersNotAlignedWithActions,
        "Each action in a table row must have its own owner and target date beside it",
        "Row at {0} of recommendation {1} {2}",
        RuleCategory.Structure,
        Severity.Warning,
        Description: "A table row whose owner or target date cell has more than one entry, but not one per action paragraph, cannot say which owner or date belongs to which action.");

    public override void Analyze(Concern concern, RuleContext context)
    {
        foreach (var row in concern.Rows)
        {
            var actions = row.ActionIndexes;
            var ownerless = Unmatched(actions, row.OwnerCount);
            var dateless = Unmatched(actions, row.TargetDateCount);
            bool extraOwners = Extra(actions.Count, row.OwnerCount), extraDates = Extra(actions.Count, row.TargetDateCount);
            if (ownerless.Count == 0 && dateless.Count == 0 && !extraOwners && !extraDates)
                continue;

            string where = row.Location.HasLine ? $"line {row.Location.Line}" : row.Location.Part ?? "an unknown place";
            var unmatched = ownerless.Union(dateless).Order().ToList();
            var first = unmatched.Count > 0 ? concern.Actions.FirstOrDefault(a => a.Index == unmatched[0]) : null;
            var related = unmatched
                .Select(i => concern.Actions.FirstOrDefault(a => a.Index == i))
                .OfType<PlanAction>()
                .Select(a => new RelatedLocation(a.Location, $"Action {a.Index} could not be matched to {What(ownerless.Contains(a.Index), dateless.Contains(a.Index))}"))
                .ToList();
            context.ReportOn(Descriptor, concern, first, row.Location, related, where, concern.Id, Describe(row, ownerless, dateless));
        }
    }

    /// <summary>The actions left without an entry: those after the last entry, when there is more than one entry but fewer than actions.</summary>
    private static List<int> Unmatched(IReadOnlyList<int> actions, int entries) =>
        entries > 1 && entries < actions.Count ? [.. actions.Skip(entries)] : [];

    private static bool Extra(int actions, int entries) => entries > actions && !(actions > 0 && entries == 1);

    private static string Describe(SourceRow row, List<int> ownerless, List<int> dateless)
    {
        int n = row.ActionIndexes.Count;
        if (n == 0)
        {
            var given = new List<string>();
            if (row.OwnerCount > 0) given.Add(Count(row.OwnerCount, "owner"));
            if (row.TargetDateCount > 0) given.Add(Count(row.TargetDateCount, "target date"));
            return $"has {string.Join(" and ", given)} but no action; {(row.OwnerCount + row.TargetDateCount == 1 ? "it" : "they")} could not be matched to an action";
        }

        var counts = new List<string>();
        if (ownerless.Count > 0 || Extra(n, row.OwnerCount)) counts.Add(Count(row.OwnerCount, "owner"));
        if (dateless.Count > 0 || Extra(n, row.TargetDateCount)) counts.Add(Count(row.TargetDateCount, "target date"));

        var clauses = new List<string>();
        if (ownerless.Count > 0 && ownerless.SequenceEqual(dateless))
        {
            clauses.Add($"{Actions(ownerless)} could not be matched to an owner or target date");
        }
        else
        {
            if (ownerless.Count > 0) clauses.Add($"{Actions(ownerless)} could not be matched to an owner");
            if (dateless.Count > 0) clauses.Add(clauses.Count > 0 ? $"{Actions(dateless)} to a target date" : $"{Actions(dateless)} could not be matched to a target date");
        }

        if (Extra(n, row.OwnerCount)) clauses.Add($"{Numbered("owner", n + 1, row.OwnerCount)} could not be matched to an action");
        if (Extra(n, row.TargetDateCount)) clauses.Add($"{Numbered("target date", n + 1, row.TargetDateCount)} could not be matched to an action");
        return $"has {Count(n, "action")} but {string.Join(" and ", counts)}; {string.Join(" and ", clauses)}";
    }

    private static string What(bool owner, bool date) => owner && date ? "an owner or target date" : owner ? "an owner" : "a target date";

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Numbered(string noun, int from, int to) =>
        from == to ? $"{noun} {from}" : $"{noun}s {from}\u2013{to}";

    /// <summary>"action 9", "actions 6–8", "actions 2, 5–6".</summary>
    private static string Actions(List<int> indexes)
    {
        var ranges = new List<string>();
        for (int i = 0; i < indexes.Count;)
        {
            int j = i;
            while (j + 1 < indexes.Count && indexes[j + 1] == indexes[j] + 1) j++;
            ranges.Add(i == j ? indexes[i].ToString(CultureInfo.InvariantCulture) : $"{indexes[i]}\u2013{indexes[j]}");
            i = j + 1;
        }

        return (indexes.Count == 1 ? "action " : "actions ") + string.Join(", ", ranges);
    }
}
