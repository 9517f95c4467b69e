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
        d.Id.ShouldBe(StatementNotActionRule.Id);
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

    // Grammar, not only words: "has"/"have" as possession, a participle completing "keep", and progress reported by
    // another party or by nobody are not steps of the owner.
    [Theory]
    [InlineData("Oxleas has a dedicated transfer coordinator who follows up delayed transfers.", "The Governor")]
    [InlineData("Broken lights: the facilities contractor are working on this and have a purchase order for the lighting, which is being carried out under routine maintenance.", "RPOM")]
    [InlineData("Boilers: the project is complete but not yet handed over. Some repairs are outstanding which are being progressed.", "RPOM")]
    [InlineData("Staff are kept updated through a weekly bulletin from the Head of Safety.", "The Governor")]
    [InlineData("The government has pledged to introduce a statutory time limit for transfers to hospital.", "NHSE")]
    public void Fires_when_no_step_is_the_owners(string text, string owner) =>
        TestPlans.Analyze(new StatementNotActionRule(), TestPlans.OneConcern((text, owner, "September 2024"))).ShouldHaveSingleItem()
            .Message.ShouldEndWith("describes the situation but takes no step; say what will be done, or report the step that was taken");

    [Theory]
    [InlineData("The prison has appointed a new Head of Safety.", "The Governor")] // "has" helps a verb
    [InlineData("Contractors have been appointed and the boiler replacement is being managed by the Head of Estates.", "RPOM")] // the second clause is the owner's
    [InlineData("The Trust has recruited two pharmacists.", "Northamptonshire Healthcare NHS Foundation Trust")] // the owner's own body
    [InlineData("HMPPS has invested £2m in new cameras.", "HMPPS")]
    [InlineData("The contractor will replace the boilers by March.", "RPOM")] // a commitment, whoever makes it
    public void Quiet_when_a_step_is_the_owners(string text, string owner) =>
        TestPlans.Analyze(new StatementNotActionRule(), TestPlans.OneConcern((text, owner, "September 2024"))).ShouldBeEmpty();

    [Fact]
    public void A_body_the_plan_defines_is_another_party()
    {
        const string Roof = "Roof: Kier are carrying out the repairs, which are being completed under the national contract.";
        TestPlans.Analyze(new StatementNotActionRule(), TestPlans.OneConcern((Roof, "RPOM", "September 2024"))).ShouldBeEmpty();
        TestPlans.Analyze(new StatementNotActionRule(), TestPlans.OneConcern(
                (Roof, "RPOM", "September 2024"),
                ("The survey was carried out by Kier Construction Ltd (Kier) in May.", "RPOM", "Completed")))
            .ShouldHaveSingleItem().ActionIndex.ShouldBe(1);
    }

    [Fact]
    public void A_hedged_entry_is_left_to_PL3002()
    {
        var plan = TestPlans.OneConcern(("HMPPS is exploring all options to mitigate this growing risk with other departments.", "HMPPS", "Commenced and ongoing"));
        TestPlans.Analyze(new StatementNotActionRule(), plan).ShouldBeEmpty();
        TestPlans.Analyze(new WeakCommitmentRule(), plan).ShouldHaveSingleItem();

        var offered = TestPlans.OneConcern(("The Head of Healthcare may refer prisoners to the dentist directly when waits are long.", "Head of Healthcare", "April 2025"));
        TestPlans.Analyze(new StatementNotActionRule(), offered).ShouldBeEmpty();
        TestPlans.Analyze(new WeakCommitmentRule(), offered).ShouldHaveSingleItem();
    }

    [Fact]
    public void Due_to_as_a_cause_is_not_a_commitment()
    {
        var plan = TestPlans.OneConcern(("Delays to healthcare appointments are due to the shortage of escort staff.", "Head of Healthcare", "Completed"));
        TestPlans.Analyze(new StatementNotActionRule(), plan).ShouldHaveSingleItem().Message
            .ShouldStartWith("Action 1 of recommendation 1 ('Delays to healthcare appointments are due to the shortage of…')");
    }
}
