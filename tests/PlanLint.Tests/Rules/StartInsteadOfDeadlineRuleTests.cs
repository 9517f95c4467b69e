using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class StartInsteadOfDeadlineRuleTests
{
    [Theory]
    [InlineData("Commencing January 2026")]
    [InlineData("Commencing March 2025")]
    [InlineData("from April 2025")]
    [InlineData("Starting June 2025")]
    [InlineData("April 2025 onwards")]
    [InlineData("w/c 3rd March 2025")]
    [InlineData("Monthly from April 2025")]
    [InlineData("Commenced")]
    public void Fires_on_a_start_date(string target)
    {
        var plan = TestPlans.Concerns(
            ("8", [("A new larger temporary kitchen has been introduced.", "HMPPS", "Completed"), ("A project to install a new kitchen is underway.", "HMPPS", target)]));
        var d = TestPlans.Analyze(new StartInsteadOfDeadlineRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(StartInsteadOfDeadlineRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Target date '{target}' for action 2 of recommendation 8 ('A project to install a new…') gives a start, not a completion date; give the month and year by which it will be complete");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/1/targetDate");
    }

    [Theory]
    [InlineData("January 2026")]
    [InlineData("From April 2025 to March 2026")] // a start and an end
    [InlineData("Commencing April 2025, complete by March 2026")]
    [InlineData("Start of April 2025")] // near miss: part of a period, not a start
    [InlineData("By the beginning of June 2025")]
    [InlineData("Commenced and ongoing")] // vague: PL2002
    [InlineData("Completed")]
    public void Quiet_when_the_target_gives_an_end(string target)
    {
        var plan = TestPlans.OneConcern(("A project to install a new kitchen is underway.", "HMPPS", target));
        TestPlans.Analyze(new StartInsteadOfDeadlineRule(), plan).ShouldBeEmpty();
    }
}
