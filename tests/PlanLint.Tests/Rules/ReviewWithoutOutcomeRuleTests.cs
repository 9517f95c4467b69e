using PlanLint.Diagnostics;
using PlanLint.Rules.Measurable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class ReviewWithoutOutcomeRuleTests
{
    [Theory]
    [InlineData("A review will be carried out of the support received from an immigration specialist.", "A review will be carried out of the support received from an…")]
    [InlineData("The Violence Reduction strategy will be reviewed.", "The Violence Reduction strategy will be reviewed")]
    [InlineData("Consultation with the Prisoner Council will be undertaken to discuss staff and prisoner relationships.", "Consultation with the Prisoner Council will be undertaken to…")]
    [InlineData("The Head of Residence will consult prisoners about the visits hall.", "The Head of Residence will consult prisoners about the…")]
    public void Fires_when_the_only_commitment_is_to_review(string text, string quote)
    {
        var d = TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(ReviewWithoutOutcomeRule.Id);
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

    // A review under way, in the present tense, read from its grammar: a review noun before a marker of work in progress,
    // or a review verb in the progressive.
    [Theory]
    [InlineData("A review of the gym programme is underway and is considering feedback from young adult forums and an over 50's survey.", "A review of the gym programme is underway and is considering…")]
    [InlineData("The visits booking process is currently being reviewed.", "The visits booking process is currently being reviewed")]
    [InlineData("Leaders are evaluating the kitchen rota.", "Leaders are evaluating the kitchen rota")]
    [InlineData("Consultation with prisoners about the canteen list is in progress.", "Consultation with prisoners about the canteen list is in…")]
    [InlineData("A deep dive into the use of force is ongoing.", "A deep dive into the use of force is ongoing")]
    public void Fires_when_the_entry_only_reports_a_review_under_way(string text, string quote) =>
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem()
            .Message.ShouldBe($"Action 1 of recommendation 1 only commits to a review ('{quote}'); say what will be done with its findings and how success will be judged");

    [Theory]
    [InlineData("A review of the regime has been completed and a new core day has been introduced.")] // done, not under way
    [InlineData("A review of the gym programme is underway. Its findings will be presented to the Senior Leadership Team in May.")] // what follows
    [InlineData("The new core day is being implemented after the review of the regime.")] // the work under way is not a review
    [InlineData("A review of staffing is underway and is reported monthly to the Local Delivery Board.")] // a frequency and forum
    [InlineData("A review of the regime is underway and a new unlock list is now in place.")] // another step
    [InlineData("Staff are reviewing cell-bell response times against the 5-minute standard.")] // a measure
    public void Quiet_when_more_than_a_review_is_under_way(string text) =>
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    // What follows the review is stated when a later action of the same recommendation takes up what it produces, naming
    // what that review looks at.
    [Theory]
    [InlineData("A skills assessment of the education department will be completed.", "Tutors will be recruited to fill the identified skills gaps.")]
    [InlineData("An assessment of learning needs will be carried out.", "The curriculum will be rewritten around the needs identified.")]
    [InlineData("A review of fire risks on the wings will be carried out.", "Fire doors will be replaced first where the risks highlighted by the review are greatest.")]
    [InlineData("A hygiene evaluation of the kitchens will be undertaken.", "An action plan will be written from the findings of the hygiene evaluation.")]
    public void Quiet_when_a_later_action_takes_up_the_results(string review, string later)
    {
        var plan = TestPlans.OneConcern((review, "The Governor", "March 2025"), (later, "The Governor", "June 2025"));
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A skills assessment of the education department will be completed.", "Tutors will be recruited to teach English.")] // the results are never mentioned
    [InlineData("A skills assessment of the education department will be completed.", "Tutors will be recruited to fill the identified gaps in maths.")] // something else found
    [InlineData("A hygiene evaluation of the kitchens will be undertaken.", "An action plan will be written from the findings of the evaluation.")] // names no evaluation in particular
    [InlineData("A review of prisoner induction will be carried out.", "Prisoners identified as vulnerable at induction will be offered a mentor.")] // picked out by a test of its own
    public void Fires_when_no_later_action_takes_up_the_results(string review, string later)
    {
        var plan = TestPlans.OneConcern((review, "The Governor", "March 2025"), (later, "The Governor", "June 2025"));
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), plan).ShouldHaveSingleItem().Message.ShouldStartWith("Action 1 of recommendation 1 only commits to a review");
    }

    [Fact]
    public void An_earlier_action_or_another_recommendation_does_not_take_up_the_results()
    {
        const string Review = "A skills assessment of the education department will be completed.";
        const string Later = "Tutors will be recruited to fill the identified skills gaps.";
        var earlier = TestPlans.OneConcern((Later, "The Governor", "June 2025"), (Review, "The Governor", "March 2025"));
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), earlier).ShouldHaveSingleItem().Message.ShouldStartWith("Action 2 of recommendation 1");
        var elsewhere = TestPlans.Concerns(("1", [(Review, "The Governor", "March 2025")]), ("2", [(Later, "The Governor", "June 2025")]));
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), elsewhere).ShouldHaveSingleItem().Message.ShouldStartWith("Action 1 of recommendation 1");
    }

    [Fact]
    public void A_year_or_an_age_group_is_not_a_measure()
    {
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern(("The over 50's support offer will be reviewed in 2025.", "The Governor", "March 2025")))
            .ShouldHaveSingleItem();
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), TestPlans.OneConcern(("The support offer will be reviewed against 12 indicators.", "The Governor", "March 2025")))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Gym delivery will be reviewed to establish the potential to incorporate vocational qualifications.")]
    [InlineData("The Prison Group Director will lead a review of education delivery levels to see if these can be increased.")]
    [InlineData("Leaders will explore new ways of engaging young adults.")]
    public void A_hedged_review_is_left_to_PL3002(string text)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", "March 2025"));
        TestPlans.Analyze(new ReviewWithoutOutcomeRule(), plan).ShouldBeEmpty();
        TestPlans.Analyze(new PlanLint.Rules.Specific.WeakCommitmentRule(), plan).ShouldHaveSingleItem();
    }
}
