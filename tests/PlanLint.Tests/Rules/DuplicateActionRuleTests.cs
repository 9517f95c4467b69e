using PlanLint.Diagnostics;
using PlanLint.Rules.Relevant;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class DuplicateActionRuleTests
{
    private const string Restructure = "The Safety department has been restructured and additional ringfenced staff resources have been introduced to support safety throughout the prison.";
    private const string Survey = "A prisoner safety survey will be conducted annually and be included as part of the Violence Reduction Safety Action Plan, this will be monitored during Safety meetings to provide oversight.";
    private const string PayPolicy = "A new local pay policy will be introduced to reflect skills gained rather than on incentive levels.";

    [Fact]
    public void Reports_the_repeat_and_points_at_the_first_occurrence()
    {
        var plan = TestPlans.Concerns(
            ("1", "Leaders had not done enough to understand the drivers of violence.", [Restructure, Survey]),
            ("7", "Self-harm had increased and leaders had not done enough to respond.", ["All prolific self-harmers are now discussed in the weekly SIM meeting.", Survey]));

        var d = TestPlans.Analyze(new DuplicateActionRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(DuplicateActionRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.RecId.ShouldBe("7");
        d.ActionIndex.ShouldBe(2);
        d.Location.Pointer.ShouldBe("/concerns/1/actions/1/text");
        d.Message.ShouldBe("Action 2 of recommendation 7 repeats action 2 of recommendation 1 ('A prisoner safety survey will be conducted annually and be…'); write an action specific to this concern or refer to the shared one");
        var related = d.RelatedLocations.ShouldHaveSingleItem();
        related.Location.Pointer.ShouldBe("/concerns/0/actions/1/text");
        related.Message.ShouldBe("The same action: action 2 of recommendation 1 ('A prisoner safety survey will be conducted annually and be…')");
    }

    [Fact]
    public void Says_when_the_copy_gives_the_work_another_target_date()
    {
        var plan = TestPlans.Concerns(
            ("1", [(Survey, "The Governor", "March 2025")]),
            ("7", [(Survey, "The Governor", "April 2025")]),
            ("9", [(Survey, "The Governor", "Completed")]));

        var findings = TestPlans.Analyze(new DuplicateActionRule(), plan);
        findings.Select(f => f.RecId).ShouldBe(["7", "9"]);
        findings[0].Message.ShouldBe("Action 1 of recommendation 7 repeats action 1 of recommendation 1 ('A prisoner safety survey will be conducted annually and be…') (and appears under 1 other recommendation) with another target date ('April 2025'; 'March 2025' there); write an action specific to this concern or refer to the shared one");
        findings[1].Message.ShouldContain("with another target date ('Completed'; 'March 2025' there)");

        var same = TestPlans.Concerns(("1", [(Survey, "The Governor", "March 2025")]), ("7", [(Survey, "The Governor", "march 2025")]));
        TestPlans.Analyze(new DuplicateActionRule(), same).ShouldHaveSingleItem().Message.ShouldNotContain("another target date");
    }

    [Fact]
    public void A_copy_inside_a_longer_action_is_a_repeat()
    {
        var plan = TestPlans.Concerns(
            ("5", "The industries curriculum lacked ambition.", [PayPolicy]),
            ("13", "Prisoners' attendance at work activities was not good enough.", [PayPolicy[..^1] + " to incentivise attendance at activities."]));

        var d = TestPlans.Analyze(new DuplicateActionRule(), plan).ShouldHaveSingleItem();
        d.RecId.ShouldBe("13");
        d.Message.ShouldContain("repeats action 1 of recommendation 5 ('A new local pay policy will be introduced to reflect skills…')");
    }

    [Fact]
    public void Each_repeat_gets_one_finding_listing_every_other_occurrence()
    {
        var plan = TestPlans.Concerns(
            ("1.2", "Much reduced time out of cell contributed to dirty conditions.", [Restructure]),
            ("1.3", "Leaders had not established a predictable regime.", [Restructure]),
            ("1.7", "Communal areas were dirty.", [Restructure.Replace("throughout the prison", "across the prison", StringComparison.Ordinal)]));

        var findings = TestPlans.Analyze(new DuplicateActionRule(), plan);
        findings.Select(f => f.RecId).ShouldBe(["1.3", "1.7"]);
        findings[0].Message.ShouldContain("repeats action 1 of recommendation 1.2 (");
        findings[0].Message.ShouldContain("(and appears under 1 other recommendation)");
        findings[0].RelatedLocations.Select(r => r.Location.Pointer).ShouldBe(["/concerns/0/actions/0/text", "/concerns/2/actions/0/text"]);
        findings[1].RelatedLocations.Select(r => r.Location.Pointer).ShouldBe(["/concerns/0/actions/0/text", "/concerns/1/actions/0/text"]);
    }

    [Theory]
    [InlineData("OMU will ensure that the escalation process for confirming MAPPA levels is clearly defined and communicated to all staff, overseen by the Hub Manager.")] // same template, different subject
    [InlineData("A prisoner peer group will attend and contribute to the monthly Equalities meeting.")] // shares boilerplate only
    public void Quiet_on_actions_that_share_wording_but_not_the_step(string second)
    {
        var plan = TestPlans.Concerns(
            ("9", "The late allocation of community offender managers delayed handover.", ["OMU will ensure that the escalation process for allocation of COMs is clearly defined and communicated to all staff, overseen by the Senior Probation Officer."]),
            ("10", "Escalation of MAPPA levels was not prompt.", [second]));
        TestPlans.Analyze(new DuplicateActionRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Short_actions_are_never_matched()
    {
        var plan = TestPlans.Concerns(("1", "Violence was high.", ["See action 1.1 above."]), ("2", "Self-harm was high.", ["See action 1.1 above."]));
        TestPlans.Analyze(new DuplicateActionRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void A_repeat_within_one_concern_is_left_to_PL6002()
    {
        var plan = TestPlans.Concerns(("1", "Violence was high.", [Survey, Survey]));
        TestPlans.Analyze(new DuplicateActionRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Similarity_and_minimum_words_are_options()
    {
        var plan = TestPlans.Concerns(
            ("5", "The industries curriculum lacked ambition.", [PayPolicy]),
            ("13", "Attendance was not good enough.", [PayPolicy[..^1] + " to incentivise attendance at work activities and education."]));
        TestPlans.Analyze(new DuplicateActionRule(), plan).ShouldHaveSingleItem();
        TestPlans.Analyze(new DuplicateActionRule(), plan, TestPlans.RuleOption(DuplicateActionRule.Id, "similarity", "1.0")).ShouldHaveSingleItem(); // the shorter is wholly inside
        TestPlans.Analyze(new DuplicateActionRule(), plan, TestPlans.RuleOption(DuplicateActionRule.Id, "minimumWords", "40")).ShouldBeEmpty();
    }

    [Fact]
    public void Same_input_same_findings_in_the_same_order()
    {
        var plan = TestPlans.Concerns(
            ("1", "Violence was high.", [Restructure, Survey, PayPolicy]),
            ("2", "Self-harm was high.", [PayPolicy, Survey]),
            ("3", "Work was mundane.", [Survey, Restructure]));
        var first = TestPlans.Analyze(new DuplicateActionRule(), plan).Select(d => d.Message + string.Join("|", d.RelatedLocations.Select(r => r.Message))).ToList();
        var second = TestPlans.Analyze(new DuplicateActionRule(), plan).Select(d => d.Message + string.Join("|", d.RelatedLocations.Select(r => r.Message))).ToList();
        first.Count.ShouldBe(4);
        second.ShouldBe(first);
    }
}
