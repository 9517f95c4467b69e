using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>The test plans are submitted on 29 January 2025.</summary>
public sealed class OverdueAtSubmissionRuleTests
{
    [Theory]
    [InlineData("The Debt Reduction strategy will be reviewed.", "November 2024", "1 month")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "December 2024", "29 days")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "prior to January 2025", "29 days")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "Q2 2024", "6 months")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "2023/24", "9 months")]
    [InlineData("A revised strategy is being developed.", "October 2024", "2 months")]
    [InlineData("The strategy has been drafted and will be published.", "14th January 2025", "15 days")]
    [InlineData("When the new unit opens, staff will be trained.", "November 2024", "1 month")] // a one-off event, not a standing rule
    public void Fires_on_a_past_target_for_outstanding_work(string text, string target, string ago)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", target));
        var d = TestPlans.Analyze(new OverdueAtSubmissionRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(OverdueAtSubmissionRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Target date '{target}' for action 1 of recommendation 1 ({Quote(text)}) ended {ago} before the plan was submitted (29 January 2025), yet the action is not reported complete; report what was done, or give a new date");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/targetDate");
    }

    [Theory]
    [InlineData("The Debt Reduction strategy will be reviewed.", "January 2025")] // the month of submission has not ended
    [InlineData("The Debt Reduction strategy will be reviewed.", "March 2025")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "Completed")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "Completed November 2024")]
    [InlineData("The Debt Reduction strategy will be reviewed.", "Ongoing")]
    [InlineData("The Debt Reduction strategy has been reviewed.", "November 2024")] // reported done in the text
    [InlineData("A healthcare reception tracker is now in place.", "November 2024")]
    [InlineData("Safety meetings continue to take place monthly.", "November 2024")]
    [InlineData("Whenever a prisoner is moved to the care and separation unit, the duty governor will review the move.", "November 2024")] // a standing rule
    public void Quiet_for_a_future_target_or_a_reported_completion(string text, string target)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", target));
        TestPlans.Analyze(new OverdueAtSubmissionRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Quiet_when_the_plan_gives_no_submission_date()
    {
        var plan = TestPlans.Edit(TestPlans.OneConcern(("The strategy will be reviewed.", "The Governor", "November 2024")), p => p.Remove("submitted"));
        TestPlans.Analyze(new OverdueAtSubmissionRule(), plan).ShouldBeEmpty();
    }

    /// <summary>The opening words the message quotes, as written out by hand for each case above.</summary>
    private static string Quote(string text) => text switch
    {
        "The Debt Reduction strategy will be reviewed." => "'The Debt Reduction strategy will…'",
        "A revised strategy is being developed." => "'A revised strategy is being…'",
        "The strategy has been drafted and will be published." => "'The strategy has been drafted…'",
        "When the new unit opens, staff will be trained." => "'When the new unit opens, staff…'",
        _ => throw new ArgumentException(text),
    };
}
