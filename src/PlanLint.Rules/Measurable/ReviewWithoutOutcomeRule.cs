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

    // How many words after "the findings of" may name the review: "the needs assessment of the psychology team".
    private const int ReviewPhraseWords = 6;

    // Determiners before a participle that mark a thing already found: "the identified needs", "any highlighted risks".
    private static readonly HashSet<string> FoundDeterminers = new(StringComparer.Ordinal) { "the", "any", "all", "these", "those" };

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
        IReadOnlyList<TokenRange> reviewSentences;
        if (steps.Count > 0)
        {
            if (!steps.All(c => IsReview(wording, c))) return;
            // A review that is itself hedged ("will explore", "reviewed to see if…") is one fault, which PL3002 names.
            if (steps.Any(c => wording.MatchesIn(PhraseLists.Get(PhraseLists.WeakCommitments), c.Sentence).Any())) return;
            quote = wording.Quote(steps[0]);
            reviewSentences = [.. steps.Select(c => c.Sentence).Distinct()];
        }
        else if (OnlyReviewUnderWay(wording) is { } sentence)
        {
            quote = PlanQuote.Of(wording.Slice(sentence.Start, sentence.End));
            reviewSentences = [sentence];
        }
        else
        {
            return;
        }

        if (HasOutcome(wording) || MeasurableElements.Any(wording)) return;
        if (TakenUpLater(wording, reviewSentences, action, context)) return;
        context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern.Id, quote);
    }

    /// <summary>
    /// Whether a later action of the same recommendation takes up what this review produces, so what follows it is said
    /// there: it names the thing the review looks for as found ("to meet the identified needs" after "a needs assessment",
    /// "the risks highlighted by the review" after "a review of risks"), or a product of this very review ("the findings of
    /// the needs assessment"); rules/data/review-results.json. "The findings of the review" alone names no review in
    /// particular, and "prisoners identified as vulnerable" picks people out by a test of its own.
    /// </summary>
    private static bool TakenUpLater(ActionWording wording, IReadOnlyList<TokenRange> reviewSentences, PlanAction action, ActionContext context)
    {
        var (reviewWords, objects) = ReviewSubjects(wording, reviewSentences);
        if (objects.Count == 0) return false;

        var results = PhraseLists.Get(PhraseLists.ReviewResults);
        foreach (var later in context.Concern.Actions)
        {
            if (later.Index <= action.Index || string.IsNullOrWhiteSpace(later.Text)) continue;
            var other = context.WordingOf(later.Text);
            var tokens = other.Tokens;
            foreach (var m in results.Find(tokens))
            {
                int k = m.TokenIndex;
                bool named = results.CategoryOf(m.Phrase) == "produced"
                    ? MarksAsFound(other, k, reviewWords, objects)
                    : NamesThisReview(other, k, reviewWords, objects);
                if (named) return true;
            }
        }

        return false;
    }

    // "the identified needs", "any highlighted risks"; "the needs identified." or "the needs identified by the assessment",
    // but not "prisoners identified as vulnerable", which picks out people by a test of its own.
    private static bool MarksAsFound(ActionWording wording, int participle, IReadOnlySet<string> reviewWords, IReadOnlySet<string> objects)
    {
        var tokens = wording.Tokens;
        bool Names(int i) => i >= 0 && i < tokens.Count && objects.Contains(LightStemmer.Stem(tokens[i].Normalized));
        int next = participle + 1;
        bool clauseEndsAfter = next >= tokens.Count || wording.ClauseBreakBefore(next);

        if (participle > 0 && !clauseEndsAfter && Names(next) && FoundDeterminers.Contains(tokens[participle - 1].Normalized))
            return true;
        if (participle == 0 || wording.ClauseBreakBefore(participle) || !Names(participle - 1)) return false;
        if (clauseEndsAfter) return true;
        if (tokens[next].Normalized is not ("by" or "in" or "through" or "from")) return false;
        for (int i = next + 1; i < tokens.Count && i - next <= ReviewPhraseWords && !wording.ClauseBreakBefore(i); i++)
            if (reviewWords.Contains(LightStemmer.Stem(tokens[i].Normalized))) return true;
        return false;
    }

    // "the findings of the needs assessment", "recommendations from the kitchen audit", "the needs assessment findings".
    private static bool NamesThisReview(ActionWording wording, int product, IReadOnlySet<string> reviewWords, IReadOnlySet<string> objects)
    {
        var tokens = wording.Tokens;
        int start, end;
        if (product + 1 < tokens.Count && tokens[product + 1].Normalized is "of" or "from" && !wording.ClauseBreakBefore(product + 1))
        {
            start = product + 2;
            end = start;
            while (end < tokens.Count && end - start < ReviewPhraseWords && !wording.ClauseBreakBefore(end)) end++;
        }
        else
        {
            end = product;
            start = end;
            while (start > 0 && end - start < 2 && !wording.ClauseBreakBefore(start)) start--;
        }

        var stems = tokens.Skip(start).Take(end - start).Select(t => LightStemmer.Stem(t.Normalized)).ToList();
        return stems.Any(reviewWords.Contains) && stems.Any(objects.Contains);
    }

    /// <summary>
    /// The stems of the review words of the review's sentences ("assessment"), and of what each review looks at: the word
    /// before it ("needs assessment", "skills evaluation") and the words of the noun phrase after its "of", "into" or "on"
    /// ("a review of fire risks on the wings": fire, risks).
    /// </summary>
    private static (IReadOnlySet<string> ReviewWords, IReadOnlySet<string> Objects) ReviewSubjects(ActionWording wording, IReadOnlyList<TokenRange> sentences)
    {
        var reviews = PhraseLists.Get(PhraseLists.ReviewVerbs);
        var stop = PhraseLists.Get(PhraseLists.StopWords);
        var tokens = wording.Tokens;
        var reviewWords = new HashSet<string>(StringComparer.Ordinal);
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (int i = sentence.Start; i < sentence.End; i++)
            {
                if (!reviews.ContainsStemOf(tokens[i].Normalized)) continue;
                reviewWords.Add(LightStemmer.Stem(tokens[i].Normalized));
                if (i > sentence.Start && !wording.ClauseBreakBefore(i) && IsContentWord(tokens[i - 1].Normalized))
                    objects.Add(LightStemmer.Stem(tokens[i - 1].Normalized));
                if (i + 1 >= sentence.End || tokens[i + 1].Normalized is not ("of" or "into" or "on")) continue;
                int j = i + 2;
                while (j < sentence.End && tokens[j].Normalized is "the" or "a" or "an" or "any" or "all") j++;
                for (; j < sentence.End && !wording.ClauseBreakBefore(j) && IsContentWord(tokens[j].Normalized); j++)
                    objects.Add(LightStemmer.Stem(tokens[j].Normalized));
            }
        }

        return (reviewWords, objects);

        bool IsContentWord(string word) => word.Length > 1 && !stop.ContainsWord(word) && !reviews.ContainsStemOf(word);
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
            if (wording.TokensIn(subject).Any(t => reviews.ContainsWord(t.Normalized))
                || reviews.Find(wording.TokensIn(subject)).Any(m => m.TokenCount > 1))
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
        wording.TokensIn(new TokenRange(start, end));
}
