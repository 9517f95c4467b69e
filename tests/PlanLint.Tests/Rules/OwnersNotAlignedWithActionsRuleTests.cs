using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.Reading;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>Valid and invalid tables, read by the shared table assembler as a Word or text reader would.</summary>
public sealed class OwnersNotAlignedWithActionsRuleTests
{
    private static IReadOnlyList<Diagnostic> Analyze(TableBuilder table)
    {
        var plan = table.Assemble().Plan.ShouldNotBeNull();
        return new AnalyzerEngine([new OwnersNotAlignedWithActionsRule()]).Analyze(plan, AnalysisOptions.Default);
    }

    public static TheoryData<string, TableBuilder> Valid() => new()
    {
        {
            "one owner and date per action",
            TableBuilder.Concerns().Row("1", "C.", new[] { "A.", "B." }, new[] { "Governor", "Head of Safety" }, new[] { "March 2025", "Completed" })
        },
        {
            "one owner shared by the row",
            TableBuilder.Concerns().Row("1", "C.", new[] { "A.", "B.", "C." }, "Governor", new[] { "May 2025", "June 2025", "July 2025" })
        },
        {
            "a merged owner cell on the first row",
            TableBuilder.Concerns().Row("1", "C.", "A.", "Governor", "May 2025").Row("", "", "B.", "", "June 2025")
        },
        {
            "a missing owner is PL1001's business",
            TableBuilder.Concerns().Row("1", "C.", "A.", "Governor", "May 2025").Row("", "", "B.", "Governor", "May 2025").Row("", "", "C.", "", "")
        },
        {
            "owner rows below that make up the count",
            TableBuilder.Concerns().Row("1", "C.", new[] { "A.", "B." }, "Governor", "Complete").Row("", "", "", "Head of Safety", "April 2023")
        },
        {
            "a paragraph split across rows",
            TableBuilder.Concerns().Row("1", "C.", new[] { "A.", "B is split over" }, new[] { "G", "G" }, new[] { "May 2025", "May 2025" })
                .Row("", "", new[] { "two rows.", "C." }, "H", "June 2025")
        },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Quiet_when_entries_line_up(string why, TableBuilder table) => Analyze(table).ShouldBeEmpty(why);

    public static TheoryData<TableBuilder, string, int?> Invalid() => new()
    {
        {
            TableBuilder.Concerns().Row("2", "C.", new[] { "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H." }, new[] { "1", "2", "3", "4", "5" }, new[] { "a", "b", "c", "d", "e" }),
            "Row at line 2 of recommendation 2 has 8 actions but 5 owners and 5 target dates; actions 6–8 could not be matched to an owner or target date",
            6
        },
        {
            TableBuilder.Concerns().Row("4", "C.", new[] { "A.", "B.", "C." }, new[] { "Governor", "Governor" }, new[] { "a", "b", "c" }),
            "Row at line 2 of recommendation 4 has 3 actions but 2 owners; action 3 could not be matched to an owner",
            3
        },
        {
            TableBuilder.Concerns().Row("4", "C.", new[] { "A.", "B.", "C." }, new[] { "G", "H" }, new[] { "a", "b", "c", "d", "e" }),
            "Row at line 2 of recommendation 4 has 3 actions but 2 owners and 5 target dates; action 3 could not be matched to an owner and target dates 4–5 could not be matched to an action",
            3
        },
        {
            TableBuilder.Concerns().Row("1", "C.", "A.", "Governor", "May 2025").Row("", "", "", new[] { "Head of Safety", "HMPPS" }, ""),
            "Row at line 3 of recommendation 1 has 2 owners but no action; they could not be matched to an action",
            null
        },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fires_on_rows_whose_entries_do_not_line_up(TableBuilder table, string message, int? action)
    {
        var d = Analyze(table).ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.OwnersNotAlignedWithActions);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe(message);
        d.ActionIndex.ShouldBe(action);
        d.Location.Column.ShouldBe(1);
        d.RelatedLocations.Count.ShouldBe(action is null ? 0 : d.Message.Contains("6–8") ? 3 : 1);
    }

    [Fact]
    public void Names_the_word_table_row_where_there_are_no_lines()
    {
        var plan = TableBuilder.Concerns().Row("2", "C.", new[] { "A.", "B.", "C." }, new[] { "G", "H" }, "").Assemble().Plan!;
        var concern = plan.Concerns[0];
        var row = concern.Rows[0] with { Location = Model.SourceLocation.At("plan.docx", new Model.DocumentPlace(Table: 1, Row: 3)) };
        plan = plan with { Concerns = [concern with { Rows = [row] }] };

        var d = new AnalyzerEngine([new OwnersNotAlignedWithActionsRule()]).Analyze(plan, AnalysisOptions.Default).ShouldHaveSingleItem();
        d.Message.ShouldStartWith("Row at table 1, row 3 of recommendation 2 has 3 actions but 2 owners");
    }

    [Fact]
    public void Never_fires_on_json_plans_which_have_no_table_rows() =>
        TestPlans.Analyze(new OwnersNotAlignedWithActionsRule(), TestPlans.OneConcern(("A.", "G", "May 2025"), ("B.", null, null))).ShouldBeEmpty();
}
