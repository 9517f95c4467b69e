using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class VagueTargetDateRuleTests
{
    [Theory]
    [InlineData("Ongoing")]
    [InlineData("Commenced and ongoing")]
    [InlineData("On-going")]
    [InlineData("Continuous")]
    [InlineData("TBC")]
    [InlineData("Monthly")]
    [InlineData("quarterly")]
    [InlineData("In progress")]
    [InlineData("As and when required")]
    public void Fires_on_targets_that_give_no_deadline(string target)
    {
        var plan = TestPlans.OneConcern(("HMPPS continues to work to disrupt the ingress of illicit items.", "HMPPS", target));
        var d = TestPlans.Analyze(new VagueTargetDateRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(VagueTargetDateRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Target date '{target}' for action 1 of recommendation 1 ('HMPPS continues to work to…') gives no date by which the action will be complete; give a month and year");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/targetDate");
    }

    [Theory]
    [InlineData("March 2025")]
    [InlineData("Completed")]
    [InlineData("Completed and ongoing")] // reported done; the work simply carries on
    [InlineData("Ongoing until March 2025")]
    [InlineData("Ongoing - review by June 2025")]
    [InlineData("Monthly from April 2025")] // a start: PL2004
    [InlineData("Commencing March 2025")] // PL2004
    [InlineData("Ongoingness review")] // near miss: only whole words match; PL2003
    public void Quiet_when_the_target_gives_a_date_or_a_status(string target)
    {
        var plan = TestPlans.OneConcern(("A prisoner peer group will attend monthly Safety meetings.", "The Governor", target));
        TestPlans.Analyze(new VagueTargetDateRule(), plan).ShouldBeEmpty();
    }
}
