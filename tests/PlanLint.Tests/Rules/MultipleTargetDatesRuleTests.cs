using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class MultipleTargetDatesRuleTests
{
    [Theory]
    [InlineData("July 2025 September 2025", "2 targets ('July 2025', 'September 2025')")]
    [InlineData("September 2025 December 2025 March 2026", "3 targets ('September 2025', 'December 2025', 'March 2026')")]
    [InlineData("Completed September 2025", "2 targets ('Completed', 'September 2025')")] // done, yet due later
    [InlineData("June 2025 / Completed", "2 targets ('June 2025', 'Completed')")]
    public void Fires_on_more_than_one_target(string target, string parts)
    {
        var plan = TestPlans.OneConcern(("Boilers: the boiler house project is complete but not yet handed over.", "RPOM", target));
        var d = TestPlans.Analyze(new MultipleTargetDatesRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(MultipleTargetDatesRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Target date '{target}' for action 1 of recommendation 1 ('Boilers: the boiler house…') gives {parts}; give one completion date per action, splitting the action if its steps finish at different times");
    }

    [Theory]
    [InlineData("March 2025")]
    [InlineData("April to June 2025")] // one period
    [InlineData("From April 2025 until March 2026")]
    [InlineData("Completed December 2024")] // when it was done, before the plan was written
    [InlineData("Completed by March 2025")] // a deadline
    [InlineData("6th April 2025")]
    [InlineData("March 2025 March 2025")] // the same date written twice is one date: PL2005 fired on this 12 times on the corpus and was never right
    [InlineData("March 2025 / March 2025")] // the same period
    [InlineData("Q1 2025/26")] // one quarter of one financial year
    public void Quiet_for_one_target(string target)
    {
        var plan = TestPlans.OneConcern(("Boilers: the boiler house project is complete but not yet handed over.", "RPOM", target));
        TestPlans.Analyze(new MultipleTargetDatesRule(), plan).ShouldBeEmpty();
    }
}
