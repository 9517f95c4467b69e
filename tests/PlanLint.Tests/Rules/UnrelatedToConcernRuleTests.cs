using PlanLint.Diagnostics;
using PlanLint.Rules.Relevant;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class UnrelatedToConcernRuleTests
{
    private const string Kitchen = "Kitchen facilities and the quality of food were poor, and catering staff could not provide an appropriate range of food.";
    private const string Records = "Governance of clinical records and health appointments was poor, creating potential risks to patient care.";

    [Fact]
    public void Fires_on_an_action_that_belongs_to_another_concern()
    {
        var plan = TestPlans.Concerns(
            ("8", Kitchen, ["A new temporary kitchen has been introduced to allow a deep clean.", "Clinical records audits and health appointment scheduling will be checked by the practice manager."]),
            ("10", Records, ["New assurance processes have been implemented to monitor clinical records."]));

        var d = TestPlans.Analyze(new UnrelatedToConcernRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(UnrelatedToConcernRule.Id);
        d.Severity.ShouldBe(Severity.Note);
        d.RecId.ShouldBe("8");
        d.ActionIndex.ShouldBe(2);
        d.Message.ShouldBe("Action 2 of recommendation 8 ('Clinical records audits and health appointment scheduling…') shares no topic with its concern but several with recommendation 10 ('Clinical', 'records', 'health', 'appointment'); say how it addresses this concern or move it");
        d.RelatedLocations.ShouldHaveSingleItem().Location.Pointer.ShouldBe("/concerns/1/text");
    }

    [Theory]
    [InlineData("More variety is now on offer and extra food has been added to the daily menu.")] // shares "food"
    [InlineData("A deep clean and maintenance of the main kitchen will be carried out.")] // shares "kitchen"
    [InlineData("Staff will be trained to use the new ordering system for special diets.")] // unrelated to both concerns: nothing to move it to
    [InlineData("Healthcare will be consulted.")] // too short to judge
    public void Quiet_unless_the_action_clearly_belongs_elsewhere(string action)
    {
        var plan = TestPlans.Concerns(("8", Kitchen, [action]), ("10", Records, ["New assurance processes have been implemented."]));
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Generic_prison_words_do_not_count_as_sharing_but_a_related_stem_does()
    {
        var violence = "Leaders had not done enough to understand the drivers of violence.";
        var misplaced = "Prisoners and staff will review clinical records, health appointments, patient care plans and medication risks with the leaders.";
        var related = "Prisoners involved in violent incidents will have clinical records, health appointments, patient care plans and medication risks reviewed.";
        TestPlans.Analyze(new UnrelatedToConcernRule(), TestPlans.Concerns(("1", violence, [misplaced]), ("10", Records, []))).ShouldHaveSingleItem();
        TestPlans.Analyze(new UnrelatedToConcernRule(), TestPlans.Concerns(("1", violence, [related]), ("10", Records, []))).ShouldBeEmpty();
    }

    [Fact]
    public void How_much_it_must_share_elsewhere_is_an_option()
    {
        var plan = TestPlans.Concerns(
            ("8", Kitchen, ["Clinical records audits and health appointment scheduling will be checked by the practice manager."]),
            ("10", Records, []));
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan, TestPlans.RuleOption(UnrelatedToConcernRule.Id, "minimumSharedElsewhere", "5")).ShouldBeEmpty();
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan, TestPlans.RuleOption(UnrelatedToConcernRule.Id, "minimumShareElsewhere", "0.6")).ShouldBeEmpty();
    }

    [Fact]
    public void A_few_words_shared_elsewhere_among_many_are_not_enough()
    {
        var plan = TestPlans.Concerns(
            ("1.2", "Much reduced time out of cell contributed to dirty conditions.", ["A review of unit based risk assessments has been carried out so that cleaners are unlocked for cleaning every session, including when staffing is restricted to facilitate the split regime and activity."]),
            ("1.3", "Leaders had not established a predictable regime in which prisoners attended their allocated activity; sessions were cancelled.", []));
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan).ShouldBeEmpty();
    }
}
