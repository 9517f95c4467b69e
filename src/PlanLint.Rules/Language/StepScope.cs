using PlanLint.Rules.Data;

namespace PlanLint.Rules.Language;

/// <summary>Which "will" clause a word of a sentence qualifies, read from the sentence's clauses.</summary>
public static class StepScope
{
    /// <summary>How far after a step's verb a word can still qualify it; further on, it belongs to something else.</summary>
    public const int Reach = 40;

    /// <summary>
    /// The commitments the word at <paramref name="token"/> qualifies (at most two): the "will" clause it follows, when it
    /// stands after its "will", before the next clause, within <see cref="Reach"/> words and not in a purpose clause
    /// ("…, to redecorate cells where required", "in order to", "so that", "to ensure"); and the one it precedes in the
    /// same sentence with no other between ("Where possible, staff will…", "Once funding is agreed, the wing will…").
    /// Found by binary search, so asking for every word of a long text stays linear in it.
    /// </summary>
    public static IEnumerable<Commitment> QualifiedBy(ActionWording wording, int token)
    {
        var all = wording.Commitments;
        int low = 0, high = all.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (all[middle].Modal < token) low = middle + 1;
            else high = middle;
        }

        var sentence = wording.SentenceOf(token);
        var before = low > 0 && all[low - 1].Sentence == sentence ? all[low - 1] : null;
        var after = low < all.Count && all[low].Sentence == sentence && all[low].Modal > token ? all[low] : null;

        if (before is not null && (after is null || after.Clause.Start > token))
        {
            int from = before.Verb < 0 ? before.Modal : before.Verb;
            if (token - from <= Reach && !InPurposeClause(wording, from, token)) yield return before;
        }

        if (after is not null && token < after.Clause.Start) yield return after;
    }

    private static bool InPurposeClause(ActionWording wording, int from, int to)
    {
        var followUps = PhraseLists.Get(PhraseLists.FollowUpVerbs);
        var improvements = PhraseLists.Get(PhraseLists.ImprovementPromises);
        for (int k = from + 1; k < to; k++)
        {
            string word = wording.Tokens[k].Normalized;
            if (word == "so" && k + 1 < to && wording.Tokens[k + 1].Normalized is "that" or "as") return true;
            if (word != "to" || k + 1 >= wording.Tokens.Count) continue;
            string next = wording.Tokens[k + 1].Normalized;
            if (wording.ClauseBreakBefore(k) || (k > 0 && wording.Tokens[k - 1].Normalized == "order")
                || followUps.ContainsStemOf(next) || improvements.ContainsStemOf(next))
                return true;
        }

        return false;
    }
}
