using PlanLint.Diagnostics;
using PlanLint.Rules.Relevant;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class RepeatedWithinConcernRuleTests
{
    private const string Booking = "The appointment booking system will be reviewed bi-monthly through the Reducing Re-offending Committee meetings, to ensure that the increased number of one-to-one appointments is having the desired impact.";

    [Fact]
    public void Reports_the_later_copy_and_points_at_the_earlier()
    {
        var plan = TestPlans.Concerns(("1.2", "Much reduced time out of cell limited access to key work.", [Booking, "SOs will prioritise keywork delivery when there are last minute staffing changes.", Booking.Replace("Re-offending", "Reoffending", StringComparison.Ordinal)]));

        var d = TestPlans.Analyze(new RepeatedWithinConcernRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(RepeatedWithinConcernRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.ActionIndex.ShouldBe(3);
        d.Message.ShouldBe("Action 3 of recommendation 1.2 repeats its action 1 ('The appointment booking system will be reviewed bi-monthly…'); remove the copy or say what this step adds");
        d.RelatedLocations.ShouldHaveSingleItem().Location.Pointer.ShouldBe("/concerns/0/actions/0/text");
    }

    [Theory]
    [InlineData("OMU will ensure that the escalation process for allocation of COMs is clearly defined and communicated to all staff. Application will be overseen by the Senior Probation Officer in supervision.",
                "OMU will ensure that the escalation process for confirming MAPPA levels is clearly defined and communicated to all staff. Application will be overseen by the Hub Manager, with feedback to the Head of Offender Management.")]
    [InlineData("Completed.", "Completed.")] // too short to judge
    public void Quiet_on_distinct_steps_written_alike(string first, string second)
    {
        var plan = TestPlans.Concerns(("9", "Escalation of allocation and MAPPA levels was not prompt.", [first, second]));
        TestPlans.Analyze(new RepeatedWithinConcernRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void A_repeat_under_another_concern_is_left_to_PL6001()
    {
        var plan = TestPlans.Concerns(("1.1", "Contact was limited.", [Booking]), ("1.2", "Time out of cell was limited.", [Booking]));
        TestPlans.Analyze(new RepeatedWithinConcernRule(), plan).ShouldBeEmpty();
    }
}
