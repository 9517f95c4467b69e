using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanLint.Readers.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Readers;

/// <summary>Word markup the layout step must read as a person sees it: tracked changes, breaks, nested tables, content controls, split tables.</summary>
public sealed class WordMarkupTests
{
    private static readonly string[] Header = ["Rec No", "Concerns", "Response Action Taken/Planned", "Responsible Owner", "Target Date"];

    private static Paragraph P(params OpenXmlElement[] runs) => new(runs);

    private static Run R(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell C(params OpenXmlElement[] content) => new(content.Length == 0 ? [P()] : content);

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableRow HeaderRow() => Row([.. Header.Select(h => C(P(R(h))))]);

    private static Table Table(params TableRow[] rows) =>
        new([new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1000" })), .. rows]);

    private static PlanLint.Readers.Tables.PlanTable Extract(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(new Body(body));
        var (result, problem) = new WordPlanReader().Extract("plan.docx", stream.ToArray());
        problem.ShouldBeNull();
        return result!.Table;
    }

    [Fact]
    public void Deleted_and_moved_away_text_and_field_codes_are_left_out_inserted_text_kept()
    {
        var action = P(
            R("Review the "),
            new DeletedRun(new Run(new DeletedText("old "))),
            new InsertedRun(R("new ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" PAGE ")), new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            R("strategy"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new MoveFromRun(R(" moved")),
            R("."));
        var table = Extract(Table(HeaderRow(), Row(C(P(R("1"))), C(P(R("Concern"))), C(action), C(P(R("Governor"))), C(P(R("May 2025"))))));
        table.Rows.ShouldHaveSingleItem().Cells[2].Text.ShouldBe("Review the new strategy.");
    }

    [Fact]
    public void A_line_break_or_tab_is_a_space_within_the_paragraph_whose_lines_are_kept_located()
    {
        var owners = P(R("Head of Safety"), new Run(new Break()), R("Governor"));
        var action = P(R("Review the"), new Run(new Break()), R("strategy"), new Run(new TabChar()), R("monthly."));
        var table = Extract(Table(HeaderRow(), Row(C(P(R("1"))), C(P(R("Concern"))), C(action), C(owners), C(P(R("May"), new Run(new TabChar()), R("2025"))))));
        var row = table.Rows.ShouldHaveSingleItem();
        row.Cells[2].Paragraphs.ShouldHaveSingleItem().Text.ShouldBe("Review the strategy monthly.");
        var owner = row.Cells[3].Paragraphs.ShouldHaveSingleItem();
        owner.Text.ShouldBe("Head of Safety Governor");
        owner.Lines.ShouldNotBeNull().Select(l => (l.Text, l.Location.Part)).ShouldBe(
            [("Head of Safety", "table 1, row 2, column 4, paragraph 1, line 1"), ("Governor", "table 1, row 2, column 4, paragraph 1, line 2")]);
        row.Cells[4].Text.ShouldBe("May 2025");
    }

    [Fact]
    public void A_nested_table_is_read_as_paragraphs_of_the_cell_that_holds_it()
    {
        var nested = new Table(new TableRow(new TableCell(P(R("Head of Safety")))), new TableRow(new TableCell(P(R("Governor")))));
        var table = Extract(Table(HeaderRow(), Row(C(P(R("1"))), C(P(R("Concern"))), C(P(R("First")), P(R("Second"))), C(nested, P()), C(P(R("May 2025"))))));
        var row = table.Rows.ShouldHaveSingleItem();
        row.Cells.Count.ShouldBe(5);
        // The paragraph Word requires after a nested table is kept, blank, in its place.
        row.Cells[3].Paragraphs.Select(p => p.Text).ShouldBe(["Head of Safety", "Governor", ""]);
    }

    [Fact]
    public void Content_controls_around_cells_and_paragraphs_are_seen_through()
    {
        var control = new SdtCell(new SdtContentCell(C(new SdtBlock(new SdtContentBlock(P(R("Governor")))))));
        var row = new TableRow(C(P(R("1"))), C(P(R("Concern"))), C(P(R("Act"))), control, C(P(R("May 2025"))));
        var table = Extract(new SdtBlock(new SdtContentBlock(Table(HeaderRow(), row))));
        table.Rows.ShouldHaveSingleItem().Cells[3].Text.ShouldBe("Governor");
    }

    [Fact]
    public void Columns_are_matched_by_grid_position_when_a_row_skips_grid_columns_or_merges_across()
    {
        var skipped = new TableRow(
            new TableRowProperties(new GridBefore { Val = 1 }),
            C(P(R("Concern text"))), C(P(R("Act"))), C(P(R("Governor"))), C(P(R("May 2025"))));
        var merged = Row(C(P(R("2"))), C(P(R("Concern"))), new TableCell(new TableCellProperties(new GridSpan { Val = 2 }), P(R("Act and owner"))), C(P(R("June 2025"))));
        var table = Extract(Table(HeaderRow(), skipped, merged));
        table.Rows[0].Cells.Select(c => c.Text).ShouldBe(["", "Concern text", "Act", "Governor", "May 2025"]);
        table.Rows[1].Cells.Select(c => c.Text).ShouldBe(["2", "Concern", "Act and owner", "", "June 2025"]);
    }

    [Fact]
    public void Header_columns_in_another_order_come_out_in_the_standard_order()
    {
        var header = Row(C(P(R("No."))), C(P(R("Target date"))), C(P(R("Owner"))), C(P(R("Recommendation"))), C(P(R("Actions"))));
        var table = Extract(Table(header, Row(C(P(R("4"))), C(P(R("May 2025"))), C(P(R("Governor"))), C(P(R("Concern"))), C(P(R("Act"))))));
        table.Rows.ShouldHaveSingleItem().Cells.Select(c => c.Text).ShouldBe(["4", "Concern", "Act", "Governor", "May 2025"]);
    }

    [Fact]
    public void A_table_split_in_two_carries_on_and_repeated_header_rows_and_blank_rows_are_skipped()
    {
        var first = Table(HeaderRow(), Row(C(P(R("1"))), C(P(R("First concern"))), C(P(R("A"))), C(P(R("Gov"))), C(P(R("May 2025")))));
        var second = Table(Row(C(P(R("2"))), C(P(R("Second concern"))), C(P(R("B"))), C(P(R("Gov"))), C(P(R("June 2025")))), Row(C(), C(), C(), C(), C()), HeaderRow());
        var third = Table(HeaderRow(), Row(C(P(R("3"))), C(P(R("Third concern"))), C(P(R("C"))), C(P(R("Gov"))), C(P(R("July 2025")))));
        var table = Extract(P(R("Action Plan: HMP X")), first, P(), second, P(R("Page 2")), third);
        table.Rows.Select(r => r.Cells[0].Text).ShouldBe(["1", "2", "3"]);
        table.Rows[1].Location.Part.ShouldBe("table 2, row 1");
        table.Rows[2].Location.Part.ShouldBe("table 3, row 2");
    }

    [Fact]
    public void A_headerless_table_after_written_text_is_not_part_of_the_plan()
    {
        var first = Table(HeaderRow(), Row(C(P(R("1"))), C(P(R("First concern"))), C(P(R("A"))), C(P(R("Gov"))), C(P(R("May 2025")))));
        var other = Table(Row(C(P(R("x"))), C(P(R("y"))), C(P(R("z"))), C(P(R("w"))), C(P(R("v")))));
        var table = Extract(first, P(R("Annex A")), other);
        table.Rows.Select(r => r.Cells[0].Text).ShouldBe(["1"]);
    }
}
