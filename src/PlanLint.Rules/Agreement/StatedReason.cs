using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.Agreement;

/// <summary>The reason a plan gives for not fully agreeing a recommendation, and where it gives it.</summary>
/// <param name="Text">The reason field, or the sentences of the response that give a reason.</param>
/// <param name="InResponse">True when the reason was found in the response actions rather than a reason field.</param>
public sealed record StatedReason(string Text, SourceLocation Location, bool InResponse)
{
    private static readonly Lazy<PhraseMatcher> Markers = new(() => PhraseLists.Get(PhraseLists.ReasonMarkers).Matcher);
    private static readonly Lazy<PhraseList> Categories = new(() => PhraseLists.Get(PhraseLists.ReasonCategories));

    /// <summary>
    /// The concern's reason field when it has one; otherwise the sentences of its response actions that give a reason
    /// ("cannot be fully accepted as …", "due to …"), which many published plans use instead of a separate field.
    /// </summary>
    public static StatedReason? Find(Concern concern)
    {
        if (!string.IsNullOrWhiteSpace(concern.Reason))
            return new StatedReason(concern.Reason.Trim(), concern.LocationOf(PlanFields.Reason), InResponse: false);

        foreach (var action in concern.Actions)
        {
            var reasons = Sentences.Split(action.Text).Where(s => Markers.Value.IsMatch(s)).ToList();
            if (reasons.Count > 0)
                return new StatedReason(string.Join(" ", reasons), action.LocationOf(PlanFields.Text), InResponse: true);
        }

        return null;
    }

    /// <summary>The HMPPS categories (commissioning, policy, operational, affordability) the reason names.</summary>
    public IReadOnlyList<string> NamedCategories =>
        [.. Categories.Value.Matcher.Matches(Text).Select(m => Categories.Value.CategoryOf(m.Phrase)).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
}
