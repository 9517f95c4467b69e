using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound;

/// <summary>
/// Whether an action's text promises future work, reports work under way, or reports work done, judged sentence by
/// sentence with the markers of rules/data/action-tense-markers.json.
/// </summary>
public static class ActionTense
{
    private static readonly Lazy<PhraseScanner> Markers = new(() => new PhraseScanner(PhraseLists.Get(PhraseLists.ActionTenseMarkers)));

    /// <summary>Every sentence commits to something not yet done, and none reports anything done, under way or continuing.</summary>
    public static bool OnlyPromisesFutureWork(string text)
    {
        var sentences = Sentences.Split(text);
        return sentences.Count > 0 && sentences.All(s => CategoriesOf(s) is { } c && c.Contains("future") && c.Count == 1);
    }

    /// <summary>Some sentence still promises future work or reports work under way.</summary>
    public static bool HasOutstandingWork(string text) =>
        Sentences.Split(text).Any(s => CategoriesOf(s) is { } c && (c.Contains("future") || c.Contains("in-progress")));

    private static HashSet<string> CategoriesOf(string sentence) =>
        [.. Markers.Value.Scan(sentence).Select(m => m.Category).OfType<string>()];
}
