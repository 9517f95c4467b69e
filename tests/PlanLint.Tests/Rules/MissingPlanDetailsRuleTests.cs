using System.Globalization;
using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Rules.Structure;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class MissingPlanDetailsRuleTests
{
    private static string Plan(Action<JsonObject> edit) =>
        TestPlans.Edit(TestPlans.OneConcern(("A review will be completed.", "The Governor", "March 2025")), edit);

    [Fact]
    public void Quiet_when_the_plan_gives_its_details()
    {
        TestPlans.Analyze(new MissingPlanDetailsRule(), Plan(_ => { })).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("submitted", "submission date; add it")]
    [InlineData("inspection", "inspection dates; add them")]
    public void Fires_when_a_detail_is_missing(string field, string expected)
    {
        var d = TestPlans.Analyze(new MissingPlanDetailsRule(), Plan(p => p.Remove(field))).ShouldHaveSingleItem();
        d.Id.ShouldBe(MissingPlanDetailsRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"The plan does not give its {expected} to the plan's details");
    }

    [Fact]
    public void Names_every_missing_detail_in_one_finding()
    {
        var plan = Plan(p =>
        {
            p["establishment"] = " ";
            p.Remove("submitted");
            p["inspection"] = new JsonObject { ["start"] = "2024-09-30" };
        });
        TestPlans.Analyze(new MissingPlanDetailsRule(), plan).ShouldHaveSingleItem().Message
            .ShouldBe("The plan does not give its establishment, submission date or inspection end date; add them to the plan's details");
    }

    [Fact]
    public void Words_the_list_the_same_under_any_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            var plan = Plan(p => { p.Remove("submitted"); p.Remove("inspection"); });
            TestPlans.Analyze(new MissingPlanDetailsRule(), plan).ShouldHaveSingleItem().Message
                .ShouldBe("The plan does not give its submission date or inspection dates; add them to the plan's details");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
