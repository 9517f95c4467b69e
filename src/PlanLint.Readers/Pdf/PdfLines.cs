using System.Text;

namespace PlanLint.Readers.Pdf;

/// <summary>One line of text as drawn: words side by side on one baseline (a raised, smaller ordinal "th" included).</summary>
internal sealed class TextLine
{
    public TextLine(int page, IReadOnlyList<PdfWord> words)
    {
        Page = page;
        Words = [.. words.OrderBy(w => w.Left)];
        var main = Words.MaxBy(w => w.Size)!;
        Size = main.Size;
        Baseline = main.Baseline;
        Top = Words.Min(w => w.Top);
        Bottom = Words.Max(w => w.Bottom);
    }

    public int Page { get; }
    public IReadOnlyList<PdfWord> Words { get; }
    public double Size { get; }
    public double Baseline { get; }
    public double Top { get; }
    public double Bottom { get; }
    public double Left => Words[0].Left;
    public double Right => Words[^1].Right;
    public double Width => Right - Left;

    /// <summary>The space between words on this line, measured where it can be, else a quarter of the type size.</summary>
    public double SpaceWidth
    {
        get
        {
            var gaps = Words.Zip(Words.Skip(1), (a, b) => b.Left - a.Right).Where(g => g > 0.1 * Size && g < Size).Order().ToList();
            return gaps.Count > 0 ? gaps[gaps.Count / 2] : 0.25 * Size;
        }
    }

    /// <summary>The words joined by a space, except where they touch (an ordinal "14" + "th", a word split into two runs).</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Words[0].Text);
            for (int i = 1; i < Words.Count; i++)
            {
                if (Words[i].Left - Words[i - 1].Right > 0.08 * Size) text.Append(' ');
                text.Append(Words[i].Text);
            }

            return text.ToString();
        }
    }

    public override string ToString() => $"p{Page} {Baseline:0.0}: {Text}";
}

internal static class PdfLines
{
    /// <summary>Groups words into lines: a word joins a line when its type's height overlaps the line's by half.</summary>
    public static List<TextLine> Group(int page, IEnumerable<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        var bands = new List<(double Top, double Bottom)>();
        foreach (var word in words.OrderBy(w => w.Top).ThenBy(w => w.Left))
        {
            int found = -1;
            for (int i = lines.Count - 1; i >= Math.Max(0, lines.Count - 3); i--)
            {
                var (top, bottom) = bands[i];
                double overlap = Math.Min(bottom, word.Bottom) - Math.Max(top, word.Top);
                if (overlap >= 0.5 * Math.Min(bottom - top, word.Bottom - word.Top))
                {
                    found = i;
                    break;
                }
            }

            if (found < 0)
            {
                lines.Add([word]);
                bands.Add((word.Top, word.Bottom));
            }
            else
            {
                lines[found].Add(word);
                // The band is the line's main type, so a raised ordinal does not stretch it into the line above.
                var main = lines[found].MaxBy(w => w.Size)!;
                bands[found] = (main.Top, main.Bottom);
            }
        }

        return [.. lines.Select(l => new TextLine(page, l)).OrderBy(l => l.Baseline).ThenBy(l => l.Left)];
    }

    /// <summary>
    /// Lines of one cell (or one column of text) into paragraphs, by what the page shows: a gap wider than the line
    /// pitch, a line that starts with a bullet, or a line above that stopped short
    /// (its next word would have fitted in <paramref name="textWidth"/>, so the line ended because the paragraph did).
    /// A line broken after a hyphen ("well-" / "being") is joined without a space.
    /// </summary>
    public static List<List<TextLine>> Paragraphs(IReadOnlyList<TextLine> lines, double textWidth, double pitch)
    {
        var paragraphs = new List<List<TextLine>>();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is null || StartsParagraph(previous, line, textWidth, pitch)) paragraphs.Add([]);
            paragraphs[^1].Add(line);
            previous = line;
        }

        return paragraphs;
    }

    public static bool StartsParagraph(TextLine previous, TextLine line, double textWidth, double pitch)
    {
        if (IsBullet(line.Words[0].Text)) return true;
        if (line.Page == previous.Page && line.Baseline - previous.Baseline > 1.3 * pitch) return true;

        // Would the first word of this line have fitted at the end of the one above? Then that line ended a paragraph.
        double needed = previous.Width + previous.SpaceWidth + line.Words[0].Width;
        return needed < textWidth - 0.5;
    }

    /// <summary>
    /// The text of a paragraph's lines, joined by spaces, except after a hyphen or slash that ends a word ("well-" /
    /// "being", "Governor/" / "Oxleas") and where a word
    /// too long for its line was broken inside it: a line of that one word, filled to within a letter of the text width,
    /// followed by a line that starts lower-case ("Complete" / "d" in a narrow date column).
    /// </summary>
    public static string Text(IReadOnlyList<TextLine> lines, double textWidth = double.MaxValue)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string part = line.Text;
            if (i > 0 && lines[i - 1] is { Words.Count: 1 } above && above.Width >= textWidth - 0.6 * above.Size
                && part.Length > 0 && char.IsLower(part[0]) && char.IsLetter(text[^1]))
            {
                text.Append(part);
                continue;
            }

            if (text.Length > 1 && text[^1] == '/' && !char.IsWhiteSpace(text[^2]) && part.Length > 0 && char.IsLetterOrDigit(part[0]))
            {
                text.Append(part);
                continue;
            }

            if (text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && part.Length > 0 && char.IsLetter(part[0])
                && !char.IsWhiteSpace(text[^2]))
            {
                text.Append(part);
                continue;
            }

            if (text.Length > 0) text.Append(' ');
            text.Append(part);
        }

        return text.ToString();
    }

    /// <summary>A bullet glyph Word or LibreOffice draws before a list item (U+F0B7 is Symbol's bullet, as Word embeds it).</summary>
    private static bool IsBullet(string word) => word is "•" or "◦" or "▪" or "■" or "●" or "○" or "\uF0B7";
}
