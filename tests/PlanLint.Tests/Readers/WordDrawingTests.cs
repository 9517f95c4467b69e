using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Readers.Word;

namespace PlanLint.Tests.Readers;

/// <summary>
/// The Word reader draws text as Word does (<see cref="WordText"/>, <see cref="WordNumbering"/>, <see cref="WordStyles"/>):
/// each test writes the WordprocessingML of one construct, as Word writes it, around a one-row plan table.
/// </summary>
public sealed class WordDrawingTests
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "xmlns:x99=\"urn:example:not-word\"";

    private const string HeaderRow =
        "<w:tr><w:tc><w:p><w:r><w:t>Rec No</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Concerns</w:t></w:r></w:p></w:tc>" +
        "<w:tc><w:p><w:r><w:t>Response Action Taken/Planned</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Responsible Owner</w:t></w:r></w:p></w:tc>" +
        "<w:tc><w:p><w:r><w:t>Target Date</w:t></w:r></w:p></w:tc></w:tr>";

    private const string Grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>";

    private static string R(string text, string properties = "") =>
        $"<w:r>{(properties.Length > 0 ? $"<w:rPr>{properties}</w:rPr>" : "")}<w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static string P(string content, string properties = "") =>
        $"<w:p>{(properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : "")}{content}</w:p>";

    private static string Cell(params string[] paragraphs) => $"<w:tc>{(paragraphs.Length == 0 ? "<w:p/>" : string.Concat(paragraphs))}</w:tc>";

    private static string Row(string rec, string concern, string action, string owner, string date) =>
        $"<w:tr>{Cell(rec)}{Cell(concern)}{Cell(action)}{Cell(owner)}{Cell(date)}</w:tr>";

    private static string Table(params string[] rows) => $"<w:tbl>{Grid}{HeaderRow}{string.Concat(rows)}</w:tbl>";

    private static string NumberingPart(string abstracts, string nums) => $"<w:numbering {Namespaces}>{abstracts}{nums}</w:numbering>";

    private static string Level(int level, int start, string format, string text, string extra = "") =>
        $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>{extra}<w:lvlText w:val=\"{text}\"/></w:lvl>";

    private static string Abstract(int id, params string[] levels) => $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    private static string Num(int id, int abstractId, string overrides = "") => $"<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    private static string Numbered(int numId, int level = 0, string content = "", string more = "") =>
        P(content, $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>{more}");

    private static byte[] Docx(string body, string? numbering = null, string? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Write(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            if (numbering is not null) Write(main.AddNewPart<NumberingDefinitionsPart>(), numbering);
            if (styles is not null) Write(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{styles}</w:styles>");
        }

        return stream.ToArray();
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var output = part.GetStream(FileMode.Create);
        output.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static PlanTable Extract(byte[] docx)
    {
        var (result, problem) = new WordPlanReader().Extract("plan.docx", docx);
        problem.ShouldBeNull();
        return result.ShouldNotBeNull().Table;
    }

    private static ActionPlan Read(byte[] docx)
    {
        var read = new WordPlanReader().Read("plan.docx", docx);
        return read.Plan.ShouldNotBeNull(string.Join("; ", read.Diagnostics.Select(d => d.Message)));
    }

    private static string CellText(byte[] docx, int column) => Extract(docx).Rows.ShouldHaveSingleItem().Cells[column].Text;

    // Numbering ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void Rec_no_typed_with_the_numbering_button_reads_as_the_numbers_Word_draws()
    {
        var numbering = NumberingPart(Abstract(1, Level(0, 1, "decimal", "%1.")), Num(5, 1));
        var docx = Docx(Table(
            Row(Numbered(5), P(R("First concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025"))),
            Row(Numbered(5), P(R("Second concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025"))),
            Row(Numbered(5), P(R("Third concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025")))), numbering);

        Read(docx).Concerns.Select(c => c.Id).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void Lists_on_one_abstract_list_share_its_counters_and_a_start_override_restarts_them_where_the_list_is_first_used()
    {
        var numbering = NumberingPart(
            Abstract(1, Level(0, 1, "decimal", "%1.")),
            Num(5, 1) + Num(6, 1) + Num(7, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride>"));
        var body = string.Concat(Numbered(5, content: R("a")), Numbered(6, content: R("b")), Numbered(5, content: R("c")),
            Numbered(7, content: R("d")), Numbered(7, content: R("e")), Numbered(5, content: R("f")));
        var docx = Docx(body + Table(Row(Numbered(6), P(R("Concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025")))), numbering);

        // a 1, b 2, c 3 share the counter; list 7 restarts it at 10: d 10, e 11; list 5 runs on from there: f 12; the Rec No 13.
        Read(docx).Concerns.ShouldHaveSingleItem().Id.ShouldBe("13");
    }

    [Fact]
    public void A_level_restarts_when_a_higher_level_is_used_unless_its_lvlRestart_is_0()
    {
        var numbering = NumberingPart(
            Abstract(1, Level(0, 7, "decimal", "%1."), Level(1, 1, "decimal", "%1.%2")) +
            Abstract(2, Level(0, 1, "decimal", "%1."), Level(1, 1, "decimal", "%1.%2", "<w:lvlRestart w:val=\"0\"/>")),
            Num(1, 1) + Num(2, 2));
        var rows = new[] { (1, 1), (1, 1), (1, 0), (1, 1), (2, 1), (2, 0), (2, 1) }
            .Select((x, i) => Row(Numbered(x.Item1, x.Item2), P(R($"Concern {i}.")), P(R("Act.")), P(R("Governor")), P(R("May 2025"))));
        var table = Extract(Docx(Table([.. rows]), numbering));

        // Level 1 shows its start (7) until a level-1 paragraph is drawn, which is then 7 itself; list 2's second level never restarts.
        table.Rows.Select(r => r.Cells[0].Text).ShouldBe(["7.1", "7.2", "7.", "7.1", "1.1", "1.", "1.2"]);
    }

    [Theory]
    [InlineData("upperRoman", "%1)", 4, "IV)")]
    [InlineData("lowerLetter", "(%1)", 28, "(bb)")]
    [InlineData("decimalZero", "%1.", 7, "07.")]
    [InlineData("ordinal", "%1", 2, "2nd")]
    [InlineData("bullet", "\uF0B7", 1, "•")]
    public void Number_formats_are_drawn_as_Word_draws_them(string format, string text, int start, string label)
    {
        var numbering = NumberingPart(Abstract(1, Level(0, start, format, text)), Num(1, 1));
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), Numbered(1, content: R("Act.")), P(R("Governor")), P(R("May 2025")))), numbering), 2)
            .ShouldBe($"{label} Act.");
    }

    [Fact]
    public void Legal_numbering_draws_every_level_in_decimal()
    {
        var numbering = NumberingPart(Abstract(1, Level(0, 3, "upperRoman", "%1."), Level(1, 2, "decimal", "%1.%2", "<w:isLgl/>")), Num(1, 1));
        CellText(Docx(Table(Row(Numbered(1, 1), P(R("Concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025")))), numbering), 0).ShouldBe("3.2");
    }

    [Fact]
    public void Numbering_from_a_paragraph_style_takes_the_level_the_list_links_to_the_style_and_numId_0_turns_it_off()
    {
        var numbering = NumberingPart(Abstract(1, Level(0, 1, "decimal", "%1."), Level(1, 1, "lowerLetter", "%2)", "<w:pStyle w:val=\"Step\"/>")), Num(4, 1));
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Step\"><w:name w:val=\"Step\"/><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>";
        var action = P(R("First."), "<w:pStyle w:val=\"Step\"/>") + P(R("Second."), "<w:pStyle w:val=\"Step\"/>")
            + P(R("Not a step."), "<w:pStyle w:val=\"Step\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>");
        var docx = Docx(Table($"<w:tr>{Cell(P(R("1")))}{Cell(P(R("Concern.")))}{Cell(action)}{Cell(P(R("Governor")))}{Cell(P(R("May 2025")))}</w:tr>"), numbering, styles);

        Extract(docx).Rows.ShouldHaveSingleItem().Cells[2].Paragraphs.Select(p => p.Text).ShouldBe(["a) First.", "b) Second.", "Not a step."]);
    }

    [Fact]
    public void A_list_linked_through_a_numbering_style_numbers_with_the_list_the_style_names()
    {
        var numbering = NumberingPart(
            Abstract(1, Level(0, 5, "decimal", "%1.")) + "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"PlanList\"/></w:abstractNum>",
            Num(1, 1) + Num(2, 2));
        var styles = "<w:style w:type=\"numbering\" w:styleId=\"PlanList\"><w:name w:val=\"Plan List\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        CellText(Docx(Table(Row(Numbered(2), P(R("Concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025")))), numbering, styles), 0).ShouldBe("5.");
    }

    // Revisions, hidden text, notes ---------------------------------------------------------------------------------------

    [Fact]
    public void A_paragraph_whose_mark_is_deleted_runs_on_into_the_next_and_holds_no_place_of_its_own()
    {
        var action = P(R("Review the "), "<w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr>") + P(R("strategy."));
        var owners = P(R("Governor"));
        var paragraphs = Extract(Docx(Table($"<w:tr>{Cell(P(R("1")))}{Cell(P(R("Concern.")))}{Cell(action)}{Cell(owners)}{Cell(P(R("May 2025")))}</w:tr>"))).Rows[0].Cells[2].Paragraphs;
        paragraphs.ShouldHaveSingleItem().Text.ShouldBe("Review the strategy.");
    }

    [Fact]
    public void Hidden_text_through_the_defaults_a_paragraph_style_or_a_character_style_is_left_out_and_direct_formatting_wins()
    {
        var styles = "<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Notes\"><w:name w:val=\"Notes\"/><w:rPr><w:vanish/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"Aside\"><w:name w:val=\"Aside\"/><w:basedOn w:val=\"Quiet\"/></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"Quiet\"><w:name w:val=\"Quiet\"/><w:rPr><w:vanish/></w:rPr></w:style>";
        var action = P(R("Review") + R(" (ask HR)", "<w:rStyle w:val=\"Aside\"/>") + R(" the strategy.")) +
            P(R("A drafting note."), "<w:pStyle w:val=\"Notes\"/>") +
            P(R("Shown despite its style.", "<w:vanish w:val=\"0\"/>"), "<w:pStyle w:val=\"Notes\"/>");
        var docx = Docx(Table($"<w:tr>{Cell(P(R("1")))}{Cell(P(R("Concern.")))}{Cell(action)}{Cell(P(R("Governor")))}{Cell(P(R("May 2025")))}</w:tr>"), styles: styles);

        // The paragraph in the hidden style runs on into the next (its mark is hidden too), so two paragraphs are drawn.
        Extract(docx).Rows[0].Cells[2].Paragraphs.Select(p => p.Text).ShouldBe(["Review the strategy.", "Shown despite its style."]);
    }

    [Fact]
    public void Hidden_text_in_the_document_defaults_is_hidden_everywhere_it_is_not_turned_back_on()
    {
        var styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>";
        string Shown(string text) => P(R(text, "<w:vanish w:val=\"0\"/>"));
        var header = $"<w:tr>{Cell(Shown("Rec No"))}{Cell(Shown("Concerns"))}{Cell(Shown("Response"))}{Cell(Shown("Owner"))}{Cell(Shown("Target Date"))}</w:tr>";
        var docx = Docx("<w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>Action Plan: HMP X</w:t></w:r></w:p>" +
            "<w:tbl>" + Grid + header + (Row(P(R("1", "<w:vanish w:val=\"false\"/>")), P(R("Concern.", "<w:vanish w:val=\"off\"/>")), P(R("Act.", "<w:vanish w:val=\"0\"/>") + R(" hidden")), P(R("Governor", "<w:vanish w:val=\"0\"/>")), P(R("May 2025", "<w:vanish w:val=\"0\"/>")))) + "</w:tbl>", styles: styles);
        var plan = Read(docx);
        plan.Establishment.ShouldBe("HMP X");
        plan.Concerns.ShouldHaveSingleItem().Actions.ShouldHaveSingleItem().Text.ShouldBe("Act.");
    }

    [Fact]
    public void Comment_marks_and_footnote_references_with_their_custom_marks_are_not_text()
    {
        var action = P("<w:commentRangeStart w:id=\"1\"/>" + R("Audit the logs") + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>" +
            "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"3\"/><w:t>*</w:t></w:r>" + R(" monthly."));
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), action, P(R("Governor")), P(R("May 2025"))))), 2).ShouldBe("Audit the logs monthly.");
    }

    // Fields, controls, alternate content ----------------------------------------------------------------------------------

    private static string Field(string instruction, string result, bool separate = true) =>
        $"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>" +
        (separate ? "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + result : "") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    [Fact]
    public void A_field_shows_its_result_never_its_instruction_nested_or_not_and_a_field_without_result_shows_nothing()
    {
        var nested = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> IF </w:instrText></w:r>" +
            Field("DOCPROPERTY Phase", R("1")) + "<w:r><w:instrText xml:space=\"preserve\"> = \"1\" \"June\" \"July\" </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("June 2025") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var date = P(nested + Field("TC \"Entry\"", "", separate: false));
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), P(R("Act.")), P(R("Governor")), date))), 4).ShouldBe("June 2025");
    }

    [Fact]
    public void A_drop_down_form_field_shows_its_chosen_entry_even_with_an_empty_result()
    {
        string DropDown(string result) =>
            "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"S\"/><w:ddList><w:result w:val=\"2\"/>" +
            "<w:listEntry w:val=\"Agreed\"/><w:listEntry w:val=\"Not Agreed\"/><w:listEntry w:val=\"Partly Agreed\"/></w:ddList></w:ffData></w:fldChar></w:r>" +
            "<w:r><w:instrText xml:space=\"preserve\"> FORMDROPDOWN </w:instrText></w:r>" + result + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), P(DropDown("")), P(R("Governor")), P(R("May 2025"))))), 2).ShouldBe("Partly Agreed");
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), P(DropDown("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r/>")), P(R("Governor")), P(R("May 2025"))))), 2).ShouldBe("Partly Agreed");
    }

    [Fact]
    public void A_content_control_showing_its_placeholder_holds_nothing_but_keeps_its_paragraphs_place()
    {
        var owners = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + P(R("Click or tap here to enter text.")) + "</w:sdtContent></w:sdt>" +
            P("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + R("Choose an owner.") + "</w:sdtContent></w:sdt>") +
            P(R("Head of Safety"));
        var actions = P(R("First.")) + P(R("Second.")) + P(R("Third."));
        var plan = Read(Docx(Table($"<w:tr>{Cell(P(R("1")))}{Cell(P(R("Concern.")))}{Cell(actions)}{Cell(owners)}{Cell(P(R("May 2025")))}</w:tr>")));
        plan.Concerns[0].Actions.Select(a => a.Owner ?? "-").ShouldBe(["-", "-", "Head of Safety"]);
    }

    [Fact]
    public void Alternate_content_shows_the_first_choice_Word_understands_else_the_fallback()
    {
        string Alternate(string requires) =>
            $"<mc:AlternateContent><mc:Choice Requires=\"{requires}\">{R("Choice")}</mc:Choice><mc:Fallback>{R("Fallback")}</mc:Fallback></mc:AlternateContent>";
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), P(Alternate("w14")), P(R("Governor")), P(R("May 2025"))))), 2).ShouldBe("Choice");
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), P(Alternate("x99")), P(R("Governor")), P(R("May 2025"))))), 2).ShouldBe("Fallback");
    }

    [Fact]
    public void A_smart_tag_shows_its_text()
    {
        var owner = P("<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"PersonName\">" + R("Head of Safety") + "</w:smartTag>");
        CellText(Docx(Table(Row(P(R("1")), P(R("Concern.")), P(R("Act.")), owner, P(R("May 2025"))))), 3).ShouldBe("Head of Safety");
    }

    // Tables ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Deleted_and_hidden_rows_and_deleted_cells_are_not_read_and_a_legacy_horizontal_merge_widens_the_cell()
    {
        var deleted = $"<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"A\"/></w:trPr>{Cell(P(R("2")))}{Cell(P(R("Gone.")))}{Cell(P(R("Gone.")))}{Cell(P(R("X")))}{Cell(P(R("May 2025")))}</w:tr>";
        var hidden = $"<w:tr><w:trPr><w:hidden/></w:trPr>{Cell(P(R("3")))}{Cell(P(R("Hidden.")))}{Cell(P(R("Hidden.")))}{Cell(P(R("X")))}{Cell(P(R("May 2025")))}</w:tr>";
        var cellDeleted = $"<w:tr>{Cell(P(R("4")))}<w:tc><w:tcPr><w:cellDel w:id=\"2\" w:author=\"A\"/></w:tcPr>{P(R("Deleted cell."))}</w:tc>{Cell(P(R("Concern four.")))}{Cell(P(R("Act four.")))}{Cell(P(R("Governor")))}{Cell(P(R("June 2025")))}</w:tr>";
        var hMerge = $"<w:tr>{Cell(P(R("5")))}{Cell(P(R("Concern five.")))}<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>{P(R("Act five."))}</w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>{Cell(P(R("July 2025")))}</w:tr>";
        var table = Extract(Docx(Table(Row(P(R("1")), P(R("Concern one.")), P(R("Act one.")), P(R("Governor")), P(R("May 2025"))), deleted, hidden, cellDeleted, hMerge)));

        table.Rows.Select(r => r.Cells[0].Text).ShouldBe(["1", "4", "5"]);
        table.Rows[1].Cells.Select(c => c.Text).ShouldBe(["4", "Concern four.", "Act four.", "Governor", "June 2025"]);
        table.Rows[2].Cells.Select(c => c.Text).ShouldBe(["5", "Concern five.", "Act five.", "", "July 2025"]);
    }

    [Fact]
    public void A_row_marked_to_repeat_is_never_a_recommendation_and_a_header_over_two_rows_is_read_column_by_column()
    {
        var top = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell(P(R("Rec No"))) + Cell(P(R("Concerns"))) +
            "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + P(R("Response")) + "</w:tc></w:tr>";
        var below = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell() + Cell() + Cell(P(R("Action Taken/Planned"))) + Cell(P(R("Responsible Owner"))) + Cell(P(R("Target Date"))) + "</w:tr>";
        var title = "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr>" + P(R("HMP X action plan (continued)")) + "</w:tc></w:tr>";
        var body = $"<w:tbl>{Grid}{top}{below}{title}{Row(P(R("1")), P(R("Concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025")))}</w:tbl>";

        var plan = Read(Docx(body));
        var concern = plan.Concerns.ShouldHaveSingleItem();
        concern.Text.ShouldBe("Concern.");
        concern.Actions.ShouldHaveSingleItem().Owner.ShouldBe("Governor");
    }

    [Fact]
    public void A_headerless_table_carrying_the_plan_on_a_grid_drawn_differently_across_the_same_width_lines_up_by_position()
    {
        static string Widths(params int[] widths) => "<w:tblGrid>" + string.Concat(widths.Select(w => $"<w:gridCol w:w=\"{w}\"/>")) + "</w:tblGrid>";
        var first = $"<w:tbl>{Widths(1000, 3000, 4000, 2000, 1500)}{HeaderRow}{Row(P(R("1")), P(R("First concern.")), P(R("Act one.")), P(R("Governor")), P(R("May 2025")))}</w:tbl>";
        // The second table splits the action column in two (2500 + 1500) and has six grid columns.
        var row = $"<w:tr>{Cell(P(R("2")))}{Cell(P(R("Second concern.")))}{Cell(P(R("Act two.")))}{Cell()}{Cell(P(R("Head of Safety")))}{Cell(P(R("June 2025")))}</w:tr>";
        var second = $"<w:tbl>{Widths(1000, 3000, 2500, 1500, 2000, 1500)}{row}</w:tbl>";
        var other = $"<w:tbl>{Widths(5000, 5000)}<w:tr>{Cell(P(R("Signed")))}{Cell(P(R("Governor")))}</w:tr></w:tbl>";

        var plan = Read(Docx(first + "<w:p/>" + second + "<w:p/>" + other));
        plan.Concerns.Select(c => (c.Id, c.Actions.Single().Text, c.Actions.Single().Owner)).ShouldBe(
            [("1", "Act one.", "Governor"), ("2", "Act two.", "Head of Safety")]);
    }

    [Fact]
    public void Section_headings_between_the_tables_of_a_split_plan_are_its_section_rows()
    {
        var first = Table(Row(P(R("1")), P(R("First concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025"))));
        var second = $"<w:tbl>{Grid}{Row(P(R("2")), P(R("Second concern.")), P(R("Act.")), P(R("Governor")), P(R("May 2025")))}</w:tbl>";
        var body = P(R("Priority concerns")) + first + P("<w:r><w:br w:type=\"page\"/></w:r>") + P(R("Key concerns")) + second;

        Read(Docx(body)).Concerns.Select(c => (c.Id, c.Section)).ShouldBe([("1", "Priority concerns"), ("2", "Key concerns")]);
    }
}
