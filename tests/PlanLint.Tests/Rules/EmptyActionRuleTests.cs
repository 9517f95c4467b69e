using PlanLint.Diagnostics;
using PlanLint.Rules.Structure;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class EmptyActionRuleTests
{
    [Theory]
    [InlineData("", "Governor", "July 2022", "an owner ('Governor') and a target date ('July 2022')")]
    [InlineData("   ", "Governor", null, "an owner ('Governor')")]
    [InlineData("", null, " July 2022 ", "a target date ('July 2022')")]
    public void Fires_on_an_owner_or_date_without_text(string text, string? owner, string? target, string given)
    {
        var plan = TestPlans.OneConcern(("Terms of reference will be reviewed.", "Governor", "July 2022"), (text, owner, target));
        var d = TestPlans.Analyze(new EmptyActionRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(EmptyActionRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe($"Action 2 of recommendation 1 has {given} but no text; write what will be done, or remove the row");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/1/text");
    }

    [Theory]
    [InlineData("Terms of reference will be reviewed.", "Governor", "July 2022")]
    [InlineData("Terms of reference will be reviewed.", null, null)] // PL1001 and PL2001 report these
    [InlineData("", null, null)]
    [InlineData("", " ", "")]
    public void Quiet_otherwise(string text, string? owner, string? target)
    {
        var plan = TestPlans.OneConcern((text, owner, target));
        TestPlans.Analyze(new EmptyActionRule(), plan).ShouldBeEmpty();
    }
}
