using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Linting.Migration;

/// <summary>
/// A suppression side file written by an earlier PlanLint, carried over to how the plan is read now: an entry whose
/// action was cut in two or joined to the one before (its text fingerprint no longer matches an action) is moved to the
/// action that holds that text now; an entry whose finding the reader now reports as a reading finding (an owner or date
/// it could not place, a status the source lost) moves to that finding's rule, with its justification; the action
/// number of an entry whose action moved is brought up to date. Entries that still match, and plan-wide ones, are left
/// as they are; an entry that matches nothing now is kept and said, for its author to decide.
/// </summary>
public sealed class SuppressionUpgrade
{
    private readonly List<string> lines = [];

    public int Changed { get; private set; }
    public int Unmatched { get; private set; }

    /// <summary>One line per entry changed or left matching nothing.</summary>
    public IEnumerable<string> Describe() => lines;

    /// <summary>
    /// Upgrades the entries of <paramref name="suppressions"/> (the side file's "suppressions" array) in place, against the
    /// plan as read now and its findings without the side file's suppressions.
    /// </summary>
    public static SuppressionUpgrade Apply(JsonArray suppressions, ActionPlan plan, IReadOnlyList<Diagnostic> findings)
    {
        var upgrade = new SuppressionUpgrade();
        foreach (var node in suppressions.OfType<JsonObject>())
            upgrade.Upgrade(node, plan, findings);
        return upgrade;
    }

    private void Upgrade(JsonObject entry, ActionPlan plan, IReadOnlyList<Diagnostic> findings)
    {
        string rule = (string?)entry["rule"] ?? "";
        if ((string?)entry["recommendation"] is not { } recId) return;
        int? index = entry["action"] is JsonValue v && v.TryGetValue<int>(out int i) ? i : null;
        string? fingerprint = (string?)entry["textFingerprint"];
        string was = Target(rule, recId, index);
        var concerns = plan.Concerns.Where(c => c.Id == recId).ToList();
        if (concerns.Count == 0)
        {
            Unmatched++;
            lines.Add($"  matches nothing: {was}: the plan has no recommendation {recId}");
            return;
        }

        var concern = concerns[0];
        var candidates = index is null ? [] : Candidates(concern, index.Value, fingerprint);
        if (index is not null && candidates.Count == 0)
        {
            Unmatched++;
            lines.Add($"  matches nothing: {was}: no action of recommendation {recId} has, or holds, the text it was written for");
            return;
        }

        // A suppression on a recommendation covers every finding in it; one on an action, the findings about that action.
        bool Covers(Diagnostic d, PlanAction? action) =>
            d.RecId == recId && (action is null || d.ActionIndex == action.Index || d.AlsoActions.Contains(action.Index));

        // The rule still reports something there: point at the action it reports now.
        var stillReported = index is null
            ? findings.FirstOrDefault(d => d.Id == rule && Covers(d, null))
            : candidates.Select(a => findings.FirstOrDefault(d => d.Id == rule && Covers(d, a))).FirstOrDefault(d => d is not null);
        if (stillReported is not null)
        {
            var action = index is null ? null : candidates.FirstOrDefault(a => Covers(stillReported, a));
            if (action is not null && (action.Index != index || FindingFingerprint.OfText(action.Text) != fingerprint))
            {
                entry["action"] = action.Index;
                entry["textFingerprint"] = FindingFingerprint.OfText(action.Text);
                Changed++;
                lines.Add($"  moved: {was} -> {Target(rule, recId, action.Index)}, the action that holds its text now");
            }

            return;
        }

        // The cause is now a reading finding: suppress that, for the same reason.
        var recorded = new RecordedFinding(rule, recId, candidates.FirstOrDefault()?.Index ?? index, "", "");
        if (FindingSuccession.Find(recorded, findings, new HashSet<Diagnostic>(), plan) is ({ } reading, Succession.BecameReading))
        {
            entry["rule"] = reading.Id;
            if (reading.ActionIndex is { } at && concern.Actions.FirstOrDefault(a => a.Index == at) is { } action)
            {
                entry["action"] = at;
                entry["textFingerprint"] = FindingFingerprint.OfText(action.Text);
            }
            else
            {
                entry.Remove("action");
                entry["textFingerprint"] = FindingFingerprint.OfText(concern.Text);
            }

            Changed++;
            lines.Add($"  now a reading finding: {was} -> {Target(reading.Id, recId, reading.ActionIndex)}: {reading.Message}");
            return;
        }

        Unmatched++;
        if (index is not null && (candidates[0].Index != index || FindingFingerprint.OfText(candidates[0].Text) != fingerprint))
        {
            entry["action"] = candidates[0].Index;
            entry["textFingerprint"] = FindingFingerprint.OfText(candidates[0].Text);
            lines.Add($"  moved, matches nothing: {was} -> {Target(rule, recId, candidates[0].Index)}, the action that holds its text now; {rule} reports nothing there");
            return;
        }

        lines.Add($"  matches nothing: {was}: {rule} no longer reports it; remove it, or keep it if the finding may come back");
    }

    /// <summary>
    /// The actions an entry written for an action with this text may be about now: the one with the same text (at its
    /// number first), else the actions its text was cut into, else the action it was joined to.
    /// </summary>
    private static List<PlanAction> Candidates(Concern concern, int index, string? fingerprint)
    {
        if (fingerprint is null)
            return [.. concern.Actions.Where(a => a.Index == index)];
        var same = concern.Actions.Where(a => FindingFingerprint.OfText(a.Text) == fingerprint).OrderBy(a => a.Index != index).ToList();
        if (same.Count > 0) return same;

        // Cut: consecutive actions whose texts, together, were the old action's.
        for (int from = 0; from < concern.Actions.Count; from++)
        {
            string joined = concern.Actions[from].Text;
            for (int to = from + 1; to < Math.Min(concern.Actions.Count, from + 8); to++)
            {
                joined += " " + concern.Actions[to].Text;
                if (FindingFingerprint.OfText(joined) == fingerprint)
                    return [.. concern.Actions.Skip(from).Take(to - from + 1)];
            }
        }

        // Joined: an action whose opening or closing sentences were the old action's text.
        foreach (var action in concern.Actions)
        {
            var sentences = Sentences.Split(action.Text);
            for (int k = 1; k < sentences.Count; k++)
            {
                if (FindingFingerprint.OfText(string.Join(' ', sentences.Take(k))) == fingerprint
                    || FindingFingerprint.OfText(string.Join(' ', sentences.Skip(k))) == fingerprint)
                    return [action];
            }
        }

        return [];
    }

    private static string Target(string rule, string recId, int? action) =>
        action is { } a ? $"{rule} on {ActionNames.InRecommendation(a, recId)}" : $"{rule} on recommendation {recId}";
}
