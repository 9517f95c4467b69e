using PlanLint.Rules.Data;

namespace PlanLint.Rules.Language;

/// <summary>
/// Where an action brings its work to a forum that oversees it ("reviewed at the monthly Safety meeting", "reported to
/// the Local Delivery Board"): a phrase of rules/data/monitoring-forums.json with "at", "through", "via", "to", "in",
/// "by", "into" or "during" among the few words before it in the same sentence. "Liaison with the Prison Council" is not one.
/// </summary>
public static class ForumMentions
{
    private const int LookBack = 6;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "at", "through", "via", "to", "in", "by", "into", "during",
    };

    /// <summary>Whether the tokens in a range mention a forum the work is brought to.</summary>
    public static bool In(ActionWording wording, TokenRange range)
    {
        foreach (var forum in wording.MatchesIn(PhraseLists.Get(PhraseLists.MonitoringForums), range))
        {
            var sentence = wording.SentenceOf(forum.TokenIndex);
            for (int i = Math.Max(sentence.Start, forum.TokenIndex - LookBack); i < forum.TokenIndex; i++)
                if (Prepositions.Contains(wording.Tokens[i].Normalized)) return true;
        }

        return false;
    }
}
