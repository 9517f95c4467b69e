using System.Globalization;
using System.Xml.Linq;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Readers.Word;

/// <summary>
/// Finds the plan table in a Word document body and lays it out as a <see cref="PlanTable"/>: the title paragraphs
/// above it become the <see cref="PlanHeader"/>; each row's cells are matched to the header's columns by their grid
/// position (so merged-across cells line up), vertically merged continuation cells are marked, and the rows come out
/// in the standard column order whatever order the document uses. Every paragraph is kept, blank ones too, with its
/// list label and lines (<see cref="WordText"/> draws them). A plan split into several tables (one per page or
/// section) continues when the next table repeats the header, or has the same grid with nothing but section headings
/// written between; those headings become section rows.
/// </summary>
internal sealed class WordTableExtractor
{
    /// <summary>Rows come out with their cells in this order; concern-format tables then drop the agreement cell.</summary>
    private static readonly TableColumns Standard = TableColumns.RecommendationFormat;

    private static readonly int AgreementSlot = Standard.Agreement ?? 2;

    /// <summary>Longer than this, a cell's text is no heading (<see cref="TableHeaders.Classify"/> names no column past 200 characters).</summary>
    private const int MaxHeadingText = 200;

    /// <summary>How many rows above a row may join it in a header split over several rows ("Response" over "Action taken | Owner").</summary>
    private const int MaxHeaderRows = 3;

    private readonly string path;
    private readonly WordText text;
    private readonly List<HeaderLine> titleLines = [];
    private readonly List<TableRow> rows = [];

    /// <summary>Section headings ("Priority concerns") written since the last table, for the rows of the next one that carries the plan.</summary>
    private readonly List<TableRow> headingsBetween = [];
    private bool hasAgreement;
    private int tableCount;
    private int paragraphCount;
    private int? firstPlanTable;
    private Candidate? nearest;

    /// <summary>The columns of the plan table being read, while the tables that follow may carry it on.</summary>
    private Segment? current;
    private bool writtenSinceTable;

    private WordTableExtractor(string path, WordText text)
    {
        this.path = path;
        this.text = text;
    }

    public sealed record Result(PlanHeader Header, PlanTable Table, IReadOnlyList<Diagnostic> HeaderDiagnostics);

    /// <summary>Why no plan could be laid out, and where.</summary>
    public sealed record Problem(string Message, SourceLocation Location);

    /// <summary>The header and table, or the reason there is none.</summary>
    public static (Result? Result, Problem? Problem) Extract(string path, XElement body, WordText text)
    {
        var extractor = new WordTableExtractor(path, text);
        extractor.ReadBlocks(body);
        if (extractor.firstPlanTable is not { } first)
            return (null, extractor.NoPlanTable());

        var columns = extractor.hasAgreement ? TableColumns.RecommendationFormat : TableColumns.ConcernFormat;
        var location = SourceLocation.At(path, DocumentPlace.OfTable(first));
        // Word marks a cell that spans rows (w:vMerge), so a blank cell is blank.
        var table = new PlanTable(columns, [.. extractor.rows.Select(r => extractor.hasAgreement ? r : WithoutAgreement(r))], location) { MergedCellsMarked = true };
        var (header, diagnostics) = PlanHeaderParser.Parse(extractor.titleLines);
        return (new Result(header, table, diagnostics), null);
    }

    private SourceLocation At(DocumentPlace place) => SourceLocation.At(path, place);

    private void ReadBlocks(XElement body)
    {
        foreach (var (paragraph, table) in text.Blocks(body))
        {
            if (paragraph is not null)
            {
                paragraphCount++;
                Paragraph(text.Draw(paragraph));
            }
            else if (table is not null)
            {
                tableCount++;
                ReadTable(table);
                writtenSinceTable = false;
            }
        }
    }

    private void Paragraph(WordText.DrawnParagraph drawn)
    {
        if (CellText.HasNoContent(drawn.Text)) return;
        var location = At(DocumentPlace.OfParagraph(paragraphCount));
        if (firstPlanTable is null) titleLines.Add(new HeaderLine(drawn.Text, location));
        if (CellText.IsSectionHeading(drawn.Body))
            headingsBetween.Add(SectionRow(drawn.Body, location));
        else if (firstPlanTable is not null)
            writtenSinceTable = true;
        else
            headingsBetween.Clear(); // before the plan, a heading applies to the table only when it is the last thing above it
    }

    /// <summary>
    /// Which grid columns each plan column's header cell covers, for one run of plan table, and where the table's grid
    /// columns start and end across the page (twentieths of a point; null when its grid gives no widths).
    /// </summary>
    private sealed record Segment(IReadOnlyList<PlanColumn> Columns, int GridWidth, long[]? Edges = null);

    /// <summary>
    /// A plan column's slot and the grid columns [Start, End) its header covers. Records, not tuples, here and for the
    /// lines above a header: lists of tuples (value types) and LINQ over them cannot be compiled ahead of time
    /// (ReadyToRun), so every run would JIT-compile them.
    /// </summary>
    private sealed record PlanColumn(int Slot, int Start, int End);

    /// <summary>A line of text above the plan table's header, with the row it is in.</summary>
    private sealed record LineAbove(int Row, HeaderLine Line);

    /// <summary>A cell of a row mapped to a plan column, with its column number in the row (from 1).</summary>
    private sealed record MappedCell(XElement Cell, int Index);

    /// <summary>A cell of a row with the grid column it starts at, how many it spans, and its text.</summary>
    private sealed record GridCell(XElement Cell, int Start, int Span, string Text);

    /// <summary>The row closest to a header in a document without one, for saying what was found.</summary>
    private sealed record Candidate(int Named, IReadOnlyCollection<TableHeaders.Column> Columns, IReadOnlyList<string> Texts, DocumentPlace Place);

    private void ReadTable(XElement table)
    {
        var tableRows = WordText.Rows(table).ToList();
        var grids = tableRows.Select(GridCells).ToList();
        int gridWidth = GridWidth(table, grids);
        var edges = Edges(table, gridWidth);
        // A table with nothing but headings written since the plan table, on the same grid, carries it on, header or not.
        var active = current is not null && !writtenSinceTable ? Carried(current, gridWidth, edges) : null;
        var aboveHeader = new List<LineAbove>();
        int notPlanRows = 0;
        for (int i = 0; i < tableRows.Count; i++)
        {
            var rowPart = DocumentPlace.OfTable(tableCount).AtRow(i + 1);
            bool repeats = IsRepeatedHeader(tableRows[i]);
            var (header, headerRows) = FindHeader(grids, i, active is null || repeats ? Math.Min(notPlanRows, MaxHeaderRows - 1) : 0, gridWidth);
            if (header is not null)
            {
                active = header with { Edges = edges };
                hasAgreement |= header.Columns.Any(c => c.Slot == AgreementSlot);
                if (firstPlanTable is null)
                {
                    firstPlanTable = tableCount;
                    titleLines.AddRange(aboveHeader.Where(l => l.Row < i - headerRows).Select(l => l.Line));
                }

                CarryHeadingsOn();
                notPlanRows = 0;
                continue;
            }

            if (active is null || repeats)
            {
                // Rows above the header, such as "ESTABLISHMENT: HMP X", may hold plan details; a row marked to repeat
                // at the top of each page is a heading row, never a recommendation.
                notPlanRows++;
                if (active is null)
                {
                    Consider(grids[i], rowPart);
                    aboveHeader.AddRange(text.Paragraphs(tableRows[i]).Select(text.Text).Where(t => !CellText.HasNoContent(t))
                        .Select(t => new LineAbove(i, new HeaderLine(t, At(rowPart)))));
                }

                continue;
            }

            CarryHeadingsOn();
            notPlanRows = 0;
            var row = ReadRow(grids[i], active, rowPart);
            if (row.Cells.Any(c => !c.IsBlank)) rows.Add(row);
        }

        headingsBetween.Clear();
        current = active;
    }

    private void CarryHeadingsOn()
    {
        rows.AddRange(headingsBetween);
        headingsBetween.Clear();
    }

    /// <summary>
    /// The header at row <paramref name="row"/>: the row itself, or it with up to <paramref name="above"/> rows above
    /// read together column by column (a header written over two rows). Returns how many rows above it took.
    /// </summary>
    private static (Segment? Header, int RowsAbove) FindHeader(List<List<GridCell>> grids, int row, int above, int gridWidth)
    {
        if (HeaderSegment(grids[row], gridWidth) is { } single) return (single, 0);
        for (int k = 1; k <= above; k++)
        {
            if (HeaderSegment(Stacked(grids, row - k, row, gridWidth), gridWidth) is { } stacked) return (stacked, k);
        }

        return (null, 0);
    }

    /// <summary>Rows read together column by column: each grid column's texts joined top to bottom, equal neighbours one cell.</summary>
    private static List<GridCell> Stacked(List<List<GridCell>> grids, int from, int to, int gridWidth)
    {
        var columns = new string[gridWidth];
        var anchor = new XElement?[gridWidth];
        for (int g = 0; g < gridWidth; g++)
        {
            var parts = new List<string>();
            for (int r = from; r <= to; r++)
            {
                var covering = grids[r].FirstOrDefault(c => c.Start <= g && g < c.Start + c.Span);
                if (covering is null) continue;
                anchor[g] ??= covering.Cell;
                if (covering.Text.Length > 0 && (parts.Count == 0 || parts[^1] != covering.Text)) parts.Add(covering.Text);
            }

            columns[g] = string.Join(" ", parts);
        }

        var cells = new List<GridCell>();
        for (int g = 0; g < gridWidth; g++)
        {
            if (anchor[g] is not { } cell) continue;
            if (cells.Count > 0 && cells[^1].Text == columns[g] && cells[^1].Start + cells[^1].Span == g)
                cells[^1] = cells[^1] with { Span = cells[^1].Span + 1 };
            else
                cells.Add(new GridCell(cell, g, 1, columns[g]));
        }

        return cells;
    }

    private static Segment? HeaderSegment(List<GridCell> cells, int gridWidth)
    {
        if (TableHeaders.ColumnsOf([.. cells.Select(c => c.Text)]) is not { } named)
            return null;

        PlanColumn Span(int slot, int cell) => new(slot, cells[cell].Start, cells[cell].Start + cells[cell].Span);
        List<PlanColumn> columns =
        [
            Span(Standard.RecNo, named.RecNo), Span(Standard.Concern, named.Concern), Span(Standard.Action, named.Action),
            Span(Standard.Owner, named.Owner), Span(Standard.TargetDate, named.TargetDate),
        ];
        if (named.Agreement is { } agreement) columns.Add(Span(AgreementSlot, agreement));
        return new Segment(columns, gridWidth);
    }

    /// <summary>
    /// The plan's columns in a headerless table that carries the plan on: the same grid, or a grid drawn differently
    /// across the same width (a column split or merged when the table was split), each plan column taking the grid
    /// columns whose middles fall within it; null when the grids do not line up.
    /// </summary>
    private static Segment? Carried(Segment plan, int gridWidth, long[]? edges)
    {
        if (plan.GridWidth == gridWidth) return plan with { Edges = edges ?? plan.Edges };
        if (plan.Edges is not { } planEdges || edges is null || planEdges[^1] <= 0) return null;
        if (Math.Abs(edges[^1] - planEdges[^1]) * 20 > planEdges[^1]) return null;

        var columns = new List<PlanColumn>();
        foreach (var (slot, start, end) in plan.Columns)
        {
            int first = -1, last = -1;
            for (int g = 0; g < gridWidth; g++)
            {
                long middle = (edges[g] + edges[g + 1]) / 2;
                if (middle < planEdges[start] || middle >= planEdges[end]) continue;
                if (first < 0) first = g;
                last = g;
            }

            if (first < 0) return null;
            columns.Add(new PlanColumn(slot, first, last + 1));
        }

        return new Segment(columns, gridWidth, edges);
    }

    /// <summary>Where each grid column of a table starts, and the last ends, from its w:tblGrid widths; null when any width is missing.</summary>
    private static long[]? Edges(XElement table, int gridWidth)
    {
        if (table.Child("tblGrid") is not { } grid) return null;
        var edges = new long[gridWidth + 1];
        int g = 0;
        foreach (var column in grid.Elements(W + "gridCol"))
        {
            if (g == gridWidth || !long.TryParse(column.Attr("w"), out long w) || w <= 0) return null;
            edges[g + 1] = edges[g] + w;
            g++;
        }

        return g == gridWidth ? edges : null;
    }

    /// <summary>Word's "Repeat as header row at the top of each page" (w:tblHeader).</summary>
    private static bool IsRepeatedHeader(XElement row) => row.Child("trPr").Child("tblHeader").IsOn();

    /// <summary>Keeps the row that names the most plan columns, for the message when no header is found.</summary>
    private void Consider(List<GridCell> cells, DocumentPlace place)
    {
        var texts = cells.Select(c => c.Text).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0) return;
        var named = TableHeaders.Named(texts);
        if (nearest is null || named.Count > nearest.Named)
            nearest = new Candidate(named.Count, named, texts, place);
    }

    private Problem NoPlanTable()
    {
        string names = string.Join(", ", TableHeaders.Required.Take(TableHeaders.Required.Count - 1).Select(r => r.Name)) + " and " + TableHeaders.Required[^1].Name;
        if (tableCount == 0)
            return new Problem($"The Word document has no plan table: it has no tables; expected one whose header row names {names}.", SourceLocation.File(path));

        string none = tableCount == 1
            ? $"The Word document has no plan table: its one table has no header row naming {names}"
            : $"The Word document has no plan table: none of its {tableCount.ToString(CultureInfo.InvariantCulture)} tables has a header row naming {names}";
        if (nearest is not { } best || best.Named == 0)
            return new Problem(none + ".", SourceLocation.File(path));

        string headings = string.Join(" | ", best.Texts.Take(8).Select(t => CellText.Normalize(t) is { Length: > 40 } long_ ? long_[..40].TrimEnd() + "…" : CellText.Normalize(t)));
        string found = string.Join(", ", TableHeaders.Required.Where(r => best.Columns.Contains(r.Column)).Select(r => r.Name));
        string missing = string.Join(", ", TableHeaders.Required.Where(r => !best.Columns.Contains(r.Column)).Select(r => r.Name));
        return new Problem($"{none}; the nearest, {best.Place}, reads '{headings}' (found {found}; missing {missing}).", At(best.Place));
    }

    private TableRow ReadRow(List<GridCell> cells, Segment segment, DocumentPlace rowPart)
    {
        var bySlot = new Dictionary<int, List<MappedCell>>();
        // A cell merged across several columns with nothing else in the row is a heading such as "Priority concerns":
        // it goes in the concern column, where a published plan's text has it.
        var written = cells.Where(c => !IsBlank(c.Cell)).ToList();
        var heading = written.Count == 1 && Covered(segment, written[0].Start, written[0].Span).Count > 1 ? written[0].Cell : null;
        for (int i = 0; i < cells.Count; i++)
        {
            var covered = Covered(segment, cells[i].Start, cells[i].Span);
            if (covered.Count == 0) continue;
            int slot = cells[i].Cell == heading ? Standard.Concern : covered[0];
            if (!bySlot.TryGetValue(slot, out var list)) bySlot[slot] = list = [];
            list.Add(new MappedCell(cells[i].Cell, i + 1));
        }

        var rowLocation = At(rowPart);
        var planCells = new Tables.TableCell[Standard.TargetDate + 1];
        for (int slot = 0; slot < planCells.Length; slot++)
            planCells[slot] = bySlot.TryGetValue(slot, out var mapped) ? Cell(mapped, rowPart) : new Tables.TableCell([], rowLocation);
        return new TableRow(planCells, rowLocation);
    }

    private Tables.TableCell Cell(List<MappedCell> mapped, DocumentPlace rowPart)
    {
        var paragraphs = new List<TableParagraph>();
        foreach (var (cell, index) in mapped)
        {
            int number = 0;
            foreach (var paragraph in text.Paragraphs(cell))
            {
                number++;
                var drawn = text.Draw(paragraph);
                var place = rowPart.AtColumn(index).AtParagraph(number);
                IReadOnlyList<TableParagraph>? lines = drawn.Lines.Count > 1
                    ? [.. drawn.Lines.Select(l => new TableParagraph(l.Text, At(place.AtLine(l.Line))))]
                    : null;
                paragraphs.Add(new TableParagraph(drawn.Text, At(place)) { List = drawn.List, Lines = lines });
            }
        }

        var first = mapped[0];
        bool mergedFromAbove = mapped.All(m => IsVerticalContinuation(m.Cell));
        return new Tables.TableCell(paragraphs, At(rowPart.AtColumn(first.Index)), mergedFromAbove);
    }

    private static TableRow SectionRow(string heading, SourceLocation at)
    {
        var cells = new Tables.TableCell[Standard.TargetDate + 1];
        for (int slot = 0; slot < cells.Length; slot++)
            cells[slot] = new Tables.TableCell(slot == Standard.Concern ? [new TableParagraph(heading, at)] : [], at);
        return new(cells, at);
    }

    /// <summary>The slots of the plan columns a cell's grid columns overlap, in the order they stand (a stable insertion sort).</summary>
    private static List<int> Covered(Segment segment, int start, int span)
    {
        var covered = new List<PlanColumn>();
        foreach (var c in segment.Columns)
        {
            if (c.Start >= start + span || start >= c.End) continue;
            int at = covered.Count;
            while (at > 0 && covered[at - 1].Start > c.Start) at--;
            covered.Insert(at, c);
        }

        var slots = new List<int>(covered.Count);
        foreach (var c in covered) slots.Add(c.Slot);
        return slots;
    }

    /// <summary>
    /// The row's cells with the grid column each starts at and how many it spans (after w:gridBefore; a cell that
    /// continues a legacy horizontal merge, w:hMerge, widens the cell before it).
    /// </summary>
    private List<GridCell> GridCells(XElement row)
    {
        int position = Int(row.Child("trPr").Child("gridBefore").ValOf()) ?? 0;
        var cells = new List<GridCell>();
        foreach (var cell in WordText.Cells(row))
        {
            int span = Math.Clamp(Int(cell.Child("tcPr").Child("gridSpan").ValOf()) ?? 1, 1, 1000);
            if (cells.Count > 0 && ContinuesMerge(cell))
                cells[^1] = cells[^1] with { Span = cells[^1].Span + span };
            else
                cells.Add(new GridCell(cell, position, span, TextOf(cell)));
            position += span;
        }

        return cells;
    }

    /// <summary>The cells a row's places count (its column numbers): its cells as drawn, less those continuing a legacy horizontal merge.</summary>
    internal static IEnumerable<XElement> PlacedCells(XElement row)
    {
        bool first = true;
        foreach (var cell in WordText.Cells(row))
        {
            if (first || !ContinuesMerge(cell)) yield return cell;
            first = false;
        }
    }

    private static bool ContinuesMerge(XElement cell) =>
        cell.Child("tcPr").Child("hMerge") is { } merge && merge.ValOf() is null or "" or "continue";

    /// <summary>
    /// A cell's text as far as a heading could run: past <see cref="MaxHeadingText"/> characters no header names a
    /// column, so a long cell is not joined whole (nor its paragraphs drawn) just to find that it is no heading.
    /// </summary>
    private string TextOf(XElement cell)
    {
        var joined = new System.Text.StringBuilder();
        foreach (var paragraph in text.Paragraphs(cell))
        {
            string t = text.Text(paragraph);
            if (t.Length == 0) continue;
            if (joined.Length > 0) joined.Append(' ');
            joined.Append(t);
            if (joined.Length > MaxHeadingText) break;
        }

        return joined.ToString();
    }

    private static int GridWidth(XElement table, List<List<GridCell>> rows)
    {
        int declared = table.Child("tblGrid")?.Elements(W + "gridCol").Count() ?? 0;
        return declared > 0 ? declared : rows.Select(r => r.Sum(c => c.Span)).DefaultIfEmpty(0).Max();
    }

    /// <summary>A cell continuing a vertical merge; a w:vMerge value outside the schema is damage (Word refuses it), reported as such.</summary>
    private static bool IsVerticalContinuation(XElement cell) =>
        cell.Child("tcPr").Child("vMerge") is { } merge && merge.ValOf() switch
        {
            null or "continue" => true,
            "restart" => false,
            var other => throw new FormatException($"The w:vMerge value '{other}' is not one Word knows"),
        };

    private bool IsBlank(XElement cell) => text.Paragraphs(cell).All(p => CellText.HasNoContent(text.Text(p)));

    private static TableRow WithoutAgreement(TableRow row) =>
        row with { Cells = [.. row.Cells.Where((_, i) => i != AgreementSlot)] };
}
