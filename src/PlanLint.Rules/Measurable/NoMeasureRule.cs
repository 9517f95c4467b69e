using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Measurable;

/// <summary>
/// PL4002: the action promises to improve, increase, reduce or ensure something ("will improve", "will be increased",
/// "Improved liaison will take place", "There will be greater focus") and names nothing to measure it by
/// (<see cref="MeasurableElements"/>). Purpose clauses ("… to improve attendance") are not promises: the step before them is.
/// It also notes a target whose size is a vague degree ("with the aim that the backlog is reduced significantly", "a
/// substantial increase"; rules/data/vague-degrees.json) when the action gives it no threshold, target or number: a
/// meeting that monitors it, or a number that only says when ("over a six-month period", "by 2025"), does not say how much.
/// </summary>
public sealed class NoMeasureRule() : ActionRule(Descriptor)
{
    public const string Id = "PL4002";

    // "has improved greatly", "were significantly reduced": a change reported, not promised.
    private static readonly HashSet<string> ReportedDone = new(StringComparer.Ordinal) { "has", "have", "had", "was", "were", "been" };

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Promises of improvement should say how it will be measured",
        "Action {0} of recommendation {1} promises an improvement ('{2}') with nothing to measure it by; add a number, frequency or target, the deliverable, or the meeting that will monitor it",
        RuleCategory.Measurable,
        Severity.Note,
        Description: "\"Will improve\" cannot be found to have failed: an improvement is only measurable when the action says by how much, how often, or who will check it.",
        Name: "NoMeasure");

    public override void Analyze(PlanAction action, ActionContext context)
    {
        var wording = context.WordingOf(action.Text);
        var promise = wording.Commitments.FirstOrDefault(c => IsPromise(wording, c));
        string quote;
        if (promise is not null && !MeasurableElements.AnyOrDeliverable(wording))
            quote = wording.Quote(promise);
        else if (VagueTarget(wording) is { } vague && !MeasurableElements.AnyQuantity(wording))
            quote = PlanQuote.Around(action.Text, wording.Tokens[vague.Start].Start, wording.Tokens[vague.End - 1].End - wording.Tokens[vague.Start].Start);
        else
            return;

        context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern.Id, quote);
    }

    /// <summary>
    /// A change in quantity stated with a degree that gives no amount ("reduced significantly", "a substantial increase"),
    /// as a target or promise; a change reported done ("has improved greatly", "were significantly reduced") is not one.
    /// Returns the tokens from the first to the last word of the pair.
    /// </summary>
    private static TokenRange? VagueTarget(ActionWording wording)
    {
        var list = PhraseLists.Get(PhraseLists.VagueDegrees);
        var matches = wording.Matches(list);
        var changeAt = new Dictionary<int, PhraseMatch>();
        foreach (var m in matches.Where(m => list.CategoryOf(m.Phrase) == "change")) changeAt[m.TokenIndex] = m;
        foreach (var degree in matches.Where(m => list.CategoryOf(m.Phrase) == "degree"))
        {
            // A change word starts within a word or two of the degree, on either side.
            for (int at = degree.TokenIndex - 3; at <= degree.TokenIndex + degree.TokenCount + 1; at++)
            {
                if (!changeAt.TryGetValue(at, out var change)) continue;
                int first = Math.Min(degree.TokenIndex, change.TokenIndex);
                int last = Math.Max(degree.TokenIndex + degree.TokenCount, change.TokenIndex + change.TokenCount);
                if (last - first > degree.TokenCount + change.TokenCount + 1) continue;
                if (ClauseBreakWithin(wording, first + 1, last)) continue;
                if (first > 0 && ReportedDone.Contains(wording.Tokens[first - 1].Normalized)) continue;
                return new TokenRange(first, last);
            }
        }

        return null;
    }

    /// <summary>Whether a clause breaks before any token from <paramref name="from"/> up to <paramref name="to"/> (excluded).</summary>
    private static bool ClauseBreakWithin(ActionWording wording, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (wording.ClauseBreakBefore(i)) return true;
        return false;
    }

    private static bool IsPromise(ActionWording wording, Commitment commitment)
    {
        if (commitment.Verb < 0) return false;
        var improvement = PhraseLists.Get(PhraseLists.ImprovementPromises);
        if (improvement.ContainsStemOf(wording.Tokens[commitment.Verb].Normalized)) return true;

        int subject = CommitmentRoles.FirstWordAfterArticles(wording, commitment.Subject);
        if (subject >= 0 && improvement.ContainsStemOf(wording.Tokens[subject].Normalized)) return true;

        int predicate = CommitmentRoles.FirstWordAfterArticles(wording, commitment.Predicate);
        return wording.Tokens[commitment.Verb].Normalized == "be" && predicate >= 0
            && improvement.ContainsStemOf(wording.Tokens[predicate].Normalized);
    }
}
