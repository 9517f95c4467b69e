using PlanLint.Diagnostics;
using PlanLint.Rules.Achievable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class ExternalDependencyRuleTests
{
    [Theory]
    [InlineData("A capital bid has been submitted for a security system upgrade.", "A capital bid has been submitted for a security system\u2026")]
    [InlineData("A psychological treatment needs assessment will be completed when HMP Whitemoor returns to full capacity.", "\u2026when HMP Whitemoor returns to full capacity.")]
    [InlineData("The Equalities Team will use the improved national Equalities Monitoring Tool for data analysis, once published.", "\u2026for data analysis, once published.")]
    [InlineData("The government has pledged to introduce the Draft Mental Health Bill in the upcoming parliamentary session.", "The government has pledged to introduce the Draft Mental\u2026")]
    [InlineData("To increase activity spaces the prison will need to seek investment for new buildings.", "\u2026will need to seek investment for new buildings.")]
    [InlineData("The heating project is complete and working, awaiting handover to the facilities provider.", "\u2026complete and working, awaiting handover to the facilities\u2026")]
    public void Fires_when_delivery_depends_on_others(string text, string quote)
    {
        var d = TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(ExternalDependencyRule.Id);
        d.Severity.ShouldBe(Severity.Note);
        d.Message.ShouldBe($"Action 1 of recommendation 1 depends on something its owner does not control ('{quote}'); say what the owner will do meanwhile and when the dependency will be settled");
    }

    [Theory]
    [InlineData("HMP Leicester has secured funding to open a new workshop with 16 additional places.")] // secured, not to be sought
    [InlineData("The Senior Probation Officer will check pending handovers in supervision.")] // "pending" alone
    [InlineData("All staff receive supervision every 4-6 weeks depending on needs.")]
    [InlineData("Searches will be carried out in line with existing legislation.")] // exception
    [InlineData("There are currently no other bids for works in relation to this project.")]
    public void Quiet_when_the_owner_controls_delivery(string text) =>
        TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    // A condition on a step that waits on someone else, whatever its words: a decision or provision by others, or a
    // party the plan names.
    [Theory]
    [InlineData("Locally the establishment will continue to transfer prisoners as soon as beds and a warrant are made available.", "as soon as beds and a warrant are made available")]
    [InlineData("The second wing will be decorated if the capital programme is approved.", "if the capital programme is approved")]
    [InlineData("Once the Regional Estates Board confirms the plans, the new servery will be installed.", "Once the Regional Estates Board confirms the plans")]
    public void Fires_on_a_step_conditional_on_others(string text, string phrase)
    {
        var d = TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        var span = d.Span.ShouldNotBeNull();
        text.Substring(span.Start, span.Length).ShouldBe(phrase);
    }

    [Theory]
    [InlineData("A return to the main kitchen will be carried out once these works have been completed.")] // the owner's own work
    [InlineData("Prisoners will view the new induction video when created.")]
    [InlineData("SOs will prioritise keywork delivery when there are last minute staffing changes.")] // a trigger
    [InlineData("Peer supporters have been upskilled, this will help prisoners become exam ready when a space becomes available.")] // a follow-up
    [InlineData("Prisoners will be seen by healthcare when they return from court.")]
    public void Quiet_when_the_condition_is_the_owners(string text) =>
        TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    [Theory]
    [InlineData("Waste stuck on flat roofs will be removed by external contractors.", "The Governor")]
    [InlineData("Shannon Trust will work with the county libraries to hold reading events.", "Head of Learning")]
    public void Fires_when_every_promised_step_is_another_partys(string text, string owner) =>
        TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((text, owner, "March 2025"))).ShouldHaveSingleItem();

    [Theory]
    [InlineData("Waste will be removed by external contractors and the Head of Estates will inspect the roofs weekly.", "The Governor")] // the owner has a step too
    [InlineData("The Trust will recruit two pharmacists and the Head of Healthcare will audit medicine rounds monthly.", "Head of Healthcare")] // the owner oversees it
    [InlineData("The Trust will recruit two pharmacists.", "Northamptonshire Healthcare NHS Foundation Trust")] // the owner's own body
    [InlineData("The healthcare provider will offer a same-week GP appointment to every prisoner who asks.", "Head of Healthcare")] // the owner's provider
    [InlineData("Shannon Trust mentors will carry out reading assessments on every wing.", "The Governor")] // mentors, not the Trust, act
    [InlineData("The Weston College management team will observe every tutor this term.", "The Governor")] // a team, not the College
    public void Quiet_when_the_owner_promises_a_step_of_its_own(string text, string owner) =>
        TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((text, owner, "March 2025"))).ShouldBeEmpty();

    [Fact]
    public void A_condition_on_a_party_the_plan_names_is_a_dependency()
    {
        const string Roof = "The roof will be repaired when Kier complete the survey.";
        TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((Roof, "The Governor", "March 2025"))).ShouldBeEmpty();
        TestPlans.Analyze(new ExternalDependencyRule(), TestPlans.OneConcern((Roof, "The Governor", "March 2025"), ("Gutters have been cleared.", "RPOM/Kier", "Completed")))
            .ShouldHaveSingleItem().ActionIndex.ShouldBe(1);
    }
}
