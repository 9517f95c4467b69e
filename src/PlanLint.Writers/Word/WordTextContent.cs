using System.Text;
using System.Xml.Linq;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Writers.Word;

/// <summary>
/// Plan and finding text as Word run content. XML cannot hold most control characters (nor lone surrogates), so each
/// becomes U+FFFD, where a reader can see that something was there; tabs become Word tabs; line ends become spaces,
/// because a line break inside a table paragraph would be read as the start of another paragraph.
/// </summary>
internal static class WordTextContent
{
    public const char Replacement = '\uFFFD';

    /// <summary>The children of a run that shows <paramref name="text"/>.</summary>
    public static IEnumerable<XElement> Runs(string text)
    {
        string safe = Safe(text);
        int start = 0;
        for (int i = 0; i <= safe.Length; i++)
        {
            if (i < safe.Length && safe[i] != '\t') continue;
            if (i > start) yield return new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), safe[start..i]);
            if (i < safe.Length) yield return new XElement(W + "tab");
            start = i + 1;
        }
    }

    /// <summary>The text with characters XML cannot hold replaced, and line ends as spaces.</summary>
    public static string Safe(string text)
    {
        int bad = FirstUnsafe(text);
        if (bad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, bad);
        for (int i = bad; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                // "\r\n" is one line end.
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                sb.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(IsXmlChar(c) ? c : Replacement);
            }
        }

        return sb.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n' or '\u2028' or '\u2029') return i;
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return i;
            }
            else if (!IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsXmlChar(char c) => c == '\t' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
