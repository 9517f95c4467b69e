using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Measurable;

/// <summary>
/// Whether an action names something its progress can be measured by: a number (digits or "%"), a frequency, threshold or
/// number word (rules/data/measure-markers.json), a word of monitoring (rules/data/monitoring-words.json), or a forum the
/// work is brought to (<see cref="ForumMentions"/>); and, for promises, a named deliverable (rules/data/deliverables.json).
/// </summary>
internal static class MeasurableElements
{
    public static bool AnyOrDeliverable(ActionWording wording) =>
        Any(wording) || wording.Matches(PhraseLists.Get(PhraseLists.Deliverables)).Count > 0;

    public static bool Any(ActionWording wording) =>
        wording.Text.Contains('%', StringComparison.Ordinal)
        || wording.Tokens.Any(t => t.Normalized.Any(char.IsDigit))
        || wording.Matches(PhraseLists.Get(PhraseLists.MeasureMarkers)).Count > 0
        || wording.Matches(PhraseLists.Get(PhraseLists.MonitoringWords)).Count > 0
        || ForumMentions.In(wording, new TokenRange(0, wording.Tokens.Count));
}
