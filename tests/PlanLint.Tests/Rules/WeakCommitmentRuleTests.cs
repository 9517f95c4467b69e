using PlanLint.Diagnostics;
using PlanLint.Rules.Specific;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class WeakCommitmentRuleTests
{
    [Theory]
    [InlineData("Care planning training will take place and wound care training will be explored.", "will be explored")]
    [InlineData("In the interim, leaders will look to consolidate current workshop space.", "look to")]
    [InlineData("We aim to reduce waiting times for routine appointments.", "aim to")]
    [InlineData("Young adults are fast-tracked through induction to ensure early access to activities wherever possible.", "wherever possible")]
    [InlineData("Every effort will be made to ensure transfer of patients in a timely manner.", "Every effort will be made")]
    [InlineData("HMPPS is exploring all options to mitigate this growing risk.", "is exploring")]
    [InlineData("The Head of Reducing Reoffending will review the activity profile to consider whether further places can be facilitated.", "to consider whether")]
    [InlineData("Other new employment will be considered with the support of New Futures Network.", "will be considered")]
    [InlineData("Gym delivery will be reviewed to establish the potential to incorporate vocational qualifications.", "establish the potential")]
    public void Fires_on_hedged_wording(string text, string phrase)
    {
        var d = TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.WeakCommitment);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldStartWith($"Action 1 of recommendation 1 hedges its commitment with '{phrase}' (");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/text");
    }

    [Theory]
    [InlineData("Wound care training will be delivered to all clinical staff by April 2025.")]
    [InlineData("Prisoners will be considered for release on temporary licence at the monthly board.")] // exception: eligibility, not a hedge
    [InlineData("The exploration of drug finds is reported to the Security meeting.")] // the noun, not "will explore"
    [InlineData("Leaders looked at the data and revised the regime.")] // near miss: "looked at" is done, not "look to"
    [InlineData("Staff will aim their cameras at the incident.")] // near miss: "aim their", not "aim to"
    [InlineData("A possible date for the move has been agreed with the contractor.")]
    public void Quiet_when_the_action_commits(string text) =>
        TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    [Fact]
    public void Quotes_the_hedge_in_its_sentence_with_the_plan_words()
    {
        var plan = TestPlans.OneConcern(("A further nurse will be recruited. Care planning training for clinical staff will take place and wound care training will be explored.", "Practice Plus Group", "April 2025"));
        var d = TestPlans.Analyze(new WeakCommitmentRule(), plan).ShouldHaveSingleItem();
        d.Message.ShouldBe("Action 1 of recommendation 1 hedges its commitment with 'will be explored' ('\u2026wound care training will be explored.'); say what will be done, or what will be decided and when");
    }

    [Fact]
    public void One_finding_per_action_however_many_hedges()
    {
        var plan = TestPlans.OneConcern(("Leaders will look to expand the regime and will explore new workshops where possible.", "The Governor", "June 2025"));
        TestPlans.Analyze(new WeakCommitmentRule(), plan).ShouldHaveSingleItem().Message.ShouldContain("'look to'");
    }
}
