using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Measurable;

/// <summary>
/// PL4001: every step the action commits to is a review ("X will be reviewed", "A review will be carried out", "will
/// explore"), or, with no commitment at all, the entry reports a review under way and nothing else ("A review of the
/// gym programme is underway", "The policy is being reviewed", "Leaders are currently assessing…": a review noun before a
/// marker of work in progress, or a review verb in the progressive, read by its grammar and not from a list of
/// sentences); and nothing says what follows or how success is judged: no outcome wording
/// (rules/data/review-outcomes.json) outside a hedge, and no measure, frequency or forum (<see cref="MeasurableElements"/>).
/// A review whose sentence is hedged ("will explore", "reviewed to see if…") is left to PL3002, so one fault gives one
/// finding.
/// </summary>
public sealed class ReviewWithoutOutcomeRule() : ActionRule(Descriptor)
{
    public const string Id = "PL4001";

    private const int CarriedReviewWindow = 6;

    // How far back from a marker of progress its subject is looked for.
    private const int MaxSubjectWords = 30;

    private static readonly HashSet<string> ClauseStarts = new(StringComparer.Ordinal) { "and", "but", "whilst", "while", "which", "that", "where", "as" };

    private static readonly HashSet<string> ProgressiveAdverbs = new(StringComparer.Ordinal) { "currently", "now", "also", "actively", "still", "jointly" };

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Reviews should say what follows them",
        "Action {0} of recommendation {1} only commits to a review ('{2}'); say what will be done with its findings and how success will be judged",
        RuleCategory.Measurable,
        Severity.Warning,
        Description: "A review on its own changes nothing: without saying what follows it or how success will be judged, the action can be complete while the concern remains.",
        Name: "ReviewWithoutOutcome");

    public override void Analyze(PlanAction action, ActionContext context)
    {
        var wording = context.WordingOf(action.Text);
        var steps = CommitmentRoles.Steps(wording);
        string quote;
        if (steps.Count > 0)
        {
            if (!steps.All(c => IsReview(wording, c))) return;
            // A review that is itself hedged ("will explore", "reviewed to see if…") is one fault, which PL3002 names.
            if (steps.Any(c => wording.MatchesIn(PhraseLists.Get(PhraseLists.WeakCommitments), c.Sentence).Any())) return;
            quote = wording.Quote(steps[0]);
        }
        else if (OnlyReviewUnderWay(wording) is { } sentence)
        {
            quote = PlanQuote.Of(wording.Slice(sentence.Start, sentence.End));
        }
        else
        {
            return;
        }

        if (HasOutcome(wording) || MeasurableElements.Any(wording)) return;
        context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern.Id, quote);
    }

    /// <summary>
    /// The sentence that reports a review under way, when the entry commits to nothing and no other sentence reports a step
    /// (rules/data/step-markers.json); otherwise null.
    /// </summary>
    private static TokenRange? OnlyReviewUnderWay(ActionWording wording)
    {
        TokenRange? review = null;
        var markers = PhraseLists.Get(PhraseLists.StepMarkers);
        foreach (var sentence in wording.Sentences)
        {
            if (review is null && ReportsReviewUnderWay(wording, sentence)) review = sentence;
            else if (wording.MatchesIn(markers, sentence).Any()) return null;
        }

        return review;
    }

    private static bool ReportsReviewUnderWay(ActionWording wording, TokenRange sentence)
    {
        var reviews = PhraseLists.Get(PhraseLists.ReviewVerbs);
        var tense = PhraseLists.Get(PhraseLists.ActionTenseMarkers);
        var tokens = wording.Tokens;

        // A sentence that also reports something done or promises something is more than a review under way.
        if (wording.MatchesIn(tense, sentence).Any(m => tense.CategoryOf(m.Phrase) is "done" or "future" && m.Phrase != "now")) return false;

        // "A review of X is underway", "Consultation with staff is in progress", "The policy is being reviewed".
        foreach (var marker in wording.MatchesIn(tense, sentence))
        {
            if (tense.CategoryOf(marker.Phrase) != "in-progress" && marker.Phrase is not ("ongoing" or "on-going")) continue;
            int after = marker.TokenIndex + marker.TokenCount;
            while (after < sentence.End && tokens[after].Normalized is "being" or "currently" or "now" or "also") after++;
            if (after < sentence.End && tokens[after].Normalized.EndsWith("ed", StringComparison.Ordinal) && reviews.ContainsStemOf(tokens[after].Normalized))
                return true;

            // The review named as a noun in the clause's subject: "A review of…", "Consultation with…", "A deep dive into…".
            int start = marker.TokenIndex;
            int stop = Math.Max(sentence.Start, marker.TokenIndex - MaxSubjectWords);
            while (start > stop && !wording.ClauseBreakBefore(start) && !ClauseStarts.Contains(tokens[start - 1].Normalized)) start--;
            var subject = new TokenRange(start, marker.TokenIndex);
            if (CommitmentRoles.Tokens(wording, subject).Any(t => reviews.ContainsWord(t.Normalized))
                || reviews.Find(CommitmentRoles.Tokens(wording, subject)).Any(m => m.TokenCount > 1))
                return true;
        }

        // "Leaders are reviewing…", "The team is currently considering…".
        for (int i = sentence.Start; i + 1 < sentence.End; i++)
        {
            if (tokens[i].Normalized is not ("is" or "are" or "am")) continue;
            int verb = i + 1;
            while (verb < sentence.End && ProgressiveAdverbs.Contains(tokens[verb].Normalized)) verb++;
            if (verb < sentence.End && tokens[verb].Normalized.EndsWith("ing", StringComparison.Ordinal) && reviews.ContainsStemOf(tokens[verb].Normalized))
                return true;
        }

        return false;
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
        var conditions = PhraseLists.Get(PhraseLists.DiscretionaryConditions);
        foreach (var outcome in wording.Matches(PhraseLists.Get(PhraseLists.ReviewOutcomes)))
        {
            var sentence = wording.SentenceOf(outcome.TokenIndex);
            var before = new TokenRange(sentence.Start, outcome.TokenIndex + outcome.TokenCount);
            bool hedged = wording.MatchesIn(hedges, before).Any() || wording.MatchesIn(conditions, before).Any();
            if (!hedged) return true;
        }

        return false;
    }

    private static List<WordToken> Range(ActionWording wording, int start, int end) =>
        CommitmentRoles.Tokens(wording, new TokenRange(start, end));
}
