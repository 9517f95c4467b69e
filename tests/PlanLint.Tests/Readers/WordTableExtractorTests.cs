using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>The Word reader's layout step: documents written by <see cref="WordPlanBuilder"/> from a plan, read back as a table.</summary>
public sealed class WordTableExtractorTests
{
    private static ActionPlan Example => WordPlanBuilder.SamplePlan();

    private static WordTableExtractor.Result Extract(byte[] docx)
    {
        var (result, problem) = new WordPlanReader().Extract("plan.docx", docx);
        problem.ShouldBeNull();
        return result!;
    }

    private static string[] Texts(TableCell cell) => [.. cell.Paragraphs.Select(p => p.Text)];

    [Fact]
    public void The_title_paragraphs_become_the_header()
    {
        var header = Extract(WordPlanBuilder.Build(Example)).Header;
        header.Establishment!.Value.Value.ShouldBe("HMP Long Lartin");
        header.Establishment.Value.Location.Part.ShouldBe("paragraph 2");
        header.Submitted!.Value.Value.ShouldBe(new DateOnly(2025, 1, 29));
        header.InspectionStart!.Value.Value.ShouldBe(new DateOnly(2024, 9, 30));
        header.InspectionEnd!.Value.Value.ShouldBe(new DateOnly(2024, 10, 10));
        header.ReportPublished!.Value.Value.ShouldBe(new DateOnly(2025, 1, 14));
    }

    [Fact]
    public void A_row_per_concern_gives_one_paragraph_per_action_owner_and_date_with_the_spacers_in_place()
    {
        var plan = Example;
        var table = Extract(WordPlanBuilder.Build(plan, _ => WordPlanBuilder.Layout.RowPerConcern)).Table;
        table.Columns.ShouldBe(TableColumns.ConcernFormat);
        var nine = table.Rows.Single(r => r.Cells[0].Text == "9");
        var expected = plan.Concerns.Single(c => c.Id == "9");
        Texts(nine.Cells[table.Columns.Action]).ShouldBe(expected.Actions.SelectMany((a, i) => i == 0 ? new[] { a.Text } : ["", a.Text]));
        Texts(nine.Cells[table.Columns.Owner]).ShouldBe(expected.Actions.Select(a => a.Owner));
        Texts(nine.Cells[table.Columns.TargetDate]).ShouldBe(expected.Actions.Select(a => a.TargetDate));
        nine.Cells[table.Columns.Concern].Text.ShouldBe(expected.Text);

        // Row 1 is the header, row 2 the "Key concerns" section, then 7, 8, 9; the blank spacer is paragraph 2.
        nine.Location.Part.ShouldBe("table 1, row 5");
        nine.Cells[table.Columns.Action].Paragraphs[2].Location.Part.ShouldBe("table 1, row 5, column 3, paragraph 3");
        nine.Cells[table.Columns.Owner].Paragraphs[1].Location.Part.ShouldBe("table 1, row 5, column 4, paragraph 2");
        nine.Cells[table.Columns.Owner].Location.Line.ShouldBe(0);
    }

    [Fact]
    public void A_section_row_merged_across_the_table_lands_in_the_concern_column()
    {
        var table = Extract(WordPlanBuilder.Build(Example)).Table;
        var section = table.Rows[0];
        section.Cells[table.Columns.Concern].Text.ShouldBe("Key concerns");
        section.Cells.Where((_, i) => i != table.Columns.Concern).ShouldAllBe(c => c.IsBlank && !c.MergedFromAbove);
    }

    [Fact]
    public void A_row_per_action_marks_the_vertically_merged_cells_below_the_first()
    {
        // The plan says every action of 9 shares the first one's owner cell, so the builder merges the owner cell too.
        var plan = Example with
        {
            Concerns = [.. Example.Concerns.Select(c => c.Id != "9" ? c : c with
            {
                Actions = [.. c.Actions.Select((a, i) => i == 0 ? a : a with
                {
                    Readings = FieldReadings.From([new(PlanFields.Owner, FieldReading.AsRead with { SameCellAs = 1 })]),
                })],
            })],
        };
        var table = Extract(WordPlanBuilder.Build(plan, _ => WordPlanBuilder.Layout.RowPerAction)).Table;
        var rows = table.Rows.Skip(1 + 13 + 4).ToList();
        rows.Count.ShouldBe(4);
        rows[0].Cells[0].Text.ShouldBe("9");
        rows[0].Cells.ShouldAllBe(c => !c.MergedFromAbove);
        foreach (var row in rows.Skip(1))
        {
            row.Cells[table.Columns.RecNo].MergedFromAbove.ShouldBeTrue();
            row.Cells[table.Columns.Concern].MergedFromAbove.ShouldBeTrue();
            row.Cells[table.Columns.Owner].MergedFromAbove.ShouldBeTrue();
            row.Cells[table.Columns.Owner].IsBlank.ShouldBeTrue();
            row.Cells[table.Columns.Action].MergedFromAbove.ShouldBeFalse();
        }

        rows.Select(r => r.Cells[table.Columns.Action].Text).ShouldBe(plan.Concerns[2].Actions.Select(a => a.Text));
        rows.Select(r => r.Cells[table.Columns.TargetDate].Text).ShouldBe(plan.Concerns[2].Actions.Select(a => a.TargetDate ?? ""));
    }

    [Fact]
    public void A_recommendation_table_keeps_the_agreement_column()
    {
        var plan = Example with
        {
            Format = PlanFormat.Recommendations,
            Concerns = [.. Example.Concerns.Select((c, i) => c with { Agreement = i == 1 ? AgreementStatus.PartlyAgreed : AgreementStatus.Agreed })],
        };
        var table = Extract(WordPlanBuilder.Build(plan)).Table;
        table.Columns.ShouldBe(TableColumns.RecommendationFormat);
        table.Rows.Where(r => !r.Cells[table.Columns.Agreement!.Value].IsBlank).Select(r => r.Cells[table.Columns.Agreement!.Value].Text)
            .ShouldBe(["Agreed", "Partly Agreed", "Agreed"]);
    }
}
