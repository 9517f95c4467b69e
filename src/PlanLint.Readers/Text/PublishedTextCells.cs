using System.Net;
using System.Text.RegularExpressions;
using PlanLint.Model;
using PlanLint.Readers.Tables;

namespace PlanLint.Readers.Text;

/// <summary>
/// One line of a published plan's text: cells separated by tabs, paragraphs written as &lt;p&gt;…&lt;/p&gt;,
/// with HTML left over from conversion (&lt;sup&gt;, &lt;i&gt;, &amp;amp;) removed. Columns are 1-based UTF-16 positions.
/// </summary>
internal static partial class PublishedTextCells
{
    public sealed record RawCell(string Raw, int Column);

    public static List<RawCell> Split(string line)
    {
        var cells = new List<RawCell>();
        int start = 0;
        while (true)
        {
            int tab = line.IndexOf('\t', start);
            cells.Add(new RawCell(tab < 0 ? line[start..] : line[start..tab], start + 1));
            if (tab < 0) return cells;
            start = tab + 1;
        }
    }

    public static TableCell ToCell(string path, int line, RawCell cell)
    {
        var location = new SourceLocation(path, line, cell.Column, line, cell.Column + cell.Raw.Length);
        return new TableCell([.. Paragraphs(cell.Raw).Select(p => new TableParagraph(
            Clean(p.Text),
            new SourceLocation(path, line, cell.Column + p.Offset, line, cell.Column + p.Offset + p.Text.Length)))], location);
    }

    /// <summary>The cell's paragraphs with their offsets: each &lt;p&gt;…&lt;/p&gt;, and any text outside them.</summary>
    private static IEnumerable<(string Text, int Offset)> Paragraphs(string raw)
    {
        if (!raw.Contains("<p>", StringComparison.OrdinalIgnoreCase))
        {
            if (raw.Trim().Length > 0) yield return Trimmed(raw, 0);
            yield break;
        }

        int at = 0;
        foreach (Match m in Paragraph().Matches(raw))
        {
            if (raw[at..m.Index].Trim().Length > 0) yield return Trimmed(raw[at..m.Index], at);
            var content = m.Groups[1];
            if (content.Value.Trim().Length > 0) yield return Trimmed(content.Value, content.Index);
            at = m.Index + m.Length;
        }

        if (raw[at..].Trim().Length > 0) yield return Trimmed(raw[at..], at);
    }

    private static (string, int) Trimmed(string text, int offset)
    {
        int lead = text.Length - text.TrimStart().Length;
        return (text.Trim(), offset + lead);
    }

    /// <summary>Removes tags (keeping their text: "6&lt;sup&gt;th&lt;/sup&gt;" is "6th") and decodes entities.</summary>
    public static string Clean(string text) => WebUtility.HtmlDecode(Tag().Replace(text, ""));

    [GeneratedRegex(@"<p>(.*?)(?:</p\s*>|</p\s*$|(?=<p>)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();
}
