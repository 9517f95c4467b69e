using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class MissingTargetDateRuleTests
{
    [Theory]
    [InlineData("March 2025")]
    [InlineData("Completed")]
    [InlineData("Ongoing")]
    public void Quiet_when_a_target_is_written(string target)
    {
        var plan = TestPlans.OneConcern(("Fact finding investigations will be completed.", "The Governor", target));
        TestPlans.Analyze(new MissingTargetDateRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Fires_when_the_target_is_missing(string? target)
    {
        var plan = TestPlans.OneConcern(("Fact finding investigations will be completed.", "The Governor", target));
        var d = TestPlans.Analyze(new MissingTargetDateRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(MissingTargetDateRule.Id);
        d.Message.ShouldBe("Action 1 of recommendation 1 ('Fact finding investigations will…') has no target date; give the month and year by which it will be complete");
    }
}
