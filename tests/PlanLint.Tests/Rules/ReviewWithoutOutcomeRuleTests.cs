using PlanLint.Diagnostics;
using PlanLint.Rules.Measurable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class ReviewWithoutOutcomeRuleTests
{
    [Theory]
    [InlineData("A review will be carried out of the support received from an immigration specialist.", "A review will be carried out of the support received from an…")]
    [InlineData("The Violence Reduction strategy will be reviewed.", "The Violence Reduction strategy will be reviewed")]
    [InlineData("Gym delivery will be reviewed to establish the potential to incorporate vocational qualifications.", "Gym delivery will be reviewed to establish the potential to…")]
    [InlineData("The Prison Group Director will lead a review of education delivery levels to see if these can be increased.", "The Prison Group Director will lead a review of education…")]
    [InlineData("Leaders will explore new ways of engaging young adults.", "Leaders will explore new ways of engaging young adults")]
    [InlineData("Consultation with the Prisoner Council will be undertaken to discuss staff and prisoner relationships.", "Consultation with the Prisoner Council will be undertaken to…")]
    [InlineData("The Head of Residence will consult prisoners about the visits hall.", "The Head of Residence will consult prisoners about the…")]
    public void Fires_when_the_only_commitment_is_to_review(string text, string quote)
    {
        var d = TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.ReviewWithoutOutcome);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Action 1 of recommendation 1 only commits to a review ('{quote}'); say what will be done with its findings and how success will be judged");
    }

    [Theory]
    [InlineData("The induction process will be reviewed to include the recording of all protected characteristics.")]
    [InlineData("A policy for prisoners arriving out of hours will be reviewed and published.")]
    [InlineData("The strategy will be reviewed and the findings presented to the Senior Leadership Team.")]
    [InlineData("The appointment booking system will be reviewed bi-monthly through the Reducing Reoffending meeting.")] // a forum and frequency
    [InlineData("The regime will be reviewed and a new core day will be introduced.")] // a step that is not a review
    [InlineData("The Drug Strategy has been reviewed.")] // no commitment left
    [InlineData("A new OASys tracker will be introduced.")]
    [InlineData("The effectiveness of the new core day will be reviewed to ensure attendance has improved.")]
    [InlineData("Consultation with the Prisoner Council will be undertaken to agree a new visits timetable.")] // says what follows
    [InlineData("Prisoners will be consulted monthly through the Prisoner Council.")] // a frequency and forum
    public void Quiet_when_the_review_leads_somewhere(string text) =>
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();
}
