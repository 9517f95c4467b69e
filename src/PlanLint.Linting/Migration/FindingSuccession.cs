using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules;

namespace PlanLint.Linting.Migration;

/// <summary>A finding as an earlier PlanLint recorded it (a baseline entry): what is known of it without its plan.</summary>
public sealed record RecordedFinding(string Rule, string? RecId, int? ActionIndex, string Message, string Fingerprint);

/// <summary>How a recorded finding was carried over to what PlanLint reports now.</summary>
public enum Succession
{
    /// <summary>The same finding, with the same fingerprint.</summary>
    Same,

    /// <summary>The same finding with a new fingerprint or place: its action was cut, joined or renumbered, or its message reworded.</summary>
    Moved,

    /// <summary>One finding now says it for several actions that each had their own (one merged cell).</summary>
    Grouped,

    /// <summary>What it reported is now a reading finding: the cause was the document's table, not the plan (issue 13).</summary>
    BecameReading,
}

/// <summary>
/// Finds, for a finding recorded by an earlier PlanLint (0.1.0), the finding the current PlanLint reports for the same
/// cause, so baselines and suppression side files written before issue 13 keep matching (<c>planlint baseline
/// --upgrade</c>, <c>planlint suppress --upgrade</c>). Tried in order, each needing the same file and recommendation:
/// <list type="number">
/// <item>the same fingerprint;</item>
/// <item>the same rule and action, with the same message once quotations of the action, "(… inferred: …)" and action
/// ranges are set aside (the message gained the action's opening words, or one finding now covers a merged cell);</item>
/// <item>the same rule and message at another action number (an action before it was cut in two or joined);</item>
/// <item>an old PL0001 reading warning whose words a Reading rule now reports;</item>
/// <item>a finding about an action's or recommendation's owner, date or status that no longer fires because the reader
/// could not read the value for certain, and a Reading finding now covers that action or recommendation.</item>
/// </list>
/// </summary>
public static partial class FindingSuccession
{
    /// <param name="taken">Findings already claimed as <see cref="Succession.Same"/> or <see cref="Succession.Moved"/> by
    /// another recorded finding (two identical findings need two entries); the caller adds what this returns with those.</param>
    /// <param name="plan">The plan as read now, to tell which fields the reader could not read for certain.</param>
    public static (Diagnostic Finding, Succession How)? Find(RecordedFinding old, IReadOnlyList<Diagnostic> current, ISet<Diagnostic> taken, ActionPlan? plan)
    {
        var sameRec = current.Where(d => d.RecId == old.RecId).ToList();
        if (current.FirstOrDefault(d => !taken.Contains(d) && d.Id == old.Rule && FindingFingerprint.Compute(d) == old.Fingerprint) is { } same)
            return (same, Succession.Same);

        string comparable = Comparable(old.Message);
        string renumbered = Renumbered(comparable);
        string opening = Opening(comparable);
        foreach (var d in sameRec.Where(d => d.Id == old.Rule))
        {
            if (d.ActionIndex == old.ActionIndex && !taken.Contains(d) && Comparable(d.Message) == comparable) return (d, Succession.Moved);
            if (old.ActionIndex is { } index && d.AlsoActions.Contains(index) && Renumbered(Comparable(d.Message)) == renumbered)
                return (d, Succession.Grouped);
        }

        if (sameRec.FirstOrDefault(d => !taken.Contains(d) && d.Id == old.Rule && Renumbered(Comparable(d.Message)) == renumbered) is { } moved)
            return (moved, Succession.Moved);

        // A finding about a row says what it found after a ';': the same row ("Row at line 33 of recommendation 2 has 8
        // actions but 5 owners…") is the same finding, whatever it now says it did about it.
        if (opening.StartsWith("Row at ", StringComparison.Ordinal)
            && sameRec.FirstOrDefault(d => !taken.Contains(d) && d.Id == old.Rule && Opening(d.Message) == opening) is { } row)
            return (row, Succession.Moved);

        if (old.Rule == RuleIds.InvalidPlan
            && current.FirstOrDefault(d => !taken.Contains(d) && d.Descriptor.Category == RuleCategory.Reading && d.Message == old.Message) is { } reading)
            return (reading, Succession.BecameReading);

        if (old.RecId is not null && plan is not null && NoLongerRead(old, plan))
        {
            var readingFindings = sameRec.Where(d => d.Descriptor.Category == RuleCategory.Reading).ToList();
            var covering = old.ActionIndex is { } index
                ? readingFindings.FirstOrDefault(d => d.ActionIndex == index || d.AlsoActions.Contains(index))
                    ?? (IsFragment(plan, old.RecId, index) ? readingFindings.FirstOrDefault(d => d.ActionIndex is null) : null)
                : readingFindings.FirstOrDefault(d => d.ActionIndex is null);
            if (covering is not null) return (covering, Succession.BecameReading);
        }

        return null;
    }

    /// <summary>
    /// Whether the field a built-in owner, date or agreement rule judged is one the reader now marks as not read for
    /// certain (so the rule says nothing, and a Reading rule says why), or the action itself is a fragment or a cut.
    /// </summary>
    private static bool NoLongerRead(RecordedFinding old, ActionPlan plan)
    {
        if (!BuiltInRules.IsBuiltIn(old.Rule) || old.Rule == RuleIds.InvalidPlan) return false;
        string? field = old.Rule[2] switch
        {
            '1' => PlanFields.Owner,
            '2' => PlanFields.TargetDate,
            '7' => PlanFields.Agreement,
            _ => null,
        };
        if (field is null) return false;
        var concern = plan.Concerns.FirstOrDefault(c => c.Id == old.RecId);
        if (concern is null) return false;
        if (old.ActionIndex is not { } index) return !concern.ReadingOf(field).IsPlain;
        var action = concern.Actions.FirstOrDefault(a => a.Index == index);
        return action is not null && (!action.ReadingOf(field).IsPlain || !action.ReadingOf(PlanFields.Text).IsRead);
    }

    /// <summary>A message without the parts issue 13 added or changed: the quoted opening words, the inferred cue, action ranges.</summary>
    public static string Comparable(string message)
    {
        string m = QuotedOpening().Replace(message, "");
        m = InferredCue().Replace(m, "");
        m = ActionRange().Replace(m, "action $1 of recommendation");
        return m;
    }

    private static bool IsFragment(ActionPlan plan, string recId, int index) =>
        plan.Concerns.FirstOrDefault(c => c.Id == recId)?.Actions.FirstOrDefault(a => a.Index == index)?.ReadingOf(PlanFields.Text).IsUnknown == true;

    private static string Opening(string message) => message.Split(';')[0];

    private static string Renumbered(string message) => ActionNumber().Replace(message, "$1ction # of");

    [GeneratedRegex(@"(?<=of recommendation \S+) \('[^']*'(?: and \d+ more)?\)")]
    private static partial Regex QuotedOpening();

    [GeneratedRegex(@" \((?:owner|target date|text|agreement status|reason|recommendation number) inferred: .*\)$")]
    private static partial Regex InferredCue();

    [GeneratedRegex(@"actions (\d+)(?:\u2013\d+|, \d+)* of recommendation")]
    private static partial Regex ActionRange();

    [GeneratedRegex(@"\b([Aa])ctions? \d+ of")]
    private static partial Regex ActionNumber();
}
