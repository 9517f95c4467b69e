using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Measurable;

/// <summary>
/// PL4001: every step the action commits to is a review ("X will be reviewed", "A review will be carried out", "will
/// explore"), and nothing says what follows or how success is judged: no outcome wording (rules/data/review-outcomes.json)
/// outside a hedge, and no measure, frequency or forum (<see cref="MeasurableElements"/>).
/// </summary>
public sealed class ReviewWithoutOutcomeRule() : ActionRule(Descriptor)
{
    private const int CarriedReviewWindow = 6;

    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ReviewWithoutOutcome,
        "Reviews should say what follows them",
        "Action {0} of recommendation {1} only commits to a review ('{2}'); say what will be done with its findings and how success will be judged",
        RuleCategory.Measurable,
        Severity.Warning,
        Description: "A review on its own changes nothing: without saying what follows it or how success will be judged, the action can be complete while the concern remains.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        var wording = context.WordingOf(action.Text);
        var steps = CommitmentRoles.Steps(wording);
        if (steps.Count == 0 || !steps.All(c => IsReview(wording, c))) return;
        if (HasOutcome(wording) || MeasurableElements.Any(wording)) return;

        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Text),
            action.Index,
            context.Concern!.Id,
            wording.Quote(steps[0]));
    }

    private static bool IsReview(ActionWording wording, Commitment commitment)
    {
        var reviews = PhraseLists.Get(PhraseLists.ReviewVerbs);
        var verb = wording.Tokens[commitment.Verb].Normalized;
        if (reviews.ContainsStemOf(verb) || reviews.Find(Range(wording, commitment.Verb, commitment.ClauseEnd)).Any(m => m.TokenIndex == 0))
            return true;
        if (!PhraseLists.Get(PhraseLists.ReviewCarrierVerbs).ContainsStemOf(verb)) return false;

        // The review is named in the subject ("A review of X will be carried out") or just after the verb
        // ("will lead, with the Governor, a review of…", "There will be a review").
        int after = Math.Min(commitment.Sentence.End, commitment.Verb + 1 + CarriedReviewWindow);
        return NamesReview(wording, commitment.Subject.Start, commitment.Subject.End)
            || NamesReview(wording, commitment.Verb + 1, after);
    }

    private static bool NamesReview(ActionWording wording, int start, int end)
    {
        var reviews = PhraseLists.Get(PhraseLists.ReviewVerbs);
        var tokens = Range(wording, start, end);
        return tokens.Any(t => reviews.ContainsStemOf(t.Normalized)) || reviews.Find(tokens).Count > 0;
    }

    private static bool HasOutcome(ActionWording wording)
    {
        var hedges = PhraseLists.Get(PhraseLists.WeakCommitments);
        foreach (var outcome in wording.Matches(PhraseLists.Get(PhraseLists.ReviewOutcomes)))
        {
            var sentence = wording.SentenceOf(outcome.TokenIndex);
            bool hedged = wording.MatchesIn(hedges, new TokenRange(sentence.Start, outcome.TokenIndex + outcome.TokenCount)).Any();
            if (!hedged) return true;
        }

        return false;
    }

    private static List<WordToken> Range(ActionWording wording, int start, int end) =>
        CommitmentRoles.Tokens(wording, new TokenRange(start, end));
}
