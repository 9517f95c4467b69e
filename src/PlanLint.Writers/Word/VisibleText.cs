using System.Text;
using System.Xml.Linq;
using PlanLint.Readers.Word;

namespace PlanLint.Writers.Word;

/// <summary>
/// Where a visible character of a paragraph is written: at <see cref="Offset"/> in a <c>w:t</c>, or (offset 0) an element
/// that shows as one character, such as a tab.
/// </summary>
internal readonly record struct TextPoint(XElement Source, int Offset);

/// <summary>
/// The text of a paragraph exactly as the Word reader draws it (<see cref="WordText"/>: list label, revisions, hidden
/// text, field results, content controls, alternate content; white space collapsed), with the place in the XML each
/// character comes from, so that a phrase the reader reported can be found again in the runs.
/// </summary>
internal sealed class VisibleText
{
    private readonly IReadOnlyList<IReadOnlyList<WordText.TracedChar>> lines;

    private VisibleText(WordText drawing, WordParagraph paragraph)
    {
        (lines, string? label, bool spaced) = drawing.Trace(paragraph);
        var text = new StringBuilder();
        var points = new List<TextPoint?>();
        foreach (var line in lines)
        {
            // Each line collapsed on its own; lines that show nothing are skipped and the rest joined by one space, as WordText draws them.
            bool pendingSpace = false;
            bool lineStarted = false;
            foreach (var (c, source, offset) in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = lineStarted;
                    continue;
                }

                if ((pendingSpace || !lineStarted) && text.Length > 0)
                {
                    text.Append(' ');
                    points.Add(null);
                }

                pendingSpace = false;
                lineStarted = true;
                text.Append(c);
                points.Add(source is null ? null : new TextPoint(source, offset));
            }
        }

        if (label is not null)
        {
            // The list label is drawn, not written: a phrase can include it, but nothing can be anchored on it.
            string before = text.Length == 0 ? label : label + (spaced ? " " : "");
            text.Insert(0, before);
            points.InsertRange(0, Enumerable.Repeat<TextPoint?>(null, before.Length));
        }

        Text = text.ToString();
        Points = points;
    }

    /// <summary>The paragraph's text, its lines joined by single spaces, after its list label.</summary>
    public string Text { get; }

    /// <summary>Where each character of <see cref="Text"/> is written; null for the spaces collapsing put in and for the list label.</summary>
    public IReadOnlyList<TextPoint?> Points { get; }

    public static VisibleText Of(WordText drawing, WordParagraph paragraph) => new(drawing, paragraph);

    /// <summary>The first and last written character of a line, or null when the line shows nothing.</summary>
    public (TextPoint First, TextPoint Last)? LineRange(int line)
    {
        if (line < 1 || line > lines.Count) return null;
        var written = lines[line - 1].Where(x => !char.IsWhiteSpace(x.Char))
            .Select(x => x.Source is { } source ? new TextPoint(source, x.Offset) : (TextPoint?)null).OfType<TextPoint>().ToList();
        return written.Count == 0 ? null : (written[0], written[^1]);
    }

    /// <summary>
    /// The first and last written character of <paramref name="phrase"/> in the text (white space compared collapsed),
    /// taking the occurrence that starts nearest <paramref name="near"/>; null when it is not there.
    /// </summary>
    public (TextPoint First, TextPoint Last)? Find(string phrase, int near) => Find(Text, Points, phrase, near);

    /// <summary>
    /// <see cref="Find(string, int)"/> in paragraphs read as one text, those that show something joined by one space, as
    /// the reader joins an action's steps: the phrase may start in one and end in another.
    /// </summary>
    public static (TextPoint First, TextPoint Last)? Find(IEnumerable<VisibleText> paragraphs, string phrase, int near)
    {
        var text = new StringBuilder();
        var points = new List<TextPoint?>();
        foreach (var paragraph in paragraphs.Where(p => p.Text.Length > 0))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
                points.Add(null);
            }

            text.Append(paragraph.Text);
            points.AddRange(paragraph.Points);
        }

        return Find(text.ToString(), points, phrase, near);
    }

    private static (TextPoint First, TextPoint Last)? Find(string text, IReadOnlyList<TextPoint?> points, string phrase, int near)
    {
        string wanted = Collapse(phrase);
        if (wanted.Length == 0) return null;
        int best = -1;
        for (int at = text.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - near) < Math.Abs(best - near)) best = at;
        }

        if (best < 0) return null;
        return points[best] is { } first && points[best + wanted.Length - 1] is { } last ? (first, last) : null;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
