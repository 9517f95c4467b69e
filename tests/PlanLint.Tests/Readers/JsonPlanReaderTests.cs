using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Json;
using PlanLint.Rules.Structure;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

public sealed class JsonPlanReaderTests
{
    private static (ActionPlan? Plan, IReadOnlyList<Diagnostic> Diagnostics) Read(string json)
    {
        var r = new JsonPlanReader().Read("p.plan.json", Encoding.UTF8.GetBytes(json));
        return (r.Plan, r.Diagnostics);
    }

    [Fact]
    public void Reads_the_model_with_positions_of_every_field()
    {
        var (plan, diagnostics) = Read(TestPlans.OneConcern(("Act.", "The Governor", "March 2025")));
        diagnostics.ShouldBeEmpty();
        plan!.Establishment.ShouldBe("HMP Test");
        plan.Submitted.ShouldBe(new DateOnly(2025, 1, 29));
        plan.InspectionStart.ShouldBe(new DateOnly(2024, 9, 30));
        var action = plan.Concerns.ShouldHaveSingleItem().Actions.ShouldHaveSingleItem();
        action.Owner.ShouldBe("The Governor");
        action.TargetDate.ShouldBe("March 2025");
        action.Index.ShouldBe(1);
        var owner = action.LocationOf(PlanFields.Owner);
        owner.Pointer.ShouldBe("/concerns/0/actions/0/owner");
        // TestPlans writes two-space indentation; the owner value sits on its own line.
        owner.Line.ShouldBeGreaterThan(action.Location.Line);
        owner.Column.ShouldBe("          \"owner\": ".Length + 1);
    }

    [Fact]
    public void Malformed_json_gives_one_located_PL0001()
    {
        var (plan, diagnostics) = Read("{\n  \"establishment\": \"HMP X\",\n  \"format\": \"concerns\"\n  \"concerns\": []\n}");
        plan.ShouldBeNull();
        var d = diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Line.ShouldBe(4);
        d.Location.Column.ShouldBe(3);
        d.Message.ShouldStartWith("The file is not valid JSON:");
        d.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void A_missing_required_property_names_the_recommendation()
    {
        var (_, diagnostics) = Read("""
            {
              "establishment": "HMP X",
              "format": "concerns",
              "concerns": [
                { "id": "7", "text": "Concern", "actions": [ { "owner": "Governor" } ] }
              ]
            }
            """);
        var d = diagnostics.ShouldHaveSingleItem();
        d.Message.ShouldBe("Action 1 of recommendation 7 is missing the required property \"text\"");
        d.Location.Line.ShouldBe(5);
        d.Location.Column.ShouldBe(50);
    }

    [Fact]
    public void A_wrong_type_says_what_was_expected()
    {
        var (_, diagnostics) = Read("""
            { "establishment": "HMP X", "format": "concerns",
              "concerns": [ { "id": "1", "text": "C", "actions": [ { "text": "A", "owner": 42 } ] } ] }
            """);
        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("\"owner\" of action 1 of recommendation 1 must be text or null, not the number 42");
    }

    [Fact]
    public void An_unknown_property_suggests_the_nearest_valid_one()
    {
        var (_, diagnostics) = Read("""
            { "establishment": "HMP X", "format": "concerns",
              "concerns": [ { "id": "1", "text": "C", "actions": [ { "text": "A", "ownr": "Governor" } ] } ] }
            """);
        var d = diagnostics.ShouldHaveSingleItem();
        d.Message.ShouldBe("Unknown property \"ownr\" in action 1 of recommendation 1; did you mean \"owner\"?");
        d.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void A_bad_enum_value_lists_the_allowed_values()
    {
        var (_, diagnostics) = Read("""
            { "establishment": "HMP X", "format": "recommendations",
              "concerns": [ { "id": "1", "text": "C", "agreement": "Yes", "actions": [] } ] }
            """);
        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("\"agreement\" of recommendation 1 is \"Yes\"; it must be one of \"Agreed\", \"Partly Agreed\", \"Not Agreed\"");
    }

    [Fact]
    public void A_date_in_the_wrong_shape_shows_the_expected_shape()
    {
        var (_, diagnostics) = Read("""{ "establishment": "HMP X", "submitted": "29/01/2025", "format": "concerns", "concerns": [] }""");
        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("\"submitted\" of the plan is \"29/01/2025\"; write dates as YYYY-MM-DD, e.g. 2025-01-29");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"plan\"")]
    public void Json_that_is_not_an_object_is_refused(string json)
    {
        var (_, diagnostics) = Read(json);
        diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("The file is JSON but not an action plan");
    }

    [Fact]
    public void A_plan_without_an_establishment_reads_and_PL0005_reports_it()
    {
        // Found by fuzzing: an imported text plan without an establishment must read back.
        var json = """{ "submitted": "2025-01-29", "inspection": { "start": "2024-09-30", "end": "2024-10-10" }, "format": "concerns", "concerns": [] }""";
        var (plan, diagnostics) = Read(json);
        diagnostics.ShouldBeEmpty();
        plan!.Establishment.ShouldBeNull();
        TestPlans.AnalyzeAll(json).ShouldContain(d => d.Id == MissingPlanDetailsRule.Id);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestPlans.OneConcern(("A", "B", "March 2025")))).ToArray();
        new JsonPlanReader().Read("p.json", bytes).Plan.ShouldNotBeNull();
    }
}
