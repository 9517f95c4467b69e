using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Specific;

/// <summary>
/// PL3004: an entry that describes the situation and takes no step of its owner's. An entry takes a step when it commits
/// to one ("will", "plans to"), reports one taken ("has been introduced", "was completed", "are now issued", "since the
/// inspection") or reports one under way ("is being recruited", "underway"); see rules/data/step-markers.json. The grammar
/// around a marker decides whether it is one: "has"/"have" count only as helpers of a verb ("has been", "have appointed"),
/// not as possession ("Oxleas has a dedicated coordinator", "OMU has a single point of contact"); a participle that
/// completes "keep", "remain" and the like ("keep staff updated") is not a step; and work reported done or under way by
/// another party (<see cref="PlanParties"/>: "Contractors have a Purchase Order for the lighting, which is being carried
/// out") is not the owner's step. The target date does not decide it: "Completed" beside "X has been introduced" is a
/// completed action because of "has been", and "Completed" beside a description of how things are still names no step.
/// An entry that hedges ("is exploring all options") is left to PL3002, so one fault gives one finding.
/// </summary>
public sealed class StatementNotActionRule() : ActionRule(Descriptor)
{
    public const string Id = "PL3004";

    public const int MinimumWords = 5;

    // How far back from a marker its clause's actor is looked for: a subject is a few words, and the bound keeps a long
    // unpunctuated text linear.
    private const int MaxActorWords = 40;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Entries should state a step taken or to be taken",
        "Action {0} of recommendation {1} ('{2}') describes the situation but takes no step; say what will be done, or report the step that was taken",
        RuleCategory.Specific,
        Severity.Note,
        Description: "Background, descriptions of current practice and reports of what others are doing are not actions: nothing in them can be delivered, tracked or found late.",
        Name: "StatementNotAction");

    // Words that may stand between "has"/"have" and the participle it helps ("has now been", "have successfully recruited").
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "now", "also", "already", "recently", "successfully", "since", "just", "not", "further", "fully", "previously",
        "significantly", "additionally", "both", "all", "jointly", "currently", "subsequently", "actively", "then", "again",
    };

    // Past participles that do not end in -ed or -en: grammar, a closed class.
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "begun", "made", "put", "set", "held", "built", "sent", "run", "won", "brought", "sought", "met", "kept", "led", "paid",
        "spent", "bought", "taught", "done", "shown", "known", "grown", "drawn", "left", "found", "got", "heard", "lost",
        "meant", "read", "said", "sold", "told", "thought", "understood", "become", "come", "gone", "cut", "agreed",
    };

    // Verbs whose object a participle completes ("keep staff updated", "remain informed"): the participle is a state.
    private static readonly HashSet<string> ComplementVerbs = new(StringComparer.Ordinal)
    {
        "keep", "keeps", "kept", "keeping", "remain", "remains", "remained", "stay", "stays", "get", "gets", "feel", "feels",
        "become", "becomes", "seem", "seems", "appear", "appears",
    };

    private static readonly HashSet<string> ClauseStarts = new(StringComparer.Ordinal) { "and", "but", "whilst", "while", "so", "as", "because", "although" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "has", "have", "had", "will", "shall", "can" };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "that", "who", "whom", "whose" };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        var wording = context.WordingOf(action.Text);
        if (wording.Tokens.Count < MinimumWords) return;

        // A hedged entry ("HMPPS is exploring all options…", "may refer") is one fault, which PL3002 names.
        var parties = PlanParties.Of(context.Plan);
        if (Hedges.In(wording, parties, action.Owner).Count > 0) return;

        var markers = PhraseLists.Get(PhraseLists.StepMarkers);
        if (wording.Matches(markers).Any(m => IsOwnersStep(wording, markers, m, parties, action.Owner))) return;

        context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern.Id, PlanQuote.Of(action.Text));
    }

    private static bool IsOwnersStep(ActionWording wording, PhraseList markers, PhraseMatch marker, PlanParties parties, string? owner)
    {
        var tokens = wording.Tokens;
        int at = marker.TokenIndex;
        if (marker.Phrase is "has" or "have" or "had" && !HelpsAVerb(tokens, at)) return false;
        if (marker.TokenCount == 1 && markers.CategoryOf(marker.Phrase) == "done" && IsParticiple(tokens[at].Normalized)
            && ComplementVerbBefore(tokens, at))
            return false;
        if (markers.CategoryOf(marker.Phrase) == "commitment") return true;
        return !parties.NamesOtherParty(wording, ActorOf(wording, at), owner);
    }

    /// <summary>Whether one of the two words before <paramref name="at"/> is a verb that takes a complement ("keep staff updated").</summary>
    private static bool ComplementVerbBefore(IReadOnlyList<WordToken> tokens, int at)
    {
        for (int i = Math.Max(0, at - 2); i < at; i++)
            if (ComplementVerbs.Contains(tokens[i].Normalized)) return true;
        return false;
    }

    private static bool HelpsAVerb(IReadOnlyList<WordToken> tokens, int at)
    {
        int next = at + 1;
        while (next < tokens.Count && Adverbs.Contains(tokens[next].Normalized)) next++;
        return next < tokens.Count && (tokens[next].Normalized == "been" || IsParticiple(tokens[next].Normalized));
    }

    private static bool IsParticiple(string word) =>
        (word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)))
        || IrregularParticiples.Contains(word);

    /// <summary>
    /// The words before a marker in its clause: from the clause's start (a comma, colon or "and" before a new subject) to
    /// the marker. A relative clause ("…, which is being carried out") takes the actor of the clause it hangs on.
    /// </summary>
    private static TokenRange ActorOf(ActionWording wording, int at)
    {
        var sentence = wording.SentenceOf(at);
        int end = at;
        int start = at;
        bool relative = false;
        int stop = Math.Max(sentence.Start, at - MaxActorWords);
        while (start > stop)
        {
            string before = wording.Tokens[start - 1].Normalized;
            if (Relatives.Contains(before))
            {
                end = start - 1;
                start = end;
                relative = true;
                continue;
            }

            // "… and have a purchase order": a clause that starts with its verb shares the subject before it.
            bool sharesSubject = start < end && Auxiliaries.Contains(wording.Tokens[start].Normalized);
            if (!sharesSubject && ((wording.ClauseBreakBefore(start) && !relative) || ClauseStarts.Contains(before))) break;
            relative = false;
            start--;
        }

        return new TokenRange(start, Math.Max(start, end));
    }
}
