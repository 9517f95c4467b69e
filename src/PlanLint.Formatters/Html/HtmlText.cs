using System.Globalization;
using System.Text;

namespace PlanLint.Formatters.Html;

/// <summary>
/// Text from a plan, a configuration or a rule pack made safe for HTML, in element content and in quoted attribute
/// values alike: markup characters become entities; control, bidirectional-override and invisible characters, which
/// could reorder or hide what a reviewer reads, become a visible code such as [U+202E]; an unpaired surrogate becomes U+FFFD.
/// Line breaks are kept (the stylesheet shows them where they matter).
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, string text) => Append(sb, text, 0, text.Length);

    public static void Append(StringBuilder sb, string text, int start, int length)
    {
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); continue;
                case '<': sb.Append("&lt;"); continue;
                case '>': sb.Append("&gt;"); continue;
                case '"': sb.Append("&quot;"); continue;
                case '\'': sb.Append("&#39;"); continue;
                case '\n' or '\t': sb.Append(c); continue;
                case '\r':
                    if (i + 1 >= end || text[i + 1] != '\n') sb.Append('\n');
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (IsHidden(c))
            {
                sb.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>
    /// Characters that are invisible or change how the text around them is shown: C0 and C1 controls, the bidirectional
    /// marks, embeddings, overrides and isolates, zero-width spaces and joiners' lookalikes, line and paragraph separators.
    /// </summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c)
        || c is '\u061c' or '\u200b' or '\u200e' or '\u200f' or '\u2028' or '\u2029' or '\u2060' or '\ufeff'
        || c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
