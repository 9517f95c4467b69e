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
    [InlineData("Young adults will be fast-tracked through induction wherever possible.", "wherever possible")]
    [InlineData("A Young Adult Strategy, which includes forums and consideration of targeted activities, is being devised.", "consideration of")]
    [InlineData("Consideration will be given to a second induction session on Fridays.", "Consideration will be given")]
    [InlineData("A project to install a new kitchen is underway, with work anticipated to start on site in January 2026.", "anticipated to")]
    [InlineData("Every effort will be made to ensure transfer of patients in a timely manner.", "Every effort will be made")]
    [InlineData("HMPPS is exploring all options to mitigate this growing risk.", "is exploring")]
    [InlineData("The Head of Reducing Reoffending will review the activity profile to consider whether further places can be facilitated.", "to consider whether")]
    [InlineData("Other new employment will be considered with the support of New Futures Network.", "will be considered")]
    [InlineData("Gym delivery will be reviewed to establish the potential to incorporate vocational qualifications.", "establish the potential")]
    public void Fires_on_hedged_wording(string text, string phrase)
    {
        var d = TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(WeakCommitmentRule.Id);
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
    [InlineData("Offenders will be placed onto courses taking into consideration their identified risks.")] // exception
    public void Quiet_when_the_action_commits(string text) =>
        TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    // Conditions that leave a step to the owner's discretion, listed or not: the shape "where/if (deemed) <adjective>"
    // closing the clause is read from the grammar, so wording no list holds is found too.
    [Theory]
    [InlineData("Peer mentors will be recruited where required.", "where required")]
    [InlineData("Extra gym sessions will be provided where suitable.", "where suitable")] // in no list
    [InlineData("Where deemed beneficial, staff will receive refresher training on the new procedure.", "Where deemed beneficial")] // in no list, fronted
    [InlineData("Support plans will be shared with teachers if warranted.", "if warranted")] // in no list
    [InlineData("Reading assessments will be offered to new arrivals as needed.", "as needed")]
    [InlineData("The Head of Residence intends to introduce a cleaning rota if deemed beneficial.", "if deemed beneficial")] // promised without "will"
    public void Fires_on_a_discretionary_condition_on_a_step(string text, string phrase) =>
        TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem()
            .Message.ShouldStartWith($"Action 1 of recommendation 1 hedges its commitment with '{phrase}' (");

    [Theory]
    [InlineData("Young adults are fast-tracked through induction to ensure early access to activities wherever possible.")] // no step promised; a purpose
    [InlineData("Listener suites will be reviewed, improvements will be introduced where required.")] // a follow-up: PL4002's
    [InlineData("The Head of Residence will implement a painting programme, to redecorate cells where required.")] // a purpose clause
    [InlineData("All delayed transfers are referred to the meeting and Commissioners take action as appropriate.")] // nothing promised
    [InlineData("The second wing will be decorated if approved by the Regional Estates Board.")] // a dependency (PL5001), not a hedge
    [InlineData("Prisoners will view the new induction video when created.")] // "when": a time, not a condition
    [InlineData("Issues, if any, will be raised at the Safety meeting.")] // "if any" is no adjective
    public void Quiet_when_the_condition_does_not_hedge_a_step(string text) =>
        TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    [Theory]
    [InlineData("Additional evening sessions may be introduced on the residential units.", "may be introduced")]
    [InlineData("The Head of Learning could start a second reading group.", "could start")]
    [InlineData("We might open a second workshop next year.", "might open")]
    public void Fires_on_a_step_offered_with_may_might_or_could(string text, string phrase) =>
        TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem()
            .Message.ShouldStartWith($"Action 1 of recommendation 1 hedges its commitment with '{phrase}' (");

    [Theory]
    [InlineData("Delays may occur while the kitchen is refurbished.")] // a possibility, not a step
    [InlineData("Prisoners may apply for a transfer through the applications process.")] // a permission
    [InlineData("Staff may be redeployed when staffing is short.")] // not a step the plan reports
    [InlineData("New menus will be introduced in May 2025.")] // the month
    [InlineData("The investigation will identify whether the incident could have been prevented.")] // a past possibility
    [InlineData("A project is live to replace air handling units, which could alleviate the issues.")] // a relative clause
    public void Quiet_when_may_might_or_could_offers_no_step(string text) =>
        TestPlans.Analyze(new WeakCommitmentRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    [Fact]
    public void The_finding_names_the_hedge_as_its_phrase()
    {
        var plan = TestPlans.OneConcern(("Extra gym sessions will be provided where suitable.", "The Governor", "March 2025"));
        var d = TestPlans.Analyze(new WeakCommitmentRule(), plan).ShouldHaveSingleItem();
        d.Span.ShouldBe(new TextSpan("text", 36, "where suitable".Length));
    }

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
