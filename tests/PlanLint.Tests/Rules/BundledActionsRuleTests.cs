using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Rules.Specific;
using PlanLint.Tests.Support;
using PlanLint.Writers.Plans;

namespace PlanLint.Tests.Rules;

public sealed class BundledActionsRuleTests
{
    [Theory]
    [InlineData("The Debt Reduction strategy will be reviewed to provide better support for prisoners whilst a Communications strategy will be developed.", 2)]
    [InlineData("A further 0.5 full time equivalent nurse will be recruited and the role of the nurse will be reviewed to focus on long term conditions.", 2)]
    [InlineData("Care planning training will take place and wound care training will be delivered.", 2)]
    [InlineData("A new Wellbeing Lead will be recruited to coordinate support. The Wellbeing Lead will also hold focus groups with learners.", 2)] // the same post acting again: new work
    [InlineData("Bids will be submitted to replace equipment, as an interim measure simple equipment will be replaced.", 2)] // something brought in new ("an")
    [InlineData("The gym timetable will be published weekly. A new gym induction will be introduced on every wing.", 2)] // a shared word, not the same thing
    [InlineData("The Violence Reduction strategy will be reviewed, this will include consultations with staff. Leaders will also increase the use of data at Safety meetings.", 2)]
    public void Fires_when_one_entry_makes_several_commitments(string text, int count)
    {
        var d = TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(BundledActionsRule.Id);
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
    // A later clause that works on what the earlier one makes is part of the same piece of work.
    [InlineData("Portion control guidance will be re-issued to residential units. Guidance will be displayed in servery areas. Cleaning officers will be trained on portion control.")]
    [InlineData("The search database will list all searches from intelligence reports. Some lower-level searches will be tasked to residential staff.")]
    [InlineData("An induction video will be created for new arrivals. A room will also be set up where prisoners can view the new induction video.")]
    [InlineData("The reading strategy will be reviewed annually. A reading strategy deep dive will be conducted before April.")]
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
        TestPlans.Analyze(new BundledActionsRule(), plan, TestPlans.RuleOption(BundledActionsRule.Id, "minimumCommitments", "3")).ShouldBeEmpty();
    }

    [Fact]
    public void Quotes_each_commitment()
    {
        var plan = TestPlans.OneConcern(("An induction video will be created. An area will also be developed to become an induction room.", "The Governor", "March 2025"));
        TestPlans.Analyze(new BundledActionsRule(), plan).ShouldHaveSingleItem().Message
            .ShouldBe("Action 1 of recommendation 1 bundles 2 separate commitments ('An induction video will be created', 'An area will also be developed to become…') under one owner and date; list each as its own action so its progress can be tracked");
    }
    // An action reported complete has no progress left to track, so its steps are not split up, whatever the words.
    [Theory]
    [InlineData("Completed")]
    [InlineData("Complete - March 2024")]
    [InlineData("Closed")]
    public void Quiet_when_the_action_is_reported_complete(string target)
    {
        const string Text = "The chaplaincy will run a bereavement group each month. Volunteers will be trained as listeners.";
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((Text, "Managing Chaplain", "March 2025"))).ShouldHaveSingleItem();
        TestPlans.Analyze(new BundledActionsRule(), TestPlans.OneConcern((Text, "Managing Chaplain", target))).ShouldBeEmpty();
    }

    /// <summary>One action whose text reading says only its first <paramref name="knownExtent"/> characters are known to be its own.</summary>
    private static string WithKnownExtent(string text, int knownExtent)
    {
        var plan = JsonNode.Parse(TestPlans.OneConcern((text, "Head of Learning", "June 2025")))!.AsObject();
        plan["concerns"]![0]!["actions"]![0]!["reading"] = new JsonObject
        {
            ["text"] = new JsonObject { ["status"] = "read", ["why"] = "kept whole beside entries run together", ["knownExtent"] = knownExtent },
        };
        return plan.ToJsonString();
    }

    // Where the reader could not tell where an action ends (paragraph breaks lost beside it), a bundle found across that
    // boundary is a reading guess, not a fact about the plan: only the commitments in the part known to be the action's count.
    [Theory]
    [InlineData("The library will open four evenings a week. Peer mentors will be recruited to run a reading scheme.", 0, false)]
    [InlineData("The library will open four evenings a week. Peer mentors will be recruited to run a reading scheme.", 43, false)]
    [InlineData("The library will open four evenings a week. Peer mentors will be recruited to run a reading scheme.", 48, true)]
    [InlineData("The library will open four evenings a week and the Head of Learning will recruit two tutors. Peer mentors will be recruited.", 91, true)]
    public void Counts_only_the_commitments_in_the_part_known_to_be_the_actions(string text, int knownExtent, bool fires)
    {
        var found = TestPlans.Analyze(new BundledActionsRule(), WithKnownExtent(text, knownExtent));
        if (fires) found.ShouldHaveSingleItem().Message.ShouldStartWith("Action 1 of recommendation 1 bundles 2 separate commitments");
        else found.ShouldBeEmpty();
    }

    /// <summary>The plan read from an extracted table, through the canonical JSON that <c>planlint import</c> writes.</summary>
    private static IReadOnlyList<Diagnostic> AnalyzeImported(TableBuilder table)
    {
        var plan = table.Assemble().Plan.ShouldNotBeNull();
        return TestPlans.Analyze(new BundledActionsRule(), CanonicalPlanTree.Build(plan).ToJsonString());
    }

    [Fact]
    public void Quiet_on_a_paragraph_kept_whole_beside_entries_run_together()
    {
        const string Text = "The gym will open on Sundays. Staff will be trained to run circuits. A walking group will start.";
        // Three sentences beside two dates run together on one line: no single cut fits, so the paragraph is kept whole
        // and where its first action ends could not be told; the same date twice is still two paragraphs' dates.
        foreach (string dates in new[] { "May 2025 July 2025", "July 2025 July 2025" })
        {
            var table = new TableBuilder(TableColumns.ConcernFormat, "plan.txt") { Extracted = true }
                .Row("3", "Concern.", Text, "Head of Residence", dates);
            var reading = table.Assemble().Plan.ShouldNotBeNull().Concerns[0].Actions[0].ReadingOf(PlanFields.Text);
            reading.KnownExtent.ShouldBe(0);
            reading.Why.ShouldBe($"the target date cell at line 2 runs 2 dates together ({string.Join(", ", dates.Split(' ', 3).Chunk(2).Select(d => $"'{string.Join(' ', d)}'"))}) beside this paragraph, which could not be cut to match: it may be as many actions run together");
            AnalyzeImported(table).ShouldBeEmpty();
        }

        // The same paragraph beside one date, or in a Word document (where two dates in a cell are what the author typed), is judged.
        AnalyzeImported(new TableBuilder(TableColumns.ConcernFormat, "plan.txt") { Extracted = true }.Row("3", "Concern.", Text, "Head of Residence", "July 2025"))
            .ShouldHaveSingleItem();
        AnalyzeImported(TableBuilder.Concerns().Row("3", "Concern.", Text, "Head of Residence", "May 2025 July 2025")).ShouldHaveSingleItem();
    }

    [Fact]
    public void Counts_only_up_to_the_sentence_a_continuation_row_completes_when_that_row_gives_an_entry_of_its_own()
    {
        TableBuilder Table(string secondDate) => TableBuilder.Concerns()
            .Row("4", "Concern.", "The library will open four evenings a week and the reading scheme will be", "Governor", "July 2025")
            .Row("", "", "run by peers. The Head of Learning will recruit two tutors.", "Governor", secondDate);

        // The continuation row's own date may belong to a paragraph that starts in it: past "run by peers." the action's end
        // could not be told, and the tutors are not counted.
        var action = Table("June 2025").Assemble().Plan.ShouldNotBeNull().Concerns[0].Actions.ShouldHaveSingleItem();
        action.Text.ShouldEndWith("run by peers. The Head of Learning will recruit two tutors.");
        action.ReadingOf(PlanFields.Text).KnownExtent.ShouldBe(action.Text.IndexOf("run by peers.", StringComparison.Ordinal) + "run by peers.".Length);
        action.ReadingOf(PlanFields.Text).Why.ShouldBe("the row at line 3 continues this paragraph but gives it an entry of its own, so past the sentence it completes ('run by peers.') where the action ends could not be told");
        AnalyzeImported(Table("June 2025")).ShouldHaveSingleItem().Message
            .ShouldStartWith("Action 1 of recommendation 4 bundles 2 separate commitments ('The library will open four evenings a…', 'the reading scheme will be run by peers')");
        // The same date again: the row adds nothing, the text is the action's, and all three commitments count.
        Table("July 2025").Assemble().Plan.ShouldNotBeNull().Concerns[0].Actions[0].ReadingOf(PlanFields.Text).KnownExtent.ShouldBeNull();
        AnalyzeImported(Table("July 2025")).ShouldHaveSingleItem().Message.ShouldStartWith("Action 1 of recommendation 4 bundles 3 separate commitments");
    }
}
