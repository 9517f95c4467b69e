using PlanLint.Diagnostics;
using PlanLint.Rules.Structure;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class NoActionsRuleTests
{
    [Fact]
    public void Fires_on_a_concern_without_actions()
    {
        var plan = TestPlans.Concerns(
            ("1", [("The Safety department has been restructured.", "The Governor", "Completed")]),
            ("2", []));
        var d = TestPlans.Analyze(new NoActionsRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(NoActionsRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe("Recommendation 2 has no response action; say what will be done, by whom and by when");
        d.RecId.ShouldBe("2");
        d.Location.Pointer.ShouldBe("/concerns/1/actions");
    }

    [Fact]
    public void Fires_when_every_action_row_is_blank()
    {
        var plan = TestPlans.Concerns(("3", [("  ", null, ""), ("", " ", null)]));
        TestPlans.Analyze(new NoActionsRule(), plan).ShouldHaveSingleItem().RecId.ShouldBe("3");
    }

    [Theory]
    [InlineData("Agreed")]
    [InlineData("Partly Agreed")]
    [InlineData(null)]
    public void Fires_on_a_recommendation_without_actions_unless_not_agreed(string? agreement)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.1", agreement, null));
        TestPlans.Analyze(new NoActionsRule(), plan).ShouldHaveSingleItem().RecId.ShouldBe("7.1");
    }

    [Fact]
    public void Quiet_for_a_not_agreed_recommendation()
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.2", "Not Agreed", "Not affordable within the current budget."));
        TestPlans.Analyze(new NoActionsRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A review will be completed.", null, null)]
    [InlineData("", "The Governor", null)] // an owner without text is PL0006's concern, not a missing response
    [InlineData("", null, "March 2025")]
    public void Quiet_when_some_action_row_has_content(string text, string? owner, string? target)
    {
        var plan = TestPlans.Concerns(("1", [(text, owner, target)]));
        TestPlans.Analyze(new NoActionsRule(), plan).ShouldBeEmpty();
    }
}
