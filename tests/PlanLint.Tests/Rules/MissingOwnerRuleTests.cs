using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class MissingOwnerRuleTests
{
    [Theory]
    [InlineData("The Governor")]
    [InlineData("Head of Safety")]
    public void Quiet_when_the_action_names_an_owner(string owner)
    {
        var plan = TestPlans.OneConcern(("A prisoner safety survey will be conducted annually.", owner, "March 2025"));
        TestPlans.Analyze(new MissingOwnerRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Fires_when_the_owner_is_missing_or_blank(string? owner)
    {
        var plan = TestPlans.OneConcern(
            ("First action.", "The Governor", "March 2025"),
            ("Recovery focused keywork will be implemented locally.", owner, "March 2025"));

        var d = TestPlans.Analyze(new MissingOwnerRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(MissingOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe("Action 2 of recommendation 1 ('Recovery focused keywork will be…') has no responsible owner; name the post accountable for it");
        d.RecId.ShouldBe("1");
        d.ActionIndex.ShouldBe(2);
        d.Location.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Points_at_the_owner_value_when_it_is_written_as_null()
    {
        var plan = TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025"));
        var d = TestPlans.Analyze(new MissingOwnerRule(), plan).ShouldHaveSingleItem();
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/owner");
    }

    [Fact]
    public void Leaves_an_action_with_no_text_to_the_empty_action_rule()
    {
        var plan = TestPlans.OneConcern(("", null, "March 2025"));
        TestPlans.Analyze(new MissingOwnerRule(), plan).ShouldBeEmpty();
    }
}
