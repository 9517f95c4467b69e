using PlanLint.Diagnostics;
using PlanLint.Rules.Specific;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class BundledActionsRuleTests
{
    [Theory]
    [InlineData("The Debt Reduction strategy will be reviewed to provide better support for prisoners whilst a Communications strategy will be developed.", 2)]
    [InlineData("A further 0.5 full time equivalent nurse will be recruited and the role of the nurse will be reviewed to focus on long term conditions.", 2)]
    [InlineData("Care planning training will take place and wound care training will be delivered.", 2)]
    [InlineData("Portion control guidance will be re-issued to residential units. Guidance will be displayed in servery areas. Cleaning officers will be trained on portion control.", 3)]
    [InlineData("The Violence Reduction strategy will be reviewed, this will include consultations with staff. Leaders will also increase the use of data at Safety meetings.", 2)]
    public void Fires_when_one_entry_makes_several_commitments(string text, int count)
    {
        var d = TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.BundledActions);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldStartWith($"Action 1 of recommendation 1 bundles {count} separate commitments ('");
        d.Message.ShouldEndWith("under one owner and date; list each as its own action so its progress can be tracked");
    }

    [Theory]
    [InlineData("A prisoner safety survey will be conducted annually, this will be monitored during Safety meetings.")] // pronoun: follow-up
    [InlineData("A new local pay policy will be introduced, the impact of the new policy will be reviewed as part of an assurance process.")] // the step's impact
    [InlineData("The Head of Reducing Reoffending will manage the recovery unit and will publish the Recovery Offer.")] // one subject
    [InlineData("HMP Whitemoor will recruit a Neurodiversity Manager who will implement a prison wide strategy.")] // relative clause
    [InlineData("Quarterly analysis of CSIP and serious assault investigations will take place.")] // "and" inside the subject
    [InlineData("Fact finding investigations will be completed on all serious incidents. Findings will be presented at the monthly Safety meeting.")]
    [InlineData("Temperature checks will be rectified. Temperature check audits will be completed monthly by the practice manager.")] // monitoring
    [InlineData("The Safety department has been restructured and a Functional lead has also been appointed.")] // steps reported done
    [InlineData("Cases will be referred through the CSIP process where victims and perpetrators will be supported.")] // subordinate clause
    [InlineData("Listener suites and their use will be reviewed, improvements will be introduced where required.")] // the review's result
    public void Quiet_when_the_other_clauses_follow_up_one_step(string text) =>
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    // Another party's "will" is not the owner's commitment, whatever the words: the law and the state, an outside body,
    // or a body the plan itself names (in an owner cell, or defined in brackets beside a company word).
    [Theory]
    [InlineData("The reforms will prevent courts from using prison as a place of safety. The Bill will also reform the Bail Act. Courts will be directed to bail defendants.")]
    [InlineData("The new Act will set a 28-day limit for transfers and the regulations will require commissioners to find a bed.")] // law, in other words
    [InlineData("Locally the establishment will continue to transfer prisoners, escalations will be made by the Mental Health Foundation Trust.")]
    [InlineData("Every effort will be made to ensure patients are transferred promptly. Prison teams will continue to ensure referrals are made on time.")]
    [InlineData("The Head of Estates will monitor the roof repairs and the contractor will replace the guttering.")] // an outside body
    public void Quiet_when_the_other_commitments_are_not_the_owners(string text) =>
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    [Fact]
    public void A_body_the_plan_names_is_another_party_and_the_owners_own_body_is_not()
    {
        const string Roof = "Kier will replace the roof and the Head of Residence will repaint the wing.";
        // Nothing in the plan says who Kier is: two commitments under one owner.
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((Roof, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        // Another row's owner cell names Kier beside a post: Kier is a body, and its "will" is not the Governor's.
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((Roof, "The Governor", "March 2025"), ("The roof survey has been completed.", "RPOM/Kier", "Completed")))
            .ShouldBeEmpty();
        // A body defined in brackets beside a company word counts the same way.
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((Roof, "The Governor", "March 2025"), ("The contractor, Kier Construction Ltd (Kier), has surveyed the roof.", "RPOM", "Completed")))
            .ShouldBeEmpty();
        // Under its own name as owner, the body's steps are the owner's own.
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern(("Oxleas will recruit two nurses. The Trust will also open a wound clinic.", "Oxleas NHS Foundation Trust", "March 2025")))
            .ShouldHaveSingleItem().Message.ShouldContain("bundles 2 separate commitments");
    }

    [Fact]
    public void A_passive_subject_is_acted_on_not_the_actor()
    {
        var plan = TestPlans.OneConcern(("A calendar of consultation forums will be published. The Zahid Mubarek Trust advocates will be recruited to run the forums.", "The Governor", "March 2025"));
        TestPlans.Analyze(new BundledActionsRule(), plan).ShouldHaveSingleItem().Message.ShouldContain("bundles 2 separate commitments");
    }

    [Fact]
    public void The_minimum_number_of_commitments_is_an_option()
    {
        var plan = TestPlans.OneConcern(("Bids will be submitted to replace equipment, as an interim measure simple equipment will be replaced.", "The Governor", "March 2025"));
        TestPlans.Analyze(new BundledActionsRule(), plan).ShouldHaveSingleItem();
        TestPlans.Analyze(new BundledActionsRule(), plan, TestPlans.RuleOption(RuleIds.BundledActions, "minimumCommitments", "3")).ShouldBeEmpty();
    }

    [Fact]
    public void Quotes_each_commitment()
    {
        var plan = TestPlans.OneConcern(("An induction video will be created. An area will also be developed to become an induction room.", "The Governor", "March 2025"));
        TestPlans.Analyze(new BundledActionsRule(), plan).ShouldHaveSingleItem().Message
            .ShouldBe("Action 1 of recommendation 1 bundles 2 separate commitments ('An induction video will be created', 'An area will also be developed to become…') under one owner and date; list each as its own action so its progress can be tracked");
    }
}
