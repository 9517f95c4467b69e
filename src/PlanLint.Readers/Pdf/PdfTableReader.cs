using System.Globalization;
using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;

namespace PlanLint.Readers.Pdf;

/// <summary>
/// Lays a PDF's pages out as a <see cref="PlanTable"/>, from the page alone: the header row names the columns and its
/// x-ranges bound them; rows come from the table's ruling lines where the page draws them (a column without a ruling
/// at a row's top is a cell merged with the one above; a row without rulings between columns is one cell across
/// them), and from where each recommendation number starts where it does not; a header row repeated on a page is
/// skipped, and a row cut by a page break is joined to its start. Paragraphs within a cell come from line spacing,
/// bullets and lines that stop short (<see cref="PdfLines"/>). Where owner and date paragraphs each sit beside the
/// start of an action, but their counts differ, the row is read by those positions (an action with nothing beside it
/// has no owner), which a text extraction cannot tell.
/// </summary>
internal sealed partial class PdfTableReader
{
    private readonly string path;
    private readonly IReadOnlyList<PdfPageContent> pages;
    private readonly List<TextLine>[] pageLines;

    private PdfTableReader(string path, IReadOnlyList<PdfPageContent> pages)
    {
        this.path = path;
        this.pages = pages;
        pageLines = [.. pages.Select(p => PdfLines.Group(p.Number, p.Words))];
    }

    public sealed record Result(PlanHeader Header, PlanTable Table, IReadOnlyList<Diagnostic> HeaderDiagnostics);

    /// <summary>A row as the page draws it: lines per column (in column order), before they become paragraphs.</summary>
    private sealed class Band(int page, int columns)
    {
        public int Page { get; set; } = page;
        public int Row { get; set; }
        public List<TextLine>[] Cells { get; } = [.. Enumerable.Range(0, columns).Select(_ => new List<TextLine>())];
        public bool[] MergedFromAbove { get; } = new bool[columns];
        public bool Ruled { get; init; }

        /// <summary>A section heading's row, cut out of an unruled band: it starts something, so it continues nothing.</summary>
        public bool Heading { get; init; }

        public bool IsEmpty => Cells.All(c => c.Count == 0);
    }

    public static (Result? Result, string? Problem) Read(string path, IReadOnlyList<PdfPageContent> pages)
    {
        var reader = new PdfTableReader(path, pages);
        var headers = new PdfHeaderRow?[pages.Count];
        int first = -1;
        for (int i = 0; i < pages.Count; i++)
        {
            headers[i] = PdfHeaderRow.Find(pages[i], reader.pageLines[i]);
            if (first < 0 && headers[i] is not null) first = i;
        }

        if (first < 0)
        {
            return (null, "The PDF has no plan table: no page has a header row naming Rec No, Concern or Recommendation, "
                + "Response Action Taken/Planned, Responsible Owner and Target Date.");
        }

        var (header, headerDiagnostics) = PlanHeaderParser.Parse(reader.TitleLines(first, headers[first]!));
        var table = reader.Table(first, headers);
        return (new Result(header, table, headerDiagnostics), null);
    }

    /// <summary>The text above the plan table, as paragraphs located by page and paragraph.</summary>
    private List<HeaderLine> TitleLines(int first, PdfHeaderRow header)
    {
        var result = new List<HeaderLine>();
        for (int i = 0; i <= first; i++)
        {
            var lines = pageLines[i].Where(l => i < first || l.Bottom < header.Top).ToList();
            if (lines.Count == 0) continue;
            // Title paragraphs run across the page between equal margins.
            double width = Math.Max(lines.Max(l => l.Width), pages[i].Width - 2 * lines.Min(l => l.Left));
            double pitch = Pitch(lines.Zip(lines.Skip(1), (a, b) => b.Baseline - a.Baseline), lines.Average(l => l.Size));
            int number = 0;
            foreach (var paragraph in PdfLines.Paragraphs(lines, width, pitch))
            {
                number++;
                result.Add(new HeaderLine(PdfLines.Text(paragraph), SourceLocation.At(path, DocumentPlace.OfParagraph(number, pages[i].Number))));
            }
        }

        return result;
    }

    private PlanTable Table(int first, PdfHeaderRow?[] headers)
    {
        var columnsHeader = headers[first]!;
        int columnCount = columnsHeader.ColumnCount;
        var running = RunningLines(headers);
        var bands = new List<Band>();
        PdfHeaderRow current = columnsHeader;
        for (int i = first; i < pages.Count; i++)
        {
            if (headers[i] is { } h && h.ColumnCount == columnCount) current = h;
            var pageHeader = headers[i];
            double top = pageHeader?.Bottom ?? 0;
            var words = pages[i].Words.Where(w => w.Middle > top + 0.5 && !running.Contains((i, w)) && current.ColumnAt(w.Left) >= 0).ToList();
            bands.AddRange(PageBands(pages[i], current, words, pageHeader is not null));
        }

        var rows = Rows(bands, columnCount, current, [.. Enumerable.Range(0, pages.Count).Where(i => headers[i] is not null).Select(i => pages[i].Number)]);
        // Ruling lines say which cells continue the one above (no rule between them) and which are blank: as Word's
        // vMerge does. Only an unruled page leaves a blank below an entry undecided, however rare its blanks.
        bool ruled = bands.Count > 0 && bands.All(b => b.Ruled);
        return new PlanTable(columnsHeader.Columns, rows, SourceLocation.At(path, new DocumentPlace(Page: pages[first].Number)))
        {
            MergedCellsMarked = ruled,
            BlanksBelowEntriesUndecided = !ruled,
            BlanksWithinACellUnmarked = true,
        };
    }

    /// <summary>
    /// Running heads and footers (a page number, the plan's title) are lines at the same height with the same text,
    /// digits aside, on several pages, in the top or bottom eighth of the page: not part of the table.
    /// </summary>
    private HashSet<(int Page, PdfWord Word)> RunningLines(PdfHeaderRow?[] headers)
    {
        var seen = new Dictionary<(int Height, string Text), List<(int Page, TextLine Line)>>();
        for (int i = 0; i < pages.Count; i++)
        {
            foreach (var line in pageLines[i])
            {
                bool margin = line.Top < pages[i].Height / 8 || line.Bottom > pages[i].Height * 7 / 8;
                if (!margin || headers[i] is { } h && line.Top >= h.Top - 1 && line.Bottom <= h.Bottom + 1) continue;
                var key = ((int)Math.Round(line.Top / 2), Digits().Replace(line.Text, "#"));
                if (!seen.TryGetValue(key, out var list)) seen[key] = list = [];
                list.Add((i, line));
            }
        }

        var running = new HashSet<(int, PdfWord)>();
        foreach (var list in seen.Values.Where(l => l.Select(x => x.Page).Distinct().Count() >= 2))
        {
            foreach (var (page, line) in list)
            {
                foreach (var word in line.Words) running.Add((page, word));
            }
        }

        return running;
    }

    /// <summary>
    /// The rows one page draws: between horizontal rulings that run across the table where it has them, else one band
    /// for the whole page (cut into rows later, where recommendation numbers start).
    /// </summary>
    private static List<Band> PageBands(PdfPageContent page, PdfHeaderRow header, List<PdfWord> words, bool hasHeader)
    {
        int columns = header.ColumnCount;
        double left = header.Bounds[0], right = header.Bounds[^1];
        double top = hasHeader ? header.Bottom - 1 : 0;
        var rules = RuleLine.Join(page.Rulings, horizontal: true)
            .Where(r => r.At >= top && r.Coverage(left, right) > 0.02)
            .ToList();
        var across = rules.Where(r => Enumerable.Range(0, columns).Any(c => r.Coverage(header.Bounds[c] + 2, header.Bounds[c + 1] - 2) > 0.8)).ToList();
        var verticals = RuleLine.Join(page.Rulings, horizontal: false);

        if (across.Count < 2)
        {
            var band = new Band(page.Number, columns);
            Place(band, header, words);
            return band.IsEmpty ? [] : [band];
        }

        var bands = new List<Band>();
        var columnTop = new int[columns];
        for (int b = 0; b + 1 < across.Count; b++)
        {
            double y0 = across[b].At, y1 = across[b + 1].At;
            if (y1 - y0 < 2) continue;
            var band = new Band(page.Number, columns) { Ruled = true };
            for (int c = 0; c < columns; c++)
            {
                bool ruledAbove = across[b].Coverage(header.Bounds[c] + 2, header.Bounds[c + 1] - 2) > 0.8;
                if (ruledAbove || bands.Count == 0) columnTop[c] = bands.Count;
                else band.MergedFromAbove[c] = true;
            }

            bands.Add(band);
            var inside = words.Where(w => w.Middle > y0 && w.Middle < y1).ToList();
            // Cells merged across: no vertical ruling between two columns over this row's height.
            var joinedTo = new int[columns];
            for (int c = 0; c < columns; c++)
            {
                bool ruledBetween = c == 0 || verticals.Any(v => Math.Abs(v.At - header.Bounds[c]) < 2 && v.Coverage(y0 + 1, y1 - 1) > 0.8);
                joinedTo[c] = ruledBetween ? c : joinedTo[c - 1];
            }

            bool spanningHeading = joinedTo.Distinct().Count() < columns && inside.Count > 0
                && inside.Select(w => joinedTo[header.ColumnAt(w.Left)]).Distinct().Count() == 1
                && joinedTo.Count(j => j == joinedTo[header.ColumnAt(inside[0].Left)]) > 1;
            foreach (var group in inside.GroupBy(w =>
                     {
                         int c = joinedTo[header.ColumnAt(w.Left)];
                         return spanningHeading ? header.Columns.Concern : c;
                     }))
            {
                int target = band.MergedFromAbove[group.Key] ? columnTop[group.Key] : bands.Count - 1;
                bands[target].Cells[group.Key].AddRange(PdfLines.Group(page.Number, group));
            }
        }

        foreach (var band in bands)
        {
            for (int c = 0; c < columns; c++)
                band.Cells[c].Sort((a, b) => a.Baseline.CompareTo(b.Baseline));
        }

        return bands;
    }

    /// <summary>
    /// Words of an unruled page into the band's columns. A line that is one phrase running across a column boundary
    /// (a word straddles it, or the gap there is an ordinary space) is a heading and goes in the concern column.
    /// </summary>
    private static void Place(Band band, PdfHeaderRow header, List<PdfWord> words)
    {
        foreach (var line in PdfLines.Group(band.Page, words))
        {
            if (IsSpanningPhrase(line, header))
            {
                band.Cells[header.Columns.Concern].Add(line);
                continue;
            }

            foreach (var group in line.Words.GroupBy(w => header.ColumnAt(w.Left)))
                band.Cells[group.Key].Add(new TextLine(band.Page, [.. group]));
        }
    }

    private static bool IsSpanningPhrase(TextLine line, PdfHeaderRow header)
    {
        var words = line.Words;
        if (words.Count < 2 || header.ColumnAt(words[0].Left) == header.ColumnAt(words[^1].Left)) return false;
        if (words.Zip(words.Skip(1)).Any(p => p.Second.Left - p.First.Right >= 0.8 * line.Size)) return false;
        bool straddles = words.Any(w => header.Bounds.Skip(1).SkipLast(1).Any(b => w.Left < b - 1 && w.Right > b + 1));
        bool tightAtBound = words.Zip(words.Skip(1)).Any(p =>
            header.ColumnAt(p.First.Left) != header.ColumnAt(p.Second.Left) && p.Second.Left - p.First.Right < 0.5 * line.Size);
        return straddles || tightAtBound;
    }

    /// <summary>
    /// Bands into table rows: a band cut by a page break joined to its start, bands cut where recommendation numbers
    /// start (an unruled page is one band), each cell's lines made paragraphs, and rows numbered on their page.
    /// </summary>
    private List<TableRow> Rows(List<Band> bands, int columnCount, PdfHeaderRow header, HashSet<int> pagesWithHeader)
    {
        var all = bands.SelectMany(b => b.Cells.SelectMany((lines, c) => lines.Select(l => (Column: c, Line: l)))).ToList();
        var widths = Enumerable.Range(0, columnCount).Select(c => TextWidth(all.Where(x => x.Column == c).Select(x => x.Line).ToList(), header, c)).ToArray();
        double pitch = Pitch(bands.SelectMany(b => b.Cells).SelectMany(cell => cell.Zip(cell.Skip(1), (a, n) => a.Page == n.Page ? n.Baseline - a.Baseline : 0)),
            all.Count > 0 ? all.Average(x => x.Line.Size) : 10);

        // Numbers first: an unruled page is one band, and only the part of it above its first number can continue the page before.
        var pieces = bands.SelectMany(b => SplitAtNumbers(b, header.Columns, widths, pitch)).Where(b => !b.IsEmpty).ToList();
        var segments = JoinAcrossPages(pieces, widths, pitch, header.Columns);

        var rows = new List<TableRow>();
        var counters = new Dictionary<int, int>();
        foreach (var segment in segments)
        {
            int page = segment.Page;
            counters[page] = counters.TryGetValue(page, out int n) ? n + 1 : pagesWithHeader.Contains(page) ? 2 : 1;
            var place = new DocumentPlace(Page: page, Row: counters[page]);
            var cells = new List<TableParagraph>[columnCount];
            var starts = new List<TextLine>[columnCount];
            var laidOut = Enumerable.Range(0, columnCount).Select(c => PdfLines.Paragraphs(segment.Cells[c], widths[c] > 0 ? widths[c] : double.MaxValue, pitch)).ToArray();
            laidOut[header.Columns.Action] = SplitBesideEntries(laidOut[header.Columns.Action], [laidOut[header.Columns.Owner], laidOut[header.Columns.TargetDate]], pitch);
            foreach (int c in new[] { header.Columns.Owner, header.Columns.TargetDate })
                laidOut[c] = EntryPerLine(SplitAtPageBreaks(laidOut[c], laidOut[header.Columns.Action]), laidOut[header.Columns.Action]);
            for (int c = 0; c < columnCount; c++)
            {
                var paragraphs = laidOut[c];
                starts[c] = [.. paragraphs.Select(p => p[0])];
                cells[c] = [.. paragraphs.Select((p, k) => new TableParagraph(PdfLines.Text(p, widths[c] > 0 ? widths[c] : double.MaxValue), SourceLocation.At(path, place.AtColumn(c + 1).AtParagraph(k + 1))))];
            }

            rows.AddRange(ByPosition(segment, place, cells, starts, header.Columns));
        }

        return rows;
    }

    /// <summary>
    /// An owner or date cell whose lines could each be a paragraph of their own (a page cannot tell a line that wrapped
    /// from a one-line paragraph when the next line would not have fitted: "Governor" / "Governor" in a narrow column)
    /// is read a line per entry when that, and only that, gives each action of the row one entry, as rule 15 splits
    /// one entry at runs of spaces. A line ending in a word or mark that cannot end an entry ("of", "and", "/", ",")
    /// or followed by a lower-case start runs on.
    /// </summary>
    private static List<List<TextLine>> EntryPerLine(List<List<TextLine>> paragraphs, List<List<TextLine>> actionParagraphs)
    {
        int actions = actionParagraphs.Count;
        if (actions < 2 || paragraphs.Count >= actions) return paragraphs;
        var split = new List<List<TextLine>>();
        foreach (var paragraph in paragraphs)
        {
            split.Add([paragraph[0]]);
            for (int i = 1; i < paragraph.Count; i++)
            {
                if (RunsOn(paragraph[i - 1], paragraph[i])) split[^1].Add(paragraph[i]);
                else split.Add([paragraph[i]]);
            }
        }

        // Each entry must also start level with an action of its own, as entries laid beside their actions do.
        bool besideEach = split.Select(e => actionParagraphs.FindIndex(a => Level(a[0], e[0]))).ToList() is var beside
            && beside.All(i => i >= 0) && beside.Distinct().Count() == beside.Count;
        return split.Count == actions && besideEach ? split : paragraphs;
    }

    private static bool Level(TextLine a, TextLine b) => a.Page == b.Page && Math.Abs(a.Baseline - b.Baseline) < 0.3 * b.Size;

    /// <summary>
    /// Where a table does not rule its rows, a row's owner and date sit at its top: an action line that is not the first
    /// of its paragraph, after a line that does not run on into it (no joining word or mark, no lower-case start), with an owner or date entry starting level with it
    /// after empty space in that column, is the first line of an action of its own (the next row's), as the page shows.
    /// </summary>
    private static List<List<TextLine>> SplitBesideEntries(List<List<TextLine>> actions, List<List<TextLine>>[] entryColumns, double pitch)
    {
        var rowTops = new List<TextLine>();
        foreach (var entries in entryColumns)
        {
            for (int e = 0; e < entries.Count; e++)
            {
                var start = entries[e][0];
                bool spaceAbove = e == 0 || entries[e - 1][^1] is var above && (above.Page != start.Page || start.Baseline - above.Baseline > 1.3 * pitch);
                if (spaceAbove) rowTops.Add(start);
                // A page break hides the space: the first line on a new page that does not run on from the line before counts too.
                for (int i = 1; i < entries[e].Count; i++)
                {
                    if (entries[e][i].Page != entries[e][i - 1].Page && !RunsOn(entries[e][i - 1], entries[e][i])) rowTops.Add(entries[e][i]);
                }
            }
        }

        if (rowTops.Count == 0) return actions;
        var split = new List<List<TextLine>>();
        foreach (var paragraph in actions)
        {
            split.Add([paragraph[0]]);
            for (int i = 1; i < paragraph.Count; i++)
            {
                var line = paragraph[i];
                bool starts = rowTops.Any(t => Level(line, t)) && !RunsOn(paragraph[i - 1], line);
                if (starts) split.Add([line]);
                else split[^1].Add(line);
            }
        }

        return split;
    }

    /// <summary>
    /// An owner or date paragraph that runs over a page break is two entries when its first line, and the first line
    /// on the new page, each sit level with the start of a different action: on one page the gap between them would
    /// have shown it, and a page break hides that gap.
    /// </summary>
    private static List<List<TextLine>> SplitAtPageBreaks(List<List<TextLine>> paragraphs, List<List<TextLine>> actions)
    {
        int ActionBeside(TextLine line) => actions.FindIndex(a => a[0].Page == line.Page && Math.Abs(a[0].Baseline - line.Baseline) < 0.3 * line.Size);
        var split = new List<List<TextLine>>();
        foreach (var paragraph in paragraphs)
        {
            split.Add([paragraph[0]]);
            for (int i = 1; i < paragraph.Count; i++)
            {
                var line = paragraph[i];
                bool breaks = line.Page != paragraph[i - 1].Page && ActionBeside(split[^1][0]) is >= 0 and var above
                    && ActionBeside(line) is var beside && beside > above;
                if (breaks) split.Add([line]);
                else split[^1].Add(line);
            }
        }

        return split;
    }

    private static bool RunsOn(TextLine above, TextLine line) => CellText.EndsWithJoiner(above.Text) || CellText.StartsLowerCase(line.Text);

    /// <summary>
    /// The first row on a page continues the last row of the page before when it has no recommendation number and a
    /// cell's text runs on from one page to the next (the last line there was full, so its paragraph had not ended),
    /// or when neither page rules its rows.
    /// </summary>
    private static List<Band> JoinAcrossPages(List<Band> bands, double[] widths, double pitch, TableColumns columns)
    {
        var result = new List<Band>();
        int previousPage = -1;
        foreach (var band in bands)
        {
            // Only a page's first band can continue a row from the page before; the joined band keeps its first page.
            bool firstOnPage = band.Page != previousPage;
            previousPage = band.Page;
            var above = result.Count > 0 ? result[^1] : null;
            bool joins = firstOnPage && !band.Heading && above is not null && above.Page != band.Page && band.Cells[columns.RecNo].Count == 0
                && ((!above.Ruled && !band.Ruled) || Cut(above, band, widths, pitch) || Overflows(above, band, columns, widths, pitch));
            if (!joins)
            {
                result.Add(band);
                continue;
            }

            for (int c = 0; c < band.Cells.Length; c++)
                above!.Cells[c].AddRange(band.Cells[c]);
        }

        return result;
    }

    /// <summary>Whether a cell's text runs on from the last line on one page to the first on the next (the line above was full).</summary>
    private static bool Cut(Band above, Band below, double[] widths, double pitch) =>
        Enumerable.Range(0, below.Cells.Length).Any(c => above.Cells[c].Count > 0 && below.Cells[c].Count > 0
            && !PdfLines.StartsParagraph(above.Cells[c][^1], below.Cells[c][0], widths[c], pitch));

    /// <summary>
    /// Whether the row above has more owner (or date) paragraphs than actions and the row below fewer: the entries of a
    /// row that a page break cut between its actions (the owners, one line each, all fitted on the first page).
    /// </summary>
    private static bool Overflows(Band above, Band below, TableColumns columns, double[] widths, double pitch)
    {
        int Count(Band band, int column) => PdfLines.Paragraphs(band.Cells[column], widths[column] > 0 ? widths[column] : double.MaxValue, pitch).Count;
        int actionsAbove = Count(above, columns.Action), actionsBelow = Count(below, columns.Action);
        return actionsBelow > 0 && new[] { columns.Owner, columns.TargetDate }.Any(c => Count(above, c) > actionsAbove && Count(below, c) < actionsBelow);
    }

    /// <summary>
    /// A band holding several recommendation numbers (an unruled page, or rulings only around the table) is cut where
    /// each number's line starts; a one-line paragraph in the concern column with nothing beside it, right before a
    /// number, is a row of its own (a heading such as "Priority concerns").
    /// </summary>
    private static IEnumerable<Band> SplitAtNumbers(Band band, TableColumns columns, double[] widths, double pitch)
    {
        var numbers = PdfLines.Paragraphs(band.Cells[columns.RecNo], widths[columns.RecNo] > 0 ? widths[columns.RecNo] : double.MaxValue, pitch);
        bool textAboveFirst = numbers.Count > 0 && band.Cells.Any(c => c.Any(l => Before(l, numbers[0][0], slack: 0.5 * l.Size)));
        var cuts = numbers.Skip(textAboveFirst ? 0 : 1).Select(p => p[0]).ToList();
        var headings = new HashSet<TextLine>();
        if (!band.Ruled)
        {
            var others = band.Cells.Where((_, c) => c != columns.Concern).SelectMany(c => c).ToList();
            var concern = PdfLines.Paragraphs(band.Cells[columns.Concern], widths[columns.Concern] > 0 ? widths[columns.Concern] : double.MaxValue, pitch);
            // A heading is a paragraph of one line, or a line in bold type under text that is not (the page cannot
            // show a paragraph end after a line too full for the heading's first word).
            var lines = band.Cells[columns.Concern];
            var candidates = concern.Where(p => p.Count == 1).Select(p => p[0])
                .Concat(lines.Where((l, i) => i > 0 && l.Words.All(w => w.Bold) && !lines[i - 1].Words.All(w => w.Bold)))
                .Distinct();
            foreach (var line in candidates)
            {
                bool alone = !others.Any(o => o.Page == line.Page && o.Bottom > line.Top - 0.3 * pitch && o.Top < line.Bottom + 0.3 * pitch);
                var next = band.Cells.SelectMany(c => c).Where(l => Before(line, l)).OrderBy(l => l.Page).ThenBy(l => l.Baseline).FirstOrDefault();
                if (alone && next is not null && numbers.Any(p => p[0] == next))
                {
                    cuts.Add(line);
                    headings.Add(line);
                }
            }
        }

        if (cuts.Count == 0)
        {
            yield return band;
            yield break;
        }

        cuts = [.. cuts.Distinct().OrderBy(l => l.Page).ThenBy(l => l.Baseline)];
        var pieces = new List<Band> { new(band.Page, band.Cells.Length) { Ruled = band.Ruled } };
        band.MergedFromAbove.CopyTo(pieces[0].MergedFromAbove, 0);
        foreach (var cut in cuts) pieces.Add(new Band(cut.Page, band.Cells.Length) { Ruled = band.Ruled, Heading = headings.Contains(cut) });
        for (int c = 0; c < band.Cells.Length; c++)
        {
            foreach (var line in band.Cells[c])
            {
                int piece = cuts.Count(cut => !Before(line, cut, slack: 0.5 * line.Size));
                pieces[piece].Cells[c].Add(line);
            }
        }

        foreach (var piece in pieces.Where(p => !p.IsEmpty))
        {
            piece.Page = piece.Cells.SelectMany(c => c).OrderBy(l => l.Page).ThenBy(l => l.Baseline).First().Page;
            yield return piece;
        }
    }

    /// <summary>Whether <paramref name="line"/> is above <paramref name="other"/> in reading order (an earlier page, or higher by more than the slack).</summary>
    private static bool Before(TextLine line, TextLine other, double slack = 0) =>
        line.Page < other.Page || (line.Page == other.Page && line.Baseline < other.Baseline - slack);

    /// <summary>
    /// A row whose owner or date paragraphs each start level with the start of an action paragraph, but number fewer or
    /// more than the actions, is read by position: one row per action, with the entries beside it. (Counts that agree
    /// read the same either way, so they are left to the assembler.)
    /// </summary>
    private IEnumerable<TableRow> ByPosition(Band segment, DocumentPlace place, List<TableParagraph>[] cells, List<TextLine>[] starts, TableColumns columns)
    {
        var merged = new HashSet<int>();
        TableRow Row(IEnumerable<int> columnsWith, Func<int, List<TableParagraph>> paragraphs, bool first) => new(
            [.. Enumerable.Range(0, cells.Length).Select(c => new TableCell(
                columnsWith.Contains(c) ? paragraphs(c) : [],
                SourceLocation.At(path, place.AtColumn(c + 1)),
                first ? segment.MergedFromAbove[c] : merged.Contains(c)))],
            SourceLocation.At(path, place));

        var actions = starts[columns.Action];
        int[] entryColumns = [columns.Owner, columns.TargetDate];
        bool differs = entryColumns.Any(c => starts[c].Count > 0 && starts[c].Count != actions.Count);
        int?[][] beside = [.. entryColumns.Select(c => starts[c].Select(s => (int?)actions.FindIndex(a => a.Page == s.Page && Math.Abs(a.Baseline - s.Baseline) < 0.3 * s.Size)).ToArray())];
        bool positional = actions.Count >= 2 && differs && beside.Any(b => b.Length >= 2)
            && beside.All(b => b.All(i => i >= 0) && b.Distinct().Count() == b.Length);
        if (!positional)
        {
            yield return Row(Enumerable.Range(0, cells.Length), c => cells[c], first: true);
            yield break;
        }

        // One entry beside the first action and none beside the others is one entry for all of them (rule 16), as a
        // merged cell is: the rows cut out below the first say so, rather than look like actions without an owner.
        for (int e = 0; e < entryColumns.Length; e++)
        {
            if (beside[e] is [0]) merged.Add(entryColumns[e]);
        }

        for (int k = 0; k < actions.Count; k++)
        {
            int action = k;
            List<TableParagraph> Entries(int e) => [.. cells[entryColumns[e]].Where((_, j) => beside[e][j] == action)];
            var shown = k == 0 ? Enumerable.Range(0, cells.Length) : [columns.Action, columns.Owner, columns.TargetDate];
            yield return Row(shown, c =>
                c == columns.Action ? [cells[c][action]]
                : c == columns.Owner ? Entries(0)
                : c == columns.TargetDate ? Entries(1)
                : cells[c], first: k == 0);
        }
    }

    /// <summary>
    /// How wide a line of a column's text can be: the cell between its bounds less the margin its text keeps from the
    /// left bound on both sides (cells keep equal margins), and never less than its widest line. Where the table's
    /// right edge is not drawn, the widest line is all there is to go on.
    /// </summary>
    private static double TextWidth(List<TextLine> lines, PdfHeaderRow header, int column)
    {
        // A section heading spanning the table is kept in the concern column but starts left of it: not this column's text.
        var inside = lines.Where(l => header.ColumnAt(l.Left) == column && header.ColumnAt(l.Right - 1) == column).ToList();
        if (inside.Count == 0) return 0;
        double widest = inside.Max(l => l.Width);
        double left = header.Bounds[column], right = header.Bounds[column + 1];
        if (column == header.ColumnCount - 1 && !header.RightRuled) return widest;
        double margin = Math.Max(0, inside.Min(l => l.Left) - left);
        return Math.Max(widest, right - left - 2 * margin);
    }

    private static double Pitch(IEnumerable<double> gaps, double size)
    {
        var usable = gaps.Where(g => g > 0.8 * size && g < 2 * size).Order().ToList();
        return usable.Count > 0 ? usable[usable.Count / 2] : 1.2 * size;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
