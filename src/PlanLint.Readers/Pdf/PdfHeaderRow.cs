using PlanLint.Readers.Tables;

namespace PlanLint.Readers.Pdf;

/// <summary>
/// A plan table's header row found on a page: the lines it spans, the columns its cells name (by
/// <see cref="TableHeaders"/>, as in every format) and where each column starts and ends across the page.
/// </summary>
internal sealed record PdfHeaderRow(int Page, double Top, double Bottom, TableColumns Columns, IReadOnlyList<double> Bounds, IReadOnlyList<TextLine> Lines)
{
    /// <summary>Whether the table's right edge is a drawn line (else the last bound is the page's edge).</summary>
    public bool RightRuled { get; init; }

    public int ColumnCount => Bounds.Count - 1;

    /// <summary>The column a word starting at <paramref name="left"/> falls in, or -1 left of the table.</summary>
    public int ColumnAt(double left)
    {
        if (left < Bounds[0] - 2) return -1;
        for (int c = 0; c < ColumnCount; c++)
        {
            if (left < Bounds[c + 1] - 1) return c;
        }

        return ColumnCount - 1;
    }

    /// <summary>
    /// Looks for a header row on a page: a band of up to five lines close together whose text, gathered into the
    /// columns its x-ranges make, names the plan columns. Columns are bounded by the vertical rulings between the
    /// header cells where the page draws them, else by the widest empty strip between them in the text below.
    /// </summary>
    public static PdfHeaderRow? Find(PdfPageContent page, IReadOnlyList<TextLine> lines)
    {
        for (int start = 0; start < lines.Count; start++)
        {
            for (int end = start; end < Math.Min(lines.Count, start + 5); end++)
            {
                if (end > start && lines[end].Baseline - lines[end - 1].Baseline > 2.2 * lines[end].Size) break;
                var band = lines.Skip(start).Take(end - start + 1).ToList();
                var cells = Cells(band);
                if (cells.Count < 5 || TableHeaders.ColumnsOf([.. cells.Select(c => c.Text)]) is not { } columns) continue;

                band = Extend(page, lines, band, end, cells);
                var extendedCells = Cells(band);
                if (extendedCells.Count == cells.Count && TableHeaders.ColumnsOf([.. extendedCells.Select(c => c.Text)]) is { } extended)
                    (cells, columns) = (extendedCells, extended);
                double top = band.Min(l => l.Top), bottom = BottomOf(page, band, cells);
                var (bounds, rightRuled) = ColumnBounds(page, lines, cells, top, bottom);
                return new PdfHeaderRow(page.Number, top, bottom, columns, bounds, band) { RightRuled = rightRuled };
            }
        }

        return null;
    }

    private sealed record HeaderCell(double Left, double Right, string Text);

    /// <summary>The band's text gathered into cells: runs of words with less than most of a type size between them, merged where they overlap across lines.</summary>
    private static List<HeaderCell> Cells(IReadOnlyList<TextLine> band)
    {
        var runs = new List<(double Left, double Right, int Line, string Text)>();
        for (int i = 0; i < band.Count; i++)
        {
            var words = band[i].Words;
            int from = 0;
            for (int w = 1; w <= words.Count; w++)
            {
                if (w < words.Count && words[w].Left - words[w - 1].Right < 0.8 * band[i].Size) continue;
                var run = words.Skip(from).Take(w - from).ToList();
                runs.Add((run[0].Left, run[^1].Right, i, PdfLines.Text([new TextLine(band[i].Page, run)])));
                from = w;
            }
        }

        var cells = new List<List<(double Left, double Right, int Line, string Text)>>();
        foreach (var run in runs.OrderBy(r => r.Left))
        {
            var cell = cells.FirstOrDefault(c => c.Min(r => r.Left) < run.Right && run.Left < c.Max(r => r.Right));
            if (cell is null) cells.Add([run]);
            else cell.Add(run);
        }

        return [.. cells.Select(c => new HeaderCell(c.Min(r => r.Left), c.Max(r => r.Right),
            string.Join(" ", c.OrderBy(r => r.Line).ThenBy(r => r.Left).Select(r => r.Text)))).OrderBy(c => c.Left)];
    }

    /// <summary>
    /// A header cell's text may wrap past the line where the header is first recognised: where the page rules the
    /// header row, it runs to the ruling below; otherwise on through the lines set in the header's (bold) type.
    /// </summary>
    private static List<TextLine> Extend(PdfPageContent page, IReadOnlyList<TextLine> lines, List<TextLine> band, int end, List<HeaderCell> cells)
    {
        double left = cells[0].Left, right = cells[^1].Right, top = band[0].Top;
        var ruling = RuleLine.Join(page.Rulings, horizontal: true).FirstOrDefault(r => r.At > band[^1].Baseline - 1 && r.Coverage(left, right) > 0.9);
        // A header set in bold continues only in bold: the room left in a cell is an estimate, the type is not.
        bool bold = band.All(l => l.Words.All(w => w.Bold));
        for (int next = end + 1; next < lines.Count; next++)
        {
            var line = lines[next];
            bool within = ruling is not null
                ? line.Bottom <= ruling.At + 1
                : line.Baseline - band[^1].Baseline <= 1.6 * line.Size && (!bold || line.Words.All(w => w.Bold)) && WrapsOn(band, line, cells);
            if (!within || line.Top < top) break;
            band.Add(line);
        }

        return band;
    }

    /// <summary>
    /// Whether every word of <paramref name="line"/> continues a header cell that wrapped: it sits under a cell whose last
    /// line would not have had room for it (the room being up to the next cell's start). A short heading below the
    /// header ("Priority concerns") would have fitted beside its cell's text, so it is not the header's.
    /// </summary>
    private static bool WrapsOn(List<TextLine> band, TextLine line, List<HeaderCell> cells)
    {
        foreach (var word in line.Words)
        {
            int cell = cells.FindIndex(c => word.Left < c.Right + line.Size && word.Right > c.Left - line.Size);
            if (cell < 0) return false;
            double room = (cell + 1 < cells.Count ? cells[cell + 1].Left - line.Size : double.MaxValue) - cells[cell].Left;
            var above = band.Select(l => l.Words.Where(w => w.Left < cells[cell].Right + 1 && w.Right > cells[cell].Left - 1).ToList()).LastOrDefault(ws => ws.Count > 0);
            if (above is null) return false;
            var first = line.Words.First(w => w.Left < cells[cell].Right + line.Size && w.Right > cells[cell].Left - line.Size);
            if (above[^1].Right - above[0].Left + 0.25 * line.Size + first.Width < room) return false;
        }

        return true;
    }

    private static double BottomOf(PdfPageContent page, List<TextLine> band, List<HeaderCell> cells)
    {
        double textBottom = band.Max(l => l.Bottom);
        var ruling = RuleLine.Join(page.Rulings, horizontal: true)
            .FirstOrDefault(r => r.At >= textBottom - 1 && r.At < textBottom + 2 * band[^1].Size && r.Coverage(cells[0].Left, cells[^1].Right) > 0.9);
        return ruling?.At ?? textBottom;
    }

    /// <summary>Column bounds: the table's left edge, the line between each pair of header cells, and its right edge.</summary>
    private static (List<double> Bounds, bool RightRuled) ColumnBounds(PdfPageContent page, IReadOnlyList<TextLine> lines, List<HeaderCell> cells, double top, double bottom)
    {
        var verticals = RuleLine.Join(page.Rulings, horizontal: false).Where(r => r.Coverage(top + 1, bottom - 1) > 0.9).Select(r => r.At).ToList();
        var below = lines.Where(l => l.Top > bottom).SelectMany(l => l.Words).ToList();
        var bounds = new List<double>();
        var leftRule = verticals.Where(x => x < cells[0].Left + 0.5).DefaultIfEmpty(double.NaN).Max();
        bounds.Add(double.IsNaN(leftRule) ? cells[0].Left - 1 : leftRule);
        for (int i = 0; i + 1 < cells.Count; i++)
        {
            double from = cells[i].Right, to = cells[i + 1].Left;
            var rule = verticals.Where(x => x > from - 1 && x < to + 1).ToList();
            bounds.Add(rule.Count > 0 ? rule.MinBy(x => Math.Abs(x - (from + to) / 2)) : Gutter(below, from, to));
        }

        var rightRule = verticals.Where(x => x > cells[^1].Right - 0.5).DefaultIfEmpty(double.NaN).Min();
        bounds.Add(double.IsNaN(rightRule) ? page.Width : rightRule);
        return (bounds, !double.IsNaN(rightRule));
    }

    /// <summary>
    /// Where between two header cells the column boundary runs when nothing is drawn: the middle of the widest strip
    /// that no word below crosses (so a long word in either column decides it), else the middle of the gap.
    /// </summary>
    internal static double Gutter(List<PdfWord> below, double from, double to)
    {
        if (to <= from) return (from + to) / 2;
        var crossing = below.Where(w => w.Right > from && w.Left < to).ToList();
        double bestStart = from, bestLength = -1, runStart = double.NaN;
        int steps = (int)Math.Ceiling((to - from) / 0.5);
        for (int i = 0; i <= steps; i++)
        {
            double x = Math.Min(from + i * 0.5, to);
            bool free = i < steps && !crossing.Any(w => w.Left - 0.5 < x && x < w.Right + 0.5);
            if (free && double.IsNaN(runStart)) runStart = x;
            if (!free && !double.IsNaN(runStart))
            {
                if (x - runStart > bestLength) (bestStart, bestLength) = (runStart, x - runStart);
                runStart = double.NaN;
            }
        }

        return bestLength > 0 ? bestStart + bestLength / 2 : (from + to) / 2;
    }
}
