using System.Globalization;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Measurable;

/// <summary>
/// Whether an action names something its progress can be measured by: a number (digits, other than a year or an age group,
/// or "%"), a frequency, threshold or
/// number word (rules/data/measure-markers.json), a word of monitoring (rules/data/monitoring-words.json), or a forum the
/// work is brought to (<see cref="ForumMentions"/>); and, for promises, a named deliverable (rules/data/deliverables.json).
/// </summary>
internal static class MeasurableElements
{
    public static bool AnyOrDeliverable(ActionWording wording) =>
        Any(wording) || wording.Matches(PhraseLists.Get(PhraseLists.Deliverables)).Count > 0;

    public static bool Any(ActionWording wording) =>
        wording.Text.Contains('%', StringComparison.Ordinal)
        || wording.Tokens.Any(t => IsMeasureNumber(t.Normalized))
        || wording.Matches(PhraseLists.Get(PhraseLists.MeasureMarkers)).Count > 0
        || wording.Matches(PhraseLists.Get(PhraseLists.MonitoringWords)).Count > 0
        || ForumMentions.In(wording, new TokenRange(0, wording.Tokens.Count));

    /// <summary>
    /// Whether the action says how much: "%", a threshold or target ("at least", "100%", "target"), or a number in digits or
    /// words that is not a year, an age group or the period a change happens in ("over a six-month period", "within 3
    /// months"); frequencies do not count.
    /// </summary>
    public static bool AnyQuantity(ActionWording wording)
    {
        if (wording.Text.Contains('%', StringComparison.Ordinal)) return true;
        var markers = PhraseLists.Get(PhraseLists.MeasureMarkers);
        var tokens = wording.Tokens;
        foreach (var m in wording.Matches(markers))
        {
            string? category = markers.CategoryOf(m.Phrase);
            if (category == "threshold" && m.Phrase == "within") continue; // bounds the time, not the amount
            if (category == "threshold" || (category == "number" && !IsPeriod(tokens, m.TokenIndex, m.TokenIndex + m.TokenCount))) return true;
        }

        for (int i = 0; i < tokens.Count; i++)
            if (IsMeasureNumber(tokens[i].Normalized) && !IsPeriod(tokens, i, i + 1)) return true;
        return false;
    }

    private static readonly string[] TimeUnits = ["hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "period"];

    // Prepositions that make a length of time the period a change happens in ("over a six-month period", "within 3 months"),
    // not the quantity that changes ("waits cut from 6 weeks to 2 weeks").
    private static readonly HashSet<string> PeriodPrepositions = new(StringComparer.Ordinal) { "over", "within", "during", "across", "for", "in", "by", "next", "coming" };

    /// <summary>Whether the number in tokens [first, end) is a period of time: "over a six-month period", "within 3 months".</summary>
    private static bool IsPeriod(IReadOnlyList<WordToken> tokens, int first, int end)
    {
        bool unit = (end < tokens.Count && TimeUnits.Contains(tokens[end].Normalized))
            || TimeUnits.Any(u => tokens[end - 1].Normalized.EndsWith("-" + u, StringComparison.Ordinal));
        if (!unit) return false;
        for (int k = Math.Max(0, first - 2); k < first; k++)
            if (PeriodPrepositions.Contains(tokens[k].Normalized)) return true;
        return false;
    }

    /// <summary>
    /// A number that can measure something: written in digits, and neither a year ("2025", which says when, not how much)
    /// nor an age group or decade ("over 50's", "1990s").
    /// </summary>
    public static bool IsMeasureNumber(string word)
    {
        if (!Characters.AnyDigit(word)) return false;
        if (word.Length == 4 && Characters.AllDigits(word) && word[0] is '1' or '2' && int.Parse(word, CultureInfo.InvariantCulture) is >= 1900 and <= 2099)
            return false;
        return !(word.EndsWith("'s", StringComparison.Ordinal) || (word.EndsWith('s') && Characters.AllDigits(word.AsSpan(0, word.Length - 1))));
    }
}
