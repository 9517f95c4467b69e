using PlanLint.Rules.Data;

namespace PlanLint.Rules.Language;

/// <summary>
/// Conditions that leave a step to someone's discretion ("where possible", "if deemed necessary", "where suitable"):
/// the listed ones (rules/data/discretionary-conditions.json) and the "where/if + adjective" shape. PL3002 reports them
/// as hedges; the tense of an action (<see cref="TimeBound.ActionTense"/>) does not read a sentence they open as a
/// standing rule.
/// </summary>
public static class DiscretionaryConditions
{
    // Words that may stand between "where"/"if" and the adjective of a discretionary condition ("if deemed necessary").
    private static readonly HashSet<string> Judgements = new(StringComparer.Ordinal) { "deemed", "considered", "judged", "felt", "thought", "found" };

    // Compared as literals, not looked up in a set: every word of the text is asked.
    private static bool IsConditionWord(string word) => word is "where" or "wherever" or "if";

    // The endings of English adjectives and participles: "required", "possible", "necessary", "appropriate",
    // "relevant", "sufficient", "beneficial", "helpful", "effective".
    private static readonly string[] AdjectiveEndings = ["ed", "ble", "ary", "ate", "ant", "ent", "al", "ful", "ive"];

    /// <summary>Discretionary conditions as token ranges (first token, count): listed ones, and the "where suitable" shape.</summary>
    public static IEnumerable<(int First, int Count)> In(ActionWording wording)
    {
        var tokens = wording.Tokens;
        var listed = new bool[tokens.Count];
        foreach (var m in wording.Matches(PhraseLists.Get(PhraseLists.DiscretionaryConditions)))
        {
            listed.AsSpan(m.TokenIndex, m.TokenCount).Fill(true);
            yield return (m.TokenIndex, m.TokenCount);
        }

        var outside = PhraseLists.Get(PhraseLists.OutsideDecisions);
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsConditionWord(tokens[i].Normalized) || listed[i]) continue;
            int word = Judgements.Contains(tokens[i + 1].Normalized) ? i + 2 : i + 1;
            if (word >= tokens.Count || (word + 1 < tokens.Count && !wording.ClauseBreakBefore(word + 1))) continue;
            string w = tokens[word].Normalized;
            if (w.Length < 5 || !EndsLikeAnAdjective(w) || outside.ContainsStemOf(w)) continue;
            yield return (i, word - i + 1);
        }
    }

    private static bool EndsLikeAnAdjective(string word)
    {
        foreach (var ending in AdjectiveEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
