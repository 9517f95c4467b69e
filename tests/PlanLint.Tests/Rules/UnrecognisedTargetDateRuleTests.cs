using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class UnrecognisedTargetDateRuleTests
{
    [Theory]
    [InlineData("2001000.000")]
    [InlineData("Subject to funding")]
    [InlineData("When the prison returns to full capacity")]
    [InlineData("Governor")]
    [InlineData("Ongoingness review")]
    [InlineData("See above")]
    public void Fires_on_a_target_that_is_neither_a_date_nor_a_status(string target)
    {
        var plan = TestPlans.OneConcern(("A psychological treatment needs assessment will be completed.", "Head of Psychology", target));
        var d = TestPlans.Analyze(new UnrecognisedTargetDateRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(UnrecognisedTargetDateRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Target date '{target}' for action 1 of recommendation 1 ('A psychological treatment needs…') is neither a date nor a recognised status; give the month and year by which the action will be complete, or 'Completed'");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/targetDate");
    }

    [Theory]
    [InlineData("March 2025")]
    [InlineData("31/03/2025")]
    [InlineData("Q2 2025")]
    [InlineData("2025/26")]
    [InlineData("Spring 2025")]
    [InlineData("Within 6 months")] // read by the recogniser
    [InlineData("Complete")]
    [InlineData("In place")]
    [InlineData("Ongoing")] // vague: PL2002
    [InlineData("Commencing March 2025")] // a start: PL2004
    [InlineData("March 2025 March 2025")] // two dates: PL2005
    [InlineData(null)] // missing: PL2001
    public void Quiet_for_a_date_a_status_or_what_another_rule_reports(string? target)
    {
        var plan = TestPlans.OneConcern(("A psychological treatment needs assessment will be completed.", "Head of Psychology", target));
        TestPlans.Analyze(new UnrecognisedTargetDateRule(), plan).ShouldBeEmpty();
    }
}
