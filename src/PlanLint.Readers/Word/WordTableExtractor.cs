using System.Globalization;
using DocumentFormat.OpenXml;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Readers.Word;

/// <summary>
/// Finds the plan table in a Word document body and lays it out as a <see cref="PlanTable"/>: the title paragraphs
/// above it become the <see cref="PlanHeader"/>; each row's cells are matched to the header's columns by their grid
/// position (so merged-across cells line up), vertically merged continuation cells are marked, and the rows come out
/// in the standard column order whatever order the document uses. A table split in two (by a page break or a
/// new heading) continues when the next table repeats the header, or has the same grid with nothing written between.
/// </summary>
internal sealed class WordTableExtractor
{
    /// <summary>Rows come out with their cells in this order; concern-format tables then drop the agreement cell.</summary>
    private static readonly TableColumns Standard = TableColumns.RecommendationFormat;

    private static readonly int AgreementSlot = Standard.Agreement!.Value;

    private readonly string path;
    private readonly List<HeaderLine> titleLines = [];
    private readonly List<TableRow> rows = [];
    private bool hasAgreement;
    private int tableCount;
    private int paragraphCount;
    private int? firstPlanTable;

    /// <summary>The columns of the plan table being read, while the tables that follow may carry it on.</summary>
    private Segment? current;
    private bool writtenSinceTable;

    private WordTableExtractor(string path) => this.path = path;

    public sealed record Result(PlanHeader Header, PlanTable Table, IReadOnlyList<Diagnostic> HeaderDiagnostics);

    /// <summary>The header and table, or the reason there is none.</summary>
    public static (Result? Result, string? Problem) Extract(string path, W.Body body)
    {
        var extractor = new WordTableExtractor(path);
        extractor.ReadBlocks(body);
        if (extractor.firstPlanTable is not { } first)
        {
            string found = extractor.tableCount == 0 ? "it has no tables; expected one whose header row names" : $"none of its {Plural(extractor.tableCount, "table")} has a header row naming";
            return (null, $"The Word document has no plan table: {found} Rec No, Concern or Recommendation, Response Action Taken/Planned, Responsible Owner and Target Date.");
        }

        var columns = extractor.hasAgreement ? TableColumns.RecommendationFormat : TableColumns.ConcernFormat;
        var location = SourceLocation.At(path, DocumentPlace.OfTable(first));
        var table = new PlanTable(columns, [.. extractor.rows.Select(r => extractor.hasAgreement ? r : WithoutAgreement(r))], location);
        var (header, diagnostics) = PlanHeaderParser.Parse(extractor.titleLines);
        return (new Result(header, table, diagnostics), null);
    }

    private void ReadBlocks(OpenXmlElement container)
    {
        foreach (var child in WordPlaces.Blocks(container))
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    paragraphCount++;
                    string text = WordText.Text(paragraph);
                    if (text.Length > 0) writtenSinceTable = true;
                    if (firstPlanTable is null && text.Length > 0)
                        titleLines.Add(new HeaderLine(text, SourceLocation.At(path, DocumentPlace.OfParagraph(paragraphCount))));
                    break;
                case W.Table table:
                    tableCount++;
                    ReadTable(table);
                    writtenSinceTable = false;
                    break;
            }
        }
    }

    /// <summary>Which grid columns each plan column's header cell covers, for one run of plan table.</summary>
    private sealed record Segment(IReadOnlyList<(int Slot, int Start, int End)> Columns, int GridWidth);

    private void ReadTable(W.Table table)
    {
        var tableRows = Rows(table);
        int gridWidth = GridWidth(table, tableRows);
        // A table with nothing written since the plan table and the same grid carries it on, header or not.
        var active = current is not null && !writtenSinceTable && current.GridWidth == gridWidth ? current : null;
        var aboveHeader = new List<HeaderLine>();
        for (int i = 0; i < tableRows.Count; i++)
        {
            var rowPart = DocumentPlace.OfTable(tableCount).AtRow(i + 1);
            if (HeaderSegment(tableRows[i]) is { } header)
            {
                active = header with { GridWidth = gridWidth };
                hasAgreement |= header.Columns.Any(c => c.Slot == AgreementSlot);
                if (firstPlanTable is null)
                {
                    firstPlanTable = tableCount;
                    titleLines.AddRange(aboveHeader);
                }

                continue;
            }

            if (active is null)
            {
                // Rows above the header, such as "ESTABLISHMENT: HMP X", may hold plan details.
                aboveHeader.AddRange(WordText.Paragraphs(tableRows[i]).Select(WordText.Text).Where(t => t.Length > 0).Select(t => new HeaderLine(t, SourceLocation.At(path, rowPart))));
                continue;
            }

            var row = ReadRow(tableRows[i], active, rowPart);
            if (row.Cells.Any(c => !c.IsBlank)) rows.Add(row);
        }

        current = active;
    }

    private static Segment? HeaderSegment(W.TableRow row)
    {
        var cells = GridCells(row);
        if (TableHeaders.ColumnsOf([.. cells.Select(c => string.Join(" ", WordText.Paragraphs(c.Cell).Select(WordText.Text)))]) is not { } named)
            return null;

        (int Slot, int Start, int End) Span(int slot, int cell) => (slot, cells[cell].Start, cells[cell].Start + cells[cell].Span);
        List<(int, int, int)> columns =
        [
            Span(Standard.RecNo, named.RecNo), Span(Standard.Concern, named.Concern), Span(Standard.Action, named.Action),
            Span(Standard.Owner, named.Owner), Span(Standard.TargetDate, named.TargetDate),
        ];
        if (named.Agreement is { } agreement) columns.Add(Span(AgreementSlot, agreement));
        return new Segment(columns, 0);
    }

    private TableRow ReadRow(W.TableRow row, Segment segment, DocumentPlace rowPart)
    {
        var cells = GridCells(row);
        var bySlot = new Dictionary<int, List<(W.TableCell Cell, int Index)>>();
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
            list.Add((cells[i].Cell, i + 1));
        }

        var rowLocation = SourceLocation.At(path, rowPart);
        var planCells = Enumerable.Range(0, Standard.TargetDate + 1).Select(slot => bySlot.TryGetValue(slot, out var mapped)
            ? Cell(mapped, rowPart)
            : new Tables.TableCell([], rowLocation)).ToList();
        return new TableRow(planCells, rowLocation);
    }

    private Tables.TableCell Cell(List<(W.TableCell Cell, int Index)> mapped, DocumentPlace rowPart)
    {
        var paragraphs = new List<TableParagraph>();
        foreach (var (cell, index) in mapped)
        {
            int number = 0;
            foreach (var paragraph in WordText.Paragraphs(cell))
            {
                number++;
                var lines = WordText.Lines(paragraph);
                for (int l = 0; l < lines.Count; l++)
                {
                    if (lines[l].Length == 0) continue;
                    var place = rowPart.AtColumn(index).AtParagraph(number);
                    paragraphs.Add(new TableParagraph(lines[l], SourceLocation.At(path, lines.Count > 1 ? place.AtLine(l + 1) : place)));
                }
            }
        }

        var first = mapped[0];
        bool mergedFromAbove = mapped.All(m => IsVerticalContinuation(m.Cell));
        return new Tables.TableCell(paragraphs, SourceLocation.At(path, rowPart.AtColumn(first.Index)), mergedFromAbove);
    }

    /// <summary>A table's own rows, including those wrapped in content controls, but not the rows of nested tables.</summary>
    internal static List<W.TableRow> Rows(W.Table table) =>
        [.. table.Descendants<W.TableRow>().Where(r => r.Ancestors<W.Table>().First() == table)];

    private static List<int> Covered(Segment segment, int start, int span) =>
        [.. segment.Columns.Where(c => c.Start < start + span && start < c.End).OrderBy(c => c.Start).Select(c => c.Slot)];

    /// <summary>The row's cells with the grid column each starts at and how many it spans.</summary>
    private static List<(W.TableCell Cell, int Start, int Span)> GridCells(W.TableRow row)
    {
        int position = row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0;
        var cells = new List<(W.TableCell, int, int)>();
        foreach (var cell in RowCells(row))
        {
            int span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
            cells.Add((cell, position, span));
            position += span;
        }

        return cells;
    }

    /// <summary>A row's own cells, including those wrapped in content controls, but not the cells of nested tables.</summary>
    internal static IEnumerable<W.TableCell> RowCells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.TableCell cell) yield return cell;
            else if (child is W.SdtCell or W.SdtContentCell or W.CustomXmlCell)
                foreach (var inner in RowCells(child)) yield return inner;
        }
    }

    private static int GridWidth(W.Table table, List<W.TableRow> rows)
    {
        int declared = table.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>().Count() ?? 0;
        return declared > 0 ? declared : rows.Select(r => GridCells(r).Sum(c => c.Span)).DefaultIfEmpty(0).Max();
    }

    private static bool IsVerticalContinuation(W.TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);

    private static bool IsBlank(W.TableCell cell) => WordText.Paragraphs(cell).All(p => WordText.Text(p).Length == 0);

    private static TableRow WithoutAgreement(TableRow row) =>
        row with { Cells = [.. row.Cells.Where((_, i) => i != AgreementSlot)] };

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
