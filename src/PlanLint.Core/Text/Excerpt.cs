using System.Globalization;

namespace PlanLint.Text;

/// <summary>
/// What a message may quote of a field: a short excerpt, never the whole value (a 20 MB property name or owner must not
/// become a 20 MB console line). The cut falls on a character boundary and is marked with an ellipsis.
/// </summary>
public static class Excerpt
{
    /// <summary>The longest quotation of a field or name in a message, in UTF-16 code units.</summary>
    public const int FieldLength = 80;

    /// <summary>The longest text argument a rule's message quotes (an owner, a date, a phrase).</summary>
    public const int ArgumentLength = 200;

    /// <summary>The longest whole message a report line carries.</summary>
    public const int MessageLength = 1000;

    public static string Of(string text, int maxLength = FieldLength)
    {
        if (text.Length <= maxLength) return text;
        int cut = Math.Max(0, maxLength - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut] + "…";
    }

    /// <summary>An excerpt that also says how long the whole was: "abc… (20,971,520 characters)".</summary>
    public static string WithLength(string text, int maxLength = FieldLength) =>
        text.Length <= maxLength ? text : string.Create(CultureInfo.InvariantCulture, $"{Of(text, maxLength)} ({text.Length:N0} characters)");
}
