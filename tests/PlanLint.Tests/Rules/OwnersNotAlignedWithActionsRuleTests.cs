using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.Reading;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>
/// PL0002, a Reading rule: valid and invalid tables, read by the shared table assembler as a Word or text reader would.
/// What the cues of docs/readers.md settle is quiet; what stays ambiguous is one finding for the row, and no owner or
/// date is then reported missing on the actions it could not place.
/// </summary>
public sealed class OwnersNotAlignedWithActionsRuleTests
{
    private static IReadOnlyList<Diagnostic> Analyze(TableBuilder table)
    {
        var plan = table.Assemble().Plan.ShouldNotBeNull();
        return new AnalyzerEngine([new OwnersNotAlignedWithActionsRule()]).Analyze(plan, AnalysisOptions.Default);
    }

    private static IReadOnlyList<Diagnostic> AnalyzeWithEveryRule(TableBuilder table)
    {
        var plan = table.Assemble().Plan.ShouldNotBeNull();
        return new AnalyzerEngine(BuiltInRules.Create()).Analyze(plan, AnalysisOptions.Default);
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
        {
            "every owner entry the same post",
            TableBuilder.Concerns().Row("4", "C.", new[] { "A.", "B.", "C." }, new[] { "The Governor", "The Governor" }, new[] { "May 2025", "June 2025", "July 2025" })
        },
        {
            "a paragraph that continues the description before it",
            TableBuilder.Concerns().Row("11", "C.",
                new[] { "The Bill introduces several reforms to transfers.", "The reforms will stop courts using prison as a place of safety.", "Locally the prison will transfer patients promptly." },
                new[] { "NHSE", "Head of Healthcare" }, new[] { "Ongoing", "March 2025" })
        },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Quiet_when_entries_line_up(string why, TableBuilder table) => Analyze(table).ShouldBeEmpty(why);

    public static TheoryData<TableBuilder, string, int?> Invalid() => new()
    {
        {
            TableBuilder.Concerns().Row("2", "C.", new[] { "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H." }, new[] { "1", "2", "3", "4", "5" }, new[] { "a", "b", "c", "d", "e" }),
            "Row at line 2 of recommendation 2 has 8 actions but 5 owners and 5 target dates; actions 2–8 were left without an owner or target date rather than guessed, as nothing in the row shows which goes with which",
            2
        },
        {
            TableBuilder.Concerns().Row("4", "C.", new[] { "A.", "B.", "C." }, new[] { "Governor", "Head of Safety" }, new[] { "a", "b", "c" }),
            "Row at line 2 of recommendation 4 has 3 actions but 2 owners; actions 2–3 were left without an owner rather than guessed, as nothing in the row shows which goes with which",
            2
        },
        {
            TableBuilder.Concerns().Row("4", "C.", new[] { "A.", "B.", "C." }, new[] { "G", "H" }, new[] { "a", "b", "c", "d", "e" }),
            "Row at line 2 of recommendation 4 has 3 actions but 2 owners and 5 target dates; actions 2–3 were left without an owner rather than guessed, as nothing in the row shows which goes with which; target dates 4–5 could not be matched to an action",
            2
        },
        {
            TableBuilder.Concerns().Row("5", "C.",
                new[] { "A new strategy will be written.", "A peer mentor scheme will start.", "A needs analysis has been completed." },
                "Head of Learning", new[] { "March 2025", "Completed" }),
            "Row at line 2 of recommendation 5 has 3 actions but 2 target dates; action 2 was left without a target date rather than guessed; the others were placed by tense ('Completed' beside work done)",
            2
        },
        {
            // Two paragraphs could each continue a description; reading either way is a guess.
            TableBuilder.Concerns().Row("11", "C.",
                new[] { "The Bill introduces several reforms to transfers.", "The reforms will stop courts using prison as a place of safety.", "The prison will transfer patients promptly." },
                new[] { "NHSE", "Head of Healthcare" }, new[] { "Ongoing", "March 2025" }),
            "Row at line 2 of recommendation 11 has 3 actions but 2 owners and 2 target dates; actions 2–3 were left without an owner or target date rather than guessed, as nothing in the row shows which goes with which",
            2
        },
        {
            TableBuilder.Concerns().Row("1", "C.", "A.", "Governor", "May 2025").Row("", "", "", new[] { "Head of Safety", "HMPPS" }, ""),
            "Row at line 3 of recommendation 1 has 2 owners but no action; they could not be matched to an action",
            null
        },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fires_once_per_row_whose_entries_cannot_be_placed(TableBuilder table, string message, int? action)
    {
        var d = Analyze(table).ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.OwnersNotAlignedWithActions);
        d.Descriptor.Category.ShouldBe(RuleCategory.Reading);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe(message);
        d.ActionIndex.ShouldBe(action);
        d.Location.Column.ShouldBe(1);
    }

    [Fact]
    public void Names_every_action_it_could_not_place_as_a_related_location()
    {
        var d = Analyze(TableBuilder.Concerns().Row("2", "C.", new[] { "A.", "B.", "C.", "D." }, new[] { "G", "H" }, new[] { "May 2025", "June 2025" }))
            .ShouldHaveSingleItem();
        d.ActionIndex.ShouldBe(2);
        d.RelatedLocations.Select(r => r.Message).ShouldBe(["Action 3 of recommendation 2", "Action 4 of recommendation 2"]);
    }

    [Fact]
    public void No_owner_or_date_is_reported_missing_on_the_actions_it_could_not_place()
    {
        var findings = AnalyzeWithEveryRule(
            TableBuilder.Concerns().Row("2", "C.", new[] { "A will be done.", "B will be done.", "C will be done." }, new[] { "The Governor", "Head of Safety" }, new[] { "May 2025", "June 2025" }));
        findings.ShouldContain(d => d.Id == RuleIds.OwnersNotAlignedWithActions);
        findings.ShouldNotContain(d => d.Id == MissingOwnerRule.Id || d.Id == MissingTargetDateRule.Id);
    }

    [Fact]
    public void A_blank_cell_in_a_row_that_lines_up_is_still_a_missing_owner()
    {
        var findings = AnalyzeWithEveryRule(
            TableBuilder.Concerns().Row("7", "C.", "A will be done.", "The Governor", "May 2025").Row("", "", "B will be done.", "Head of Safety", "May 2025")
                .Row("", "", "C will be done.", "", "June 2025"));
        var d = findings.Where(d => d.RecId is not null).ShouldHaveSingleItem();
        d.Id.ShouldBe(MissingOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Names_the_word_table_row_where_there_are_no_lines()
    {
        var d = Analyze(new TableBuilder(PlanLint.Readers.Tables.TableColumns.ConcernFormat, "plan.docx", word: true)
            .Row("2", "C.", new[] { "A.", "B.", "C." }, new[] { "G", "H" }, "")).ShouldHaveSingleItem();
        d.Message.ShouldStartWith("Row at table 1, row 2 of recommendation 2 has 3 actions but 2 owners");
    }

    [Fact]
    public void Reports_the_notes_a_json_plan_keeps()
    {
        string plan = TestPlans.Json(new System.Text.Json.Nodes.JsonObject
        {
            ["format"] = "concerns",
            ["concerns"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = "2",
                ["text"] = "C.",
                ["actions"] = new System.Text.Json.Nodes.JsonArray(
                    new System.Text.Json.Nodes.JsonObject { ["text"] = "A.", ["owner"] = "G" },
                    new System.Text.Json.Nodes.JsonObject { ["text"] = "B.", ["owner"] = null }),
                ["readingNotes"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["rule"] = "PL0002",
                    ["source"] = "line 33",
                    ["message"] = "Row at line 33 of recommendation 2 has 2 actions but 3 owners",
                    ["actions"] = new System.Text.Json.Nodes.JsonArray(2),
                }),
            }),
        });
        var d = TestPlans.Analyze(new OwnersNotAlignedWithActionsRule(), plan).ShouldHaveSingleItem();
        d.Message.ShouldBe("Row at line 33 of recommendation 2 has 2 actions but 3 owners");
        d.ActionIndex.ShouldBe(2);
        d.Location.Pointer.ShouldBe("/concerns/0/readingNotes/0");
    }

    [Fact]
    public void Never_fires_on_json_plans_without_reading_notes() =>
        TestPlans.Analyze(new OwnersNotAlignedWithActionsRule(), TestPlans.OneConcern(("A.", "G", "May 2025"), ("B.", null, null))).ShouldBeEmpty();
}
