using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class GenericOwnerRuleTests
{
    [Theory]
    [InlineData("HMPPS", "an organisation")]
    [InlineData("NHSE", "an organisation")]
    [InlineData("NHS England", "an organisation")]
    [InlineData("MoJ", "an organisation")]
    [InlineData("Ministry of Justice", "an organisation")]
    [InlineData("Practice Plus Group", "an organisation")]
    [InlineData("LTHSE Contracts Team", "an organisation")]
    [InlineData("Midlands Partnership Foundation Trust", "an organisation")]
    [InlineData("Leaders", "a group")]
    [InlineData("Senior leaders", "a group")]
    [InlineData("Staff", "a group")]
    [InlineData("All staff", "a group")]
    [InlineData("Governors", "a group")]
    [InlineData("SMT", "a group")]
    [InlineData("MOJ / Amey", "an organisation ('MOJ')")]
    [InlineData("NHS England & Northamptonshire Healthcare NHS Foundation Trust", "an organisation ('NHS England')")]
    public void Fires_on_an_organisation_or_group(string owner, string what)
    {
        var plan = TestPlans.OneConcern(("A capital bid has been submitted for a security system upgrade.", owner, "March 2025"));
        var d = TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(GenericOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Owner '{owner}' of action 1 of recommendation 1 ('A capital bid has been submitted…') names {what}, not an accountable post; name the one post that answers for this action");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/owner");
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData("Completed March 2024")]
    public void Quiet_on_an_action_reported_complete(string target)
    {
        var plan = TestPlans.OneConcern(("A capital bid has been submitted for a security system upgrade.", "HMPPS", target));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The Governor")]
    [InlineData("Governor")]
    [InlineData("Governing Governor")]
    [InlineData("Deputy Governor")]
    [InlineData("Head of Safety")]
    [InlineData("Head of Healthcare")]
    [InlineData("Head of Reducing Reoffending and Resettlement")]
    [InlineData("Learning & Skills Manager")]
    [InlineData("HMPPS Area Manager")] // names a post within the organisation
    [InlineData("NHSE Commissioner")]
    [InlineData("Director of Nottinghamshire Healthcare Foundation Trust")] // ends like a body, but names its director
    [InlineData("Prison Group Director")]
    [InlineData("RPOM")]
    [InlineData("Governor/MOJ Property")] // a post shares it: PL1003, not PL1002
    [InlineData("People Plus")] // a provider's name the lists cannot know: no guessing
    [InlineData("Oxleas")]
    [InlineData("Staffing Lead")] // near miss: "Staff" is a whole word only
    [InlineData("HMPPS Headquarters Estates Director")]
    public void Quiet_for_a_post_or_a_name_it_cannot_judge(string owner)
    {
        var plan = TestPlans.OneConcern(("A capital bid has been submitted for a security system upgrade.", owner, "March 2025"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Leaves_a_row_without_action_text_to_the_empty_action_rule()
    {
        var plan = TestPlans.OneConcern(("", "HMPPS", "March 2025"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }
}
