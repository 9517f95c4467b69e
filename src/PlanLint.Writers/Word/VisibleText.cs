using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Writers.Word;

/// <summary>
/// Where a visible character of a paragraph is written: at <see cref="Offset"/> in a <c>w:t</c>, or (offset 0) an element
/// that shows as one character, such as a tab.
/// </summary>
internal readonly record struct TextPoint(OpenXmlElement Source, int Offset);

/// <summary>
/// The text of a paragraph as the Word reader sees it (runs' text, tabs as spaces, line breaks between lines, deleted,
/// moved-away and hidden text, field codes, drawings and text boxes left out; white space collapsed), with the place in the
/// XML each character comes from, so that a phrase the reader reported can be found again in the runs.
/// </summary>
internal sealed class VisibleText
{
    private readonly List<List<(char Char, TextPoint Point)>> lines = [[]];

    private VisibleText(W.Paragraph paragraph)
    {
        Walk(paragraph);
        var text = new StringBuilder();
        var points = new List<TextPoint?>();
        foreach (var line in lines)
        {
            // Each line collapsed on its own; lines that show nothing are skipped and the rest joined by one space, as WordText.Text does.
            bool pendingSpace = false;
            bool lineStarted = false;
            foreach (var (c, point) in line)
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
                points.Add(point);
            }
        }

        Text = text.ToString();
        Points = points;
        LineTexts = [.. lines.Select(l => Collapse(string.Concat(l.Select(x => x.Char))))];
    }

    /// <summary>The paragraph's text, its lines joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>Where each character of <see cref="Text"/> is written; null for the spaces collapsing put in.</summary>
    public IReadOnlyList<TextPoint?> Points { get; }

    /// <summary>Each line's text (lines are split by line breaks), empty lines included.</summary>
    public IReadOnlyList<string> LineTexts { get; }

    public static VisibleText Of(W.Paragraph paragraph) => new(paragraph);

    /// <summary>The first and last written character of a line, or null when the line shows nothing.</summary>
    public (TextPoint First, TextPoint Last)? LineRange(int line)
    {
        if (line < 1 || line > lines.Count) return null;
        var chars = lines[line - 1].Where(x => !char.IsWhiteSpace(x.Char)).ToList();
        return chars.Count == 0 ? null : (chars[0].Point, chars[^1].Point);
    }

    /// <summary>
    /// The first and last written character of <paramref name="phrase"/> in the text (white space compared collapsed),
    /// taking the occurrence that starts nearest <paramref name="near"/>; null when it is not there.
    /// </summary>
    public (TextPoint First, TextPoint Last)? Find(string phrase, int near)
    {
        string wanted = Collapse(phrase);
        if (wanted.Length == 0) return null;
        int best = -1;
        for (int at = Text.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - near) < Math.Abs(best - near)) best = at;
        }

        if (best < 0) return null;
        return Points[best] is { } first && Points[best + wanted.Length - 1] is { } last ? (first, last) : null;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private void Walk(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.Text text:
                    for (int i = 0; i < text.Text.Length; i++) lines[^1].Add((text.Text[i], new TextPoint(text, i)));
                    break;
                case W.TabChar or W.PositionalTab:
                    lines[^1].Add((' ', new TextPoint(child, 0)));
                    break;
                case W.Break br when br.Type is null || br.Type.Value == W.BreakValues.TextWrapping:
                case W.CarriageReturn:
                    lines.Add([]);
                    break;
                case W.Break:
                    lines[^1].Add((' ', new TextPoint(child, 0)));
                    break;
                case W.NoBreakHyphen:
                    lines[^1].Add(('-', new TextPoint(child, 0)));
                    break;
                case W.Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value):
                    // Hidden text is not drawn, so a phrase is never found in it.
                    break;
                case W.ParagraphProperties or W.RunProperties or W.DeletedRun or W.MoveFromRun or W.Drawing or W.Picture
                    or W.EmbeddedObject or AlternateContent or W.FieldCode or W.DeletedText:
                    break;
                default:
                    Walk(child);
                    break;
            }
        }
    }
}
