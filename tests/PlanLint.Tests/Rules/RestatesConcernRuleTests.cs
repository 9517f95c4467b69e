using PlanLint.Diagnostics;
using PlanLint.Rules.Specific;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class RestatesConcernRuleTests
{
    private const string Concern = "Prisoners' attendance at work activities was not good enough.";

    [Theory]
    [InlineData("Prisoners' attendance at work activities will be improved.")]
    [InlineData("Leaders will ensure that attendance at work activities is good enough.")]
    [InlineData("We will improve prisoner attendance at work and activities.")]
    public void Fires_when_the_action_turns_the_concern_into_a_promise(string action)
    {
        var d = TestPlans.Analyze(new RestatesConcernRule(), TestPlans.ConcernWithActions(Concern, action)).ShouldHaveSingleItem();
        d.Id.ShouldBe(RestatesConcernRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldStartWith("Action 1 of recommendation 1 ('");
        d.Message.ShouldEndWith("') mostly repeats the concern; say what will be done about it, by whom and how progress will be checked");
    }

    [Theory]
    [InlineData("Attendance at work activities will be monitored daily and reported to the monthly Reducing Reoffending meeting.")]
    [InlineData("Corridor patrol staff are now present at movement times to ensure prisoners move swiftly to work.")]
    [InlineData("An early gym timetable has been introduced so prisoners can attend before work.")]
    [InlineData("Attendance will improve.")] // too few topic words to judge
    public void Quiet_when_the_action_adds_a_step(string action) =>
        TestPlans.Analyze(new RestatesConcernRule(), TestPlans.ConcernWithActions(Concern, action)).ShouldBeEmpty();

    [Fact]
    public void Similarity_is_an_option()
    {
        var plan = TestPlans.ConcernWithActions(Concern, "Attendance at work activities will be improved through incentives.");
        TestPlans.Analyze(new RestatesConcernRule(), plan).ShouldBeEmpty();
        TestPlans.Analyze(new RestatesConcernRule(), plan, TestPlans.RuleOption(RestatesConcernRule.Id, "similarity", "0.7")).ShouldHaveSingleItem();
    }
}
