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

    /// <summary>
    /// The most cells a line is split into; the last holds the rest of the line, tabs and all. No plan table is near
    /// this wide, and a line of millions of tabs must not become millions of cells (issue 21: 20 MB of tabs took 2.4 GB).
    /// </summary>
    public const int MaxCells = 64;

    public static List<RawCell> Split(string line)
    {
        var cells = new List<RawCell>();
        int start = 0;
        while (true)
        {
            int tab = cells.Count == MaxCells - 1 ? -1 : line.IndexOf('\t', start);
            cells.Add(new RawCell(tab < 0 ? line[start..] : line[start..tab], start + 1));
            if (tab < 0) return cells;
            start = tab + 1;
        }
    }

    /// <summary>How many cells the line has, counted without splitting it.</summary>
    public static int Count(string line) => line.AsSpan().Count('\t') + 1;

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

        // Each <p> runs to its </p>, to the next <p> when unclosed, or to the end of the cell.
        int at = 0;
        while (at < raw.Length)
        {
            int open = raw.IndexOf("<p>", at, StringComparison.OrdinalIgnoreCase);
            if (open < 0) break;
            if (raw.AsSpan(at, open - at).Trim().Length > 0) yield return Trimmed(raw[at..open], at);
            int start = open + 3;
            int close = raw.IndexOf("</p", start, StringComparison.OrdinalIgnoreCase);
            int next = raw.IndexOf("<p>", start, StringComparison.OrdinalIgnoreCase);
            int end = close < 0 ? (next < 0 ? raw.Length : next) : (next >= 0 && next < close ? next : close);
            if (raw.AsSpan(start, end - start).Trim().Length > 0) yield return Trimmed(raw[start..end], start);
            at = end == close ? SkipClosingTag(raw, close) : end;
        }

        if (at < raw.Length && raw.AsSpan(at).Trim().Length > 0) yield return Trimmed(raw[at..], at);
    }

    /// <summary>The position after "&lt;/p&gt;" (or "&lt;/p" cut short at the end of the cell).</summary>
    private static int SkipClosingTag(string raw, int close)
    {
        int gt = raw.IndexOf('>', close);
        int nextOpen = raw.IndexOf('<', close + 1);
        return gt >= 0 && (nextOpen < 0 || gt < nextOpen) ? gt + 1 : close + 3;
    }

    private static (string, int) Trimmed(string text, int offset)
    {
        int lead = text.Length - text.TrimStart().Length;
        return (text.Trim(), offset + lead);
    }

    /// <summary>Removes tags (keeping their text: "6&lt;sup&gt;th&lt;/sup&gt;" is "6th") and decodes entities.</summary>
    public static string Clean(string text) => WebUtility.HtmlDecode(Tag().Replace(text, ""));

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();
}
