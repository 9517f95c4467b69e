using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class SharedOwnerRuleTests
{
    [Theory]
    [InlineData("Governor / Head of Healthcare", "2 owners ('Governor', 'Head of Healthcare')")]
    [InlineData("Governor/Head of Healthcare", "2 owners ('Governor', 'Head of Healthcare')")]
    [InlineData("Governor Head of Healthcare", "2 owners ('Governor', 'Head of Healthcare')")]
    [InlineData("RPOM/Wates", "2 owners ('RPOM', 'Wates')")]
    [InlineData("Governor/Oxleas", "2 owners ('Governor', 'Oxleas')")]
    [InlineData("Governor/Weston College/CXK", "3 owners ('Governor', 'Weston College', 'CXK')")]
    [InlineData("Governor/Prison Group Director", "2 owners ('Governor', 'Prison Group Director')")]
    [InlineData("MOJ / Amey", "2 owners ('MOJ', 'Amey')")]
    [InlineData("Governor and Head of Safety", "2 owners ('Governor', 'Head of Safety')")]
    [InlineData("Head of Safety & Head of Security", "2 owners ('Head of Safety', 'Head of Security')")]
    [InlineData("Governor, Head of Residence", "2 owners ('Governor', 'Head of Residence')")]
    [InlineData("NHS England & Northamptonshire Healthcare NHS Foundation Trust", "2 owners ('NHS England', 'Northamptonshire Healthcare NHS Foundation Trust')")]
    [InlineData("Head of Offender Management Services (HOMS)/ Head of Offender Management Delivery (HOMD)", "2 owners ('Head of Offender Management Services (HOMS)', 'Head of Offender Management Delivery (HOMD)')")]
    [InlineData("Governor and Head of Reducing Reoffending and Resettlement", "2 owners ('Governor', 'Head of Reducing Reoffending and Resettlement')")]
    public void Fires_when_an_action_has_several_owners(string owner, string owners)
    {
        var plan = TestPlans.OneConcern(("Ventilation: a project is live on site to replace air handling units.", owner, "January 2025"));
        var d = TestPlans.Analyze(new SharedOwnerRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(SharedOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Note);
        d.Message.ShouldBe($"Owner '{owner}' of action 1 of recommendation 1 ('Ventilation: a project is live…') names {owners}; name the one post accountable and give the others' part in the action text");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/owner");
    }

    [Theory]
    [InlineData("Complete")]
    [InlineData("Completed December 2024")]
    public void Quiet_on_an_action_reported_complete(string target)
    {
        var plan = TestPlans.OneConcern(("A communication has been sent to all staff about the new process.", "Governor / Head of Healthcare", target));
        TestPlans.Analyze(new SharedOwnerRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void A_completion_date_still_to_come_is_a_deadline_not_a_report()
    {
        // "Complete by" a date after submission: the work is still to do, so its owners are judged.
        var plan = TestPlans.OneConcern(("A communication will be sent to all staff about the new process.", "Governor / Head of Healthcare", "Complete by June 2025"));
        TestPlans.Analyze(new SharedOwnerRule(), plan).ShouldHaveSingleItem().Id.ShouldBe(SharedOwnerRule.Id);
    }

    [Theory]
    [InlineData("The Governor")]
    [InlineData("Head of Reducing Reoffending and Resettlement")] // a post whose name holds "and"
    [InlineData("Head of Learning & Skills")]
    [InlineData("Learning & Skills Manager")]
    [InlineData("Learning and Skills Manager")]
    [InlineData("Safety and Equalities Lead")]
    [InlineData("Head of Residence/Services")]
    [InlineData("Diversity & Inclusion")] // two words, neither an owner
    [InlineData("Deputy Head of Healthcare")]
    [InlineData("Chief Executive Officer")]
    [InlineData("Governor, HMP Leicester")] // a post and where it is, not two owners
    [InlineData("Regional Property Operation Manager (RPOM)")]
    [InlineData("Governor / Governor")] // the same post twice
    [InlineData("Director of Nottinghamshire Healthcare Foundation Trust")]
    public void Quiet_for_one_owner(string owner)
    {
        var plan = TestPlans.OneConcern(("Ventilation: a project is live on site to replace air handling units.", owner, "January 2025"));
        TestPlans.Analyze(new SharedOwnerRule(), plan).ShouldBeEmpty();
    }
}
