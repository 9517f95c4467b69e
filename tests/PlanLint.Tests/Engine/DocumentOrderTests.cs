using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Engine;

/// <summary>Findings in a document without lines (Word) come in document order: by table, row, then the plan's order, column and paragraph.</summary>
public sealed partial class DocumentOrderTests : TempFolderTest
{
    private static Diagnostic At(DocumentPlace place, string message = "m", int concern = -1, int? action = null) => new()
    {
        Descriptor = EngineDiagnostics.InvalidPlan,
        Severity = Severity.Warning,
        Message = message,
        Location = SourceLocation.At("plan.docx", place),
        ConcernOrdinal = concern,
        ActionIndex = action,
    };

    [Fact]
    public void Places_are_ordered_as_numbers_table_then_row_then_the_plans_order_then_column_and_paragraph()
    {
        var row = DocumentPlace.OfTable(1);
        var unordered = new[]
        {
            At(row.AtRow(112)), At(DocumentPlace.OfTable(2).AtRow(1)), At(row.AtRow(11).AtColumn(4).AtParagraph(2), concern: 3, action: 2),
            At(row.AtRow(11).AtColumn(3).AtParagraph(10), concern: 3, action: 2), At(row.AtRow(11).AtColumn(4).AtParagraph(1), concern: 3, action: 1),
            At(row.AtRow(2)), At(DocumentPlace.OfParagraph(3)), At(row.AtRow(17)), At(row.AtRow(11)),
        };

        var sorted = unordered.Order(DiagnosticOrder.Instance).Select(d => d.Location.Part).ToList();

        sorted.ShouldBe([
            "paragraph 3", "table 1, row 2", "table 1, row 11",
            "table 1, row 11, column 4, paragraph 1", "table 1, row 11, column 3, paragraph 10", "table 1, row 11, column 4, paragraph 2",
            "table 1, row 17", "table 1, row 112", "table 2, row 1",
        ]);
    }

    [Fact]
    public void Reading_warnings_of_a_Word_file_are_printed_in_document_order()
    {
        // Stray text in Rec No at rows 3, 11, 17 and 112: each is a reading warning at its row.
        string path = Folder.Path("draft.docx");
        File.WriteAllBytes(path, DraftWithStrayRecNos(new HashSet<int> { 3, 11, 17, 112 }, rows: 120));

        var (_, output, _) = TestPlans.RunCli("check", path, "--no-color");

        var rows = RowOfWarning().Matches(output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        rows.ShouldBe([3, 11, 17, 112], output);
    }

    private static byte[] DraftWithStrayRecNos(IReadOnlySet<int> strayRows, int rows)
    {
        static TableCell Cell(string text) => new(new Paragraph(new Run(new W.Text(text))));
        var table = new Table(new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1000" })));
        table.Append(new TableRow(Cell("Rec No"), Cell("Concerns"), Cell("Response Action Taken/Planned"), Cell("Responsible Owner"), Cell("Target Date")));
        table.Append(new TableRow(Cell("1"), Cell("Cells were dirty."), Cell("Cleaning will be checked every week."), Cell("Head of Residence"), Cell("May 2025")));
        for (int row = 3; row <= rows; row++)
            table.Append(new TableRow(Cell(strayRows.Contains(row) ? "x" : ""), Cell(""), Cell($"Wing {row} will be inspected every week."), Cell("Head of Residence"), Cell("May 2025")));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new W.Text("Action Plan: HMP Example"))), table));
        return stream.ToArray();
    }

    [GeneratedRegex(@"warning PL8001: Rec No at table 1, row (\d+), column 1 reads 'x'")]
    private static partial Regex RowOfWarning();
}
