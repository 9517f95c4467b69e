using System.Globalization;

namespace PlanLint.Text;

/// <summary>
/// "1 file", "3 entries": a count and a regular English noun. Humanizer's ToQuantity builds its whole vocabulary
/// (about a hundred compiled regular expressions) on first use, which cost more than linting a plan.
/// </summary>
public static class Quantity
{
    public static string Of(int count, string singular) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : Plural(singular));

    /// <summary>The plural of a regular noun: "entry" → "entries", "box" → "boxes", "file" → "files".</summary>
    public static string Plural(string singular)
    {
        if (singular.Length > 1 && singular[^1] == 'y' && !"aeiou".Contains(singular[^2], StringComparison.Ordinal))
            return singular[..^1] + "ies";
        if (singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal))
            return singular + "es";
        return singular + "s";
    }
}
