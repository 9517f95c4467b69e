using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound;

/// <summary>
/// Whether an action's text promises future work, reports work under way, or reports work done, judged sentence by
/// sentence with the markers of rules/data/action-tense-markers.json.
/// </summary>
public static class ActionTense
{
    private const string Future = "future";
    private const string Continuing = "continuing";

    private static readonly Lazy<PhraseScanner> Markers = new(() => new PhraseScanner(PhraseLists.Get(PhraseLists.ActionTenseMarkers)));

    /// <summary>Every sentence commits to something not yet done, and none reports anything done, under way or continuing.</summary>
    public static bool OnlyPromisesFutureWork(string text)
    {
        var sentences = Sentences.Split(text);
        return sentences.Count > 0 && sentences.All(s => CategoriesOf(s) is { } c && c.Contains(Future) && c.Count == 1);
    }

    /// <summary>Some sentence still promises future work or reports work under way.</summary>
    public static bool HasOutstandingWork(string text) =>
        Sentences.Split(text).Any(s => CategoriesOf(s) is { } c && (c.Contains(Future) || c.Contains("in-progress")));

    private static HashSet<string> CategoriesOf(string sentence)
    {
        HashSet<string> categories = [.. Markers.Value.Scan(sentence).Select(m => m.Category).OfType<string>()];
        if (categories.Contains(Future) && StatesStandingRule(sentence))
        {
            categories.Remove(Future);
            categories.Add(Continuing);
        }

        return categories;
    }

    /// <summary>
    /// Whether a sentence's "will" states a standing rule rather than work still to do: the sentence opens with a clause
    /// saying when the rule applies, each time it applies ("Where transfers are allocated, …", "Whenever a prisoner is
    /// moved, …"; rules/data/standing-conditions.json), closed by a comma before the main clause. That clause names a
    /// situation (two words or more), promises nothing itself ("Where the new unit will open, …" is a one-off), and is
    /// not a discretionary condition ("Where possible, …", "Where deemed necessary, …"), which hedges a step instead.
    /// </summary>
    private static bool StatesStandingRule(string sentence)
    {
        var wording = ActionWording.Of(sentence);
        var tokens = wording.Tokens;
        var opener = PhraseLists.Get(PhraseLists.StandingConditions).Find(tokens).FirstOrDefault(m => m.TokenIndex == 0);
        if (opener is null) return false;

        int start = opener.TokenCount, end = start + 1;
        while (end < tokens.Count && !wording.ClauseBreakBefore(end)) end++;
        if (end >= tokens.Count || end - start < 2 || wording.ClauseBreakBefore(start)) return false;

        var clause = wording.TokensIn(new TokenRange(start, end));
        if (Markers.Value.Scan(clause).Any(m => m.Category == Future)) return false;
        return !DiscretionaryConditions.In(wording).Any(c => c.First < end);
    }
}
