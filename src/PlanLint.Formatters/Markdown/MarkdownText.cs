using System.Globalization;
using System.Text;
using PlanLint.Formatters.Html;

namespace PlanLint.Formatters.Markdown;

/// <summary>
/// Text from a plan, a configuration or a rule pack made inert in GitHub-flavoured Markdown, for one line of a table cell
/// or a list item: it cannot start a table cell (|), emphasis, a link, an image, code, math or HTML, cannot mention a
/// person or team (@name), refer to an issue (#123, GH-123) or spread over lines. Invisible and bidirectional-override
/// characters are shown as [U+XXXX], as in the HTML report.
/// </summary>
public static class MarkdownText
{
    /// <summary>Breaks "@name" and "#123" without changing what a reader sees: GitHub links neither across a zero-width space.</summary>
    private const char Breaker = '\u200b';

    /// <summary>The characters that mean something inside a line of GitHub-flavoured Markdown; none of this text starts a line.</summary>
    private const string Escaped = "\\`*_[]<>|~&$";

    public static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n' or '\t' or '\u2028' or '\u2029')
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
                continue;
            }

            if (HtmlText.IsHidden(c))
            {
                sb.Append("\\[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append("\\]");
                continue;
            }

            if (Escaped.Contains(c)) sb.Append('\\');
            sb.Append(c);
            if (c == '@' || (c == '#' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])))
                sb.Append(Breaker);
            else if (c is 'H' or 'h' && i > 0 && text[i - 1] is 'G' or 'g' && i + 1 < text.Length && text[i + 1] == '-')
                sb.Append(Breaker);
        }

        return sb.ToString().Trim();
    }
}
