using PlanLint.Diagnostics;
using PlanLint.Rules.Specific;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class StatementNotActionRuleTests
{
    [Theory]
    [InlineData("HMPPS continues to work hard to detect, deter and disrupt the ingress of illicit items into our prisons.", "Commenced and ongoing")]
    [InlineData("The Head of Offender Management Services is continuously working with gold command in relation to population pressures.", "Completed")]
    [InlineData("Oxleas Trust policy for staff supervision is mandatory.", "Completed")]
    [InlineData("Prisoners representing all forums attend the monthly equality meetings.", "March 2024")]
    public void Fires_when_the_entry_only_describes_the_situation(string text, string target)
    {
        var d = TestPlans.Analyze(new StatementNotActionRule(), TestPlans.OneConcern((text, "The Governor", target))).ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.StatementNotAction);
        d.Severity.ShouldBe(Severity.Note);
        d.Message.ShouldEndWith("describes the situation but takes no step; say what will be done, or report the step that was taken");
    }

    [Theory]
    [InlineData("A revised assurance process has been introduced to check cells and outside areas.", "Completed")] // a completed action, not a statement
    [InlineData("Non-smoking snack packs and bed packs are now issued in Reception.", "Completed")]
    [InlineData("HMPPS invested £8.5m in the replacement, and this work was completed in August 2023.", "Completed")]
    [InlineData("A prisoner needs analysis is currently being carried out to inform the curriculum.", "February 2025")]
    [InlineData("Recruitment is underway for a Clinical Site Lead Pharmacist.", "March 2024")]
    [InlineData("A prisoner safety survey will be conducted annually.", "March 2025")]
    [InlineData("Since the inspection two external companies work with the industries team.", "Completed")]
    [InlineData("Ventilation: a project to replace air handling units is due to complete in January 2025.", "January 2025")]
    [InlineData("See action 1.1.", "April 2023")] // too short to judge
    public void Quiet_when_the_entry_takes_a_step(string text, string target) =>
        TestPlans.Analyze(new StatementNotActionRule(), TestPlans.OneConcern((text, "The Governor", target))).ShouldBeEmpty();

    [Fact]
    public void Due_to_as_a_cause_is_not_a_commitment()
    {
        var plan = TestPlans.OneConcern(("Delays to healthcare appointments are due to the shortage of escort staff.", "Head of Healthcare", "Completed"));
        TestPlans.Analyze(new StatementNotActionRule(), plan).ShouldHaveSingleItem().Message
            .ShouldStartWith("Action 1 of recommendation 1 ('Delays to healthcare appointments are due to the shortage of…')");
    }
}
