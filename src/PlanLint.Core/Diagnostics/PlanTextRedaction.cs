using System.Buffers;
using System.Globalization;

namespace PlanLint.Diagnostics;

/// <summary>
/// Messages without the plan's own words, for outputs that leave the machine when plan text must not (<c>--redact-plan-text</c>):
/// plan text may be OFFICIAL-SENSITIVE. A rule's message is its descriptor's format filled with arguments; the redacted form
/// fills it again with every text argument withheld except recommendation numbers, so rules need not say which of their
/// arguments came from the plan. Numbers, places and the rule's own wording are kept.
/// </summary>
public static class PlanTextRedaction
{
    /// <summary>What stands in for withheld plan text.</summary>
    public const string Withheld = "[withheld]";

    private static readonly SearchValues<char> QuoteCharacters = SearchValues.Create("'\"\u2018\u2019\u201c\u201d");

    /// <summary>
    /// The message of <paramref name="descriptor"/> for <paramref name="args"/> with every text argument withheld unless
    /// <paramref name="isKept"/> says (given its position and text) it is safe to show, such as a recommendation number.
    /// Non-text arguments and numbers are kept.
    /// A message whose format is nothing but its arguments becomes the rule's title.
    /// </summary>
    public static string Format(RuleDescriptor descriptor, IReadOnlyList<object?> args, Func<int, string, bool> isKept)
    {
        if (args.Count == 0) return descriptor.MessageFormat;
        if (IsOnlyPlaceholders(descriptor.MessageFormat)) return descriptor.Title;
        var redacted = new object?[args.Count];
        for (int i = 0; i < args.Count; i++)
            redacted[i] = args[i] is string text && text.Length > 0 && !isKept(i, text) && !IsNumeric(text) ? Withheld : args[i];
        return descriptor.FormatMessage(redacted);
    }

    /// <summary>
    /// The redacted message of a finding: the form its rule reported, or for messages written without a format (readers,
    /// baselines), the message itself when it quotes nothing and otherwise the rule's title.
    /// </summary>
    public static string MessageOf(Diagnostic d) => d.RedactedMessage ?? Unformatted(d.Message, d.Descriptor.Title);

    /// <summary>A free-text message (a related location's) with the plan's words left out: kept when it quotes nothing.</summary>
    public static string Unformatted(string message, string fallback) =>
        message.AsSpan().IndexOfAny(QuoteCharacters) < 0 ? message : $"{fallback} {Withheld}";

    /// <summary>Whether a text argument looks like a recommendation number or rule id ("7", "1.12", "R3", "PL2002"), not prose.</summary>
    public static bool IsIdLike(string text)
    {
        if (text.Length is 0 or > 16) return false;
        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/' or '(' or ')'))
                return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a text argument is PlanLint's own name for actions ("action 3", "actions 1–7", "actions 2, 5–6"), which
    /// places a finding without quoting the plan.
    /// </summary>
    public static bool IsActionName(string text)
    {
        var rest = text.AsSpan();
        if (rest.StartsWith("actions ", StringComparison.Ordinal)) rest = rest["actions ".Length..];
        else if (rest.StartsWith("action ", StringComparison.Ordinal)) rest = rest["action ".Length..];
        else return false;
        if (rest.IsEmpty || rest.Length > 64) return false;
        foreach (char c in rest)
        {
            if (!(char.IsAsciiDigit(c) || c is ',' or ' ' or '\u2013')) return false;
        }

        return char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[^1]);
    }

    private static bool IsNumeric(string text) =>
        double.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static bool IsOnlyPlaceholders(string format)
    {
        int i = 0;
        while (i < format.Length)
        {
            if (format[i] == '{')
            {
                int close = format.IndexOf('}', i);
                if (close < 0) return false;
                i = close + 1;
            }
            else if (char.IsLetter(format[i]))
            {
                return false;
            }
            else
            {
                i++;
            }
        }

        return true;
    }
}
