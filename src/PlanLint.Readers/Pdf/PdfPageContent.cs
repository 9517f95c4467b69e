namespace PlanLint.Readers.Pdf;

/// <summary>
/// What the reader takes from one PDF page: its words with their boxes and its ruling lines, in points with y growing
/// down the page (top of the page 0), so "above" is a smaller y. Nothing here depends on PdfPig.
/// </summary>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words, IReadOnlyList<Ruling> Rulings);

/// <summary>A word as drawn: its text, its box, the baseline its letters sit on and the size of its type.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double Size, bool Bold)
{
    public double Width => Right - Left;

    public double Middle => (Top + Bottom) / 2;
}

/// <summary>A straight line drawn on the page (a stroked segment or a thin filled rectangle): a table border.</summary>
internal sealed record Ruling(bool Horizontal, double At, double From, double To)
{
    public double Length => To - From;

    /// <summary>Whether the line runs across [<paramref name="from"/>, <paramref name="to"/>], give or take <paramref name="slack"/>.</summary>
    public bool Spans(double from, double to, double slack) => From <= from + slack && To >= to - slack;
}

/// <summary>
/// Rulings at one position, joined: producers draw a table border as one line or as a segment per cell (LibreOffice),
/// or as thin rectangles (Word), so what counts is how much of a stretch the segments together cover.
/// </summary>
internal sealed record RuleLine(double At, IReadOnlyList<(double From, double To)> Segments)
{
    /// <summary>The share of [<paramref name="from"/>, <paramref name="to"/>] the line covers.</summary>
    public double Coverage(double from, double to)
    {
        if (to <= from) return 0;
        double covered = 0, reached = from;
        foreach (var (f, t) in Segments)
        {
            double start = Math.Max(f, reached), end = Math.Min(t, to);
            if (end > start)
            {
                covered += end - start;
                reached = end;
            }
        }

        return covered / (to - from);
    }

    /// <summary>The rulings of one direction joined into lines: positions within 1.5 points are one line; segments that touch are one.</summary>
    public static List<RuleLine> Join(IEnumerable<Ruling> rulings, bool horizontal)
    {
        var lines = new List<RuleLine>();
        var group = new List<Ruling>();
        void Flush()
        {
            if (group.Count == 0) return;
            var segments = new List<(double From, double To)>();
            foreach (var r in group.OrderBy(r => r.From))
            {
                if (segments.Count > 0 && r.From <= segments[^1].To + 1.5) segments[^1] = (segments[^1].From, Math.Max(segments[^1].To, r.To));
                else segments.Add((r.From, r.To));
            }

            lines.Add(new RuleLine(group.Average(r => r.At), segments));
            group.Clear();
        }

        foreach (var ruling in rulings.Where(r => r.Horizontal == horizontal).OrderBy(r => r.At))
        {
            if (group.Count > 0 && ruling.At - group[^1].At > 1.5) Flush();
            group.Add(ruling);
        }

        Flush();
        return lines;
    }
}
