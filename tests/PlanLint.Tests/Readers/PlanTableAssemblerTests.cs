using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>The table rules of docs/readers.md, one or two tables each, format-neutral (no text or Word parsing).</summary>
public sealed class PlanTableAssemblerTests
{
    private const string Header = "Rec No|Concerns|Response Action Taken/Planned|Responsible Owner|Target Date";

    /// <summary>The plan and its reading notes (what the table does not say for certain), in document order.</summary>
    private static ActionPlan Plan(TableBuilder table, out IReadOnlyList<ReadingNote> notes)
    {
        var result = table.Assemble();
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var plan = result.Plan.ShouldNotBeNull();
        notes = [.. plan.AllReadingNotes];
        return plan;
    }

    /// <summary>A plan read without a reading note, apart from rows whose owners do not line up (PL0002).</summary>
    private static ActionPlan Plan(TableBuilder table)
    {
        var plan = Plan(table, out var notes);
        notes.Where(n => n.Rule != RuleIds.OwnersNotAlignedWithActions).ShouldBeEmpty(string.Join("\n", notes.Select(n => n.Message)));
        return plan;
    }

    private static string[] Owners(Concern c) => [.. c.Actions.Select(a => a.Owner ?? "-")];

    private static string[] Dates(Concern c) => [.. c.Actions.Select(a => a.TargetDate ?? "-")];

    [Fact]
    public void Header_and_section_rows_are_not_recommendations_and_sections_carry_down()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row([.. Header.Split('|')])
            .Row("", "Priority concerns", "", "", "")
            .Row("1", "Violence was high.", "A strategy will be written.", "Governor", "March 2025")
            .Row("2", "Drugs entered.", "Drones will be tracked.", "HMPPS", "April 2025")
            .Row("", "Key concerns and recommendations", "", "", "")
            .Row("3", "Cells were dirty.", "Cleaning will be checked weekly.", "Governor", "May 2025"));

        plan.Concerns.Select(c => (c.Id, c.Section)).ShouldBe([("1", "Priority concerns"), ("2", "Priority concerns"), ("3", "Key concerns and recommendations")]);
        plan.Concerns.Select(c => c.Ordinal).ShouldBe([0, 1, 2]);
        plan.Format.ShouldBe(PlanFormat.Concerns);
    }

    [Fact]
    public void Each_action_paragraph_is_an_action_with_the_owner_and_date_paragraph_beside_it()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", new[] { "First action.", "Second action." }, new[] { "Governor", "Head of Safety" }, new[] { "March 2025", "Completed" })
            .Row("", "", "Third action.", "HMPPS", "April 2025"));

        var c = plan.Concerns.ShouldHaveSingleItem();
        c.Actions.Select(a => a.Text).ShouldBe(["First action.", "Second action.", "Third action."]);
        Owners(c).ShouldBe(["Governor", "Head of Safety", "HMPPS"]);
        Dates(c).ShouldBe(["March 2025", "Completed", "April 2025"]);
        c.Actions.Select(a => a.Index).ShouldBe([1, 2, 3]);
        c.Rows.Select(r => (r.Location.Line, r.ActionIndexes.Count, r.OwnerCount, r.TargetDateCount)).ShouldBe([(2, 2, 2, 2), (3, 1, 1, 1)]);
    }

    [Fact]
    public void Every_action_field_points_at_its_own_paragraph()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", new[] { "First action.", "Second action." }, new[] { "Governor", "Head of Safety" }, new[] { "March 2025", "Completed" }));

        var second = plan.Concerns[0].Actions[1];
        second.Location.ShouldBe(new SourceLocation("plan.docx", 2, 211));
        second.LocationOf(PlanFields.Owner).Column.ShouldBe(311);
        second.LocationOf(PlanFields.TargetDate).Column.ShouldBe(411);
        plan.Concerns[0].LocationOf(PlanFields.Id).Column.ShouldBe(1);
        plan.Concerns[0].LocationOf(PlanFields.Text).Column.ShouldBe(101);
    }

    [Theory]
    [InlineData("prior to other subjects being", "introduced. This allows access.", true)]   // starts lower-case
    [InlineData("Where adverse trends are identified at the meeting,", "SMART actions will be formulated.", true)] // ends with a comma
    [InlineData("functional skills English and", "Maths, having doubled class sizes.", true)] // ends with a word that cannot end a sentence
    [InlineData("The PEI will go live late August", "The accommodation has been enhanced.", false)] // a new sentence with its own owner
    [InlineData("The gym roof has been replaced.", "repairs will follow.", false)] // the action above ended its sentence
    public void A_paragraph_split_across_rows_is_one_action(string end, string next, bool joined)
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", end, "Governor", "March 2025")
            .Row("", "", next, "Governor", "March 2025"), out _);

        var c = plan.Concerns.ShouldHaveSingleItem();
        c.Actions.Count.ShouldBe(joined ? 1 : 2);
        if (joined) c.Actions[0].Text.ShouldBe(end + " " + next);
    }

    [Fact]
    public void A_fragment_without_an_owner_of_its_own_joins_the_action_above_even_when_it_starts_upper_case()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", "This will populate individual Prisoner Learning", "Governor", "October 2022")
            .Row("", "", "Plans for their journey through custody.", "", "October 2022"));

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Text.ShouldBe("This will populate individual Prisoner Learning Plans for their journey through custody.");
        action.TargetDate.ShouldBe("October 2022");
    }

    [Fact]
    public void A_word_row_whose_owner_cell_is_merged_from_above_starts_its_own_action()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", "Quarterly review of ACCT quality", "Head of Safety", "June 2025")
            .Row("", "", "Plans for every prisoner on an ACCT", TableBuilder.Merged, "July 2025"));

        plan.Concerns[0].Actions.Select(a => (a.Text, a.Owner)).ShouldBe(
            [("Quarterly review of ACCT quality", "Head of Safety"), ("Plans for every prisoner on an ACCT", "Head of Safety")]);
    }

    [Fact]
    public void The_entries_of_a_fragment_row_go_to_the_new_paragraphs_when_the_fragment_has_none()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("12", "Concern.", new[] { "The tutor becomes full-time.", "A tutor works on skills before other subjects are" }, new[] { "Governor", "Governor" }, new[] { "June 2025", "Completed" })
            .Row("", "", new[] { "introduced to them.", "Peer supporters have been upskilled.", "Resource packs are provided." }, new[] { "Head of Learning", "Head of Reading" }, new[] { "May 2025", "June 2025" }));

        var c = plan.Concerns.ShouldHaveSingleItem();
        c.Actions.Count.ShouldBe(4);
        c.Actions[1].Text.ShouldBe("A tutor works on skills before other subjects are introduced to them.");
        Owners(c).ShouldBe(["Governor", "Governor", "Head of Learning", "Head of Reading"]);
        Dates(c).ShouldBe(["June 2025", "Completed", "May 2025", "June 2025"]);
        c.Rows[1].ActionIndexes.ShouldBe([3, 4]);
    }

    [Fact]
    public void A_fragment_row_that_gives_the_continued_action_a_different_date_keeps_the_first_and_says_so()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("2", "Concern.", "A Band 5 Custodial Manager will be", "Governor", "July 2023")
            .Row("", "", "allocated to the Recovery Unit.", "Governor", "June 2023"), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.TargetDate.ShouldBe("July 2023");
        var d = notes.ShouldHaveSingleItem();
        d.Rule.ShouldBe(RuleIds.ConflictingEntries);
        d.Actions.ShouldBe([1]);
        d.Location.Line.ShouldBe(3);
        d.Message.ShouldContain("another target date, 'June 2023', beside 'July 2023' (which was kept)");
    }

    [Fact]
    public void Fewer_owners_than_actions_leave_all_but_the_first_unknown_and_say_so_once()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("2", "Concern.", new[] { "A.", "B.", "C.", "D." }, new[] { "HMPPS", "Governor" }, new[] { "Ongoing", "March 2025", "Completed", "April 2025" }), out var notes);

        var c = plan.Concerns.ShouldHaveSingleItem();
        Owners(c).ShouldBe(["HMPPS", "-", "-", "-"]);
        Dates(c).ShouldBe(["Ongoing", "March 2025", "Completed", "April 2025"]);
        c.Actions[0].ReadingOf(PlanFields.Owner).Status.ShouldBe(ReadingStatus.Inferred);
        c.Actions.Skip(1).ShouldAllBe(a => a.ReadingOf(PlanFields.Owner).Status == ReadingStatus.Unknown);
        c.Actions.ShouldAllBe(a => a.ReadingOf(PlanFields.TargetDate).IsRead);
        var note = notes.ShouldHaveSingleItem();
        note.Rule.ShouldBe(RuleIds.OwnersNotAlignedWithActions);
        note.Actions.ShouldBe([2, 3, 4]);
        var row = c.Rows.ShouldHaveSingleItem();
        row.ActionIndexes.ShouldBe([1, 2, 3, 4]);
        row.OwnerCount.ShouldBe(2);
        row.TargetDateCount.ShouldBe(4);
    }

    [Fact]
    public void An_owner_on_the_first_row_only_is_a_merged_cell_for_the_whole_recommendation()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("2", "Concern.", "First.", "NHS England", "Completed")
            .Row("", "", "Second.", "", "Completed")
            .Row("", "", "Third.", "", "March 2024"));

        Owners(plan.Concerns[0]).ShouldBe(["NHS England", "NHS England", "NHS England"]);
    }

    [Fact]
    public void A_blank_owner_beside_rows_that_each_name_their_own_is_a_missing_owner()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7", "Concern.", "First.", "The Governor", "Completed")
            .Row("", "", "Second.", "The Governor", "March 2025")
            .Row("", "", "Third.", "", ""));

        Owners(plan.Concerns[0]).ShouldBe(["The Governor", "The Governor", "-"]);
        Dates(plan.Concerns[0]).ShouldBe(["Completed", "March 2025", "-"]);
        var third = plan.Concerns[0].Actions[2];
        third.LocationOf(PlanFields.Owner).ShouldBe(new SourceLocation("plan.docx", 4, 301));
    }

    [Fact]
    public void A_word_cell_merged_from_above_gives_the_owner_above()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7", "Concern.", "First.", "Head of Safety", "Completed")
            .Row("", "", "Second.", "Governor", "March 2025")
            .Row("", "", "Third.", TableBuilder.Merged, "April 2025"));

        Owners(plan.Concerns[0]).ShouldBe(["Head of Safety", "Governor", "Governor"]);
    }

    [Fact]
    public void One_owner_beside_several_actions_in_a_row_is_shared_by_them()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("3", "Concern.", new[] { "A.", "B.", "C." }, "Governor", new[] { "May 2025", "June 2025", "July 2025" }));

        Owners(plan.Concerns[0]).ShouldBe(["Governor", "Governor", "Governor"]);
    }

    [Fact]
    public void Owners_and_dates_separated_only_by_runs_of_spaces_are_one_per_action()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1.10", "Concern.", new[] { "A.", "B.", "C." }, "Governor  LTHSE Contracts Team  Governor", "September 2023  December 2023  March 2024"));

        var c = plan.Concerns[0];
        Owners(c).ShouldBe(["Governor", "LTHSE Contracts Team", "Governor"]);
        Dates(c).ShouldBe(["September 2023", "December 2023", "March 2024"]);
        c.Actions[1].LocationOf(PlanFields.Owner).Column.ShouldBe(301 + "Governor  ".Length);
    }

    [Fact]
    public void Two_dates_in_one_cell_are_kept_as_written()
    {
        var plan = Plan(TableBuilder.Concerns().Row("1", "Concern.", "Recruit staff.", "NHS England", "March 2024 March 2024"));
        plan.Concerns[0].Actions[0].TargetDate.ShouldBe("March 2024 March 2024");
    }

    [Fact]
    public void Rows_with_owners_and_dates_but_no_action_pair_with_the_actions_of_the_row_above()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1.6", "Concern.", new[] { "A.", "B.", "C." }, "Governor", "Complete")
            .Row("", "", "", "Head of Residence", "April 2023")
            .Row("", "", "", "Head of Safety", "June 2024")
            .Row("", "", "Next action.", "Governor", "May 2023"));

        var c = plan.Concerns[0];
        Owners(c).ShouldBe(["Governor", "Head of Residence", "Head of Safety", "Governor"]);
        Dates(c).ShouldBe(["Complete", "April 2023", "June 2024", "May 2023"]);
        c.Rows[0].OwnerCount.ShouldBe(3);
    }

    [Fact]
    public void An_owner_row_without_actions_that_does_not_line_up_is_recorded_for_PL0002()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", "A.", "Governor", "Complete")
            .Row("", "", "", "Head of Residence", "April 2023"));

        var c = plan.Concerns[0];
        Owners(c).ShouldBe(["Governor"]);
        c.Rows[1].ActionIndexes.ShouldBeEmpty();
        c.Rows[1].OwnerCount.ShouldBe(1);
    }

    [Fact]
    public void Rows_before_the_first_number_are_a_recommendation_numbered_by_inference_with_a_warning()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("", "", new[] { "appointments to take place.", "The booking system will be reviewed.", "A needs assessment will be done." }, new[] { "Governor", "Head of Psychology" }, new[] { "July 2023", "December 2023" })
            .Row("1.2", "Concern.", "A.", "Governor", "Complete"), out var notes);

        plan.Concerns.Select(c => c.Id).ShouldBe(["1.1", "1.2"]);
        var first = plan.Concerns[0];
        first.ReadingOf(PlanFields.Id).Status.ShouldBe(ReadingStatus.Inferred);
        first.Actions[0].Text.ShouldBe("appointments to take place.");
        first.Actions[0].ReadingOf(PlanFields.Text).Status.ShouldBe(ReadingStatus.Unknown, "a fragment whose start is not in the file");
        Owners(first).ShouldBe(["-", "Governor", "Head of Psychology"]);
        var d = notes.ShouldHaveSingleItem();
        d.Rule.ShouldBe(RuleIds.RecommendationNumberNotRead);
        d.Message.ShouldContain("read as recommendation 1.1");
    }

    [Fact]
    public void A_rec_no_that_is_not_a_number_starts_the_next_recommendation_with_a_warning()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("8", "Contact was task-driven.", "A.", "Governor", "March 2024")
            .Row("of ha pr", "The late allocation of managers delayed handover.", "B.", "Governor", "March 2024")
            .Row("-", "", "C.", "Governor", "March 2024"), out var notes);

        plan.Concerns.Select(c => (c.Id, c.Actions.Count)).ShouldBe([("8", 1), ("9", 2)]);
        plan.Concerns[1].ReadingOf(PlanFields.Id).Status.ShouldBe(ReadingStatus.Inferred);
        var note = notes.ShouldHaveSingleItem();
        note.Rule.ShouldBe(RuleIds.RecommendationNumberNotRead);
        note.Message.ShouldContain("'of ha pr'");
    }

    [Fact]
    public void Concern_text_continues_across_rows_but_stray_lower_case_text_after_a_full_stop_is_reported()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "The standard of support required", "A.", "Governor", "March 2024")
            .Row("", "significant improvement.", "B.", "Governor", "March 2024")
            .Row("", "Too often sessions were cancelled.", "C.", "Governor", "March 2024")
            .Row("", "prisoriers.", "D.", "Governor", "March 2024"), out var notes);

        plan.Concerns[0].Text.ShouldBe("The standard of support required significant improvement. Too often sessions were cancelled.");
        var d = notes.ShouldHaveSingleItem();
        d.Rule.ShouldBe(RuleIds.TextNotRead);
        d.Location.Line.ShouldBe(5);
        d.Message.ShouldContain("'prisoriers.'");
    }

    [Fact]
    public void A_section_heading_run_into_a_concern_cell_is_split_off()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("5", "Key concerns The promotion of equality was limited.", "A.", "Governor", "March 2024")
            .Row("6", "Reading was weak.", "B.", "Governor", "March 2024"));

        plan.Concerns.Select(c => (c.Section, c.Text)).ShouldBe(
            [("Key concerns", "The promotion of equality was limited."), ("Key concerns", "Reading was weak.")]);
    }

    [Fact]
    public void Agreement_statuses_and_the_reason_a_partly_agreed_response_gives()
    {
        var plan = Plan(TableBuilder.Recommendations()
            .Row("7.1", "Recommendation.", "Agreed", "A.", "Governor", "July 2022")
            .Row("7.2", "Recommendation.", "Partly Agreed", new[] { "This recommendation is partly agreed. The recommendation cannot be fully accepted as beds are not always available.", "B." }, "Governor", "Ongoing")
            .Row("7.3", "Recommendation.", "Not agreed - affordability reasons", "C.", "Governor", "July 2022")
            .Row("7.4", "Recommendation.", "", "D.", "Governor", "July 2022"));

        plan.Format.ShouldBe(PlanFormat.Recommendations);
        plan.Concerns.Select(c => c.Agreement).ShouldBe([AgreementStatus.Agreed, AgreementStatus.PartlyAgreed, AgreementStatus.NotAgreed, null]);
        plan.Concerns[1].Reason.ShouldBe("The recommendation cannot be fully accepted as beds are not always available.");
        plan.Concerns[1].LocationOf(PlanFields.Reason).Column.ShouldBe(301);
        plan.Concerns[2].Reason.ShouldBe("affordability reasons");
        plan.Concerns[0].Reason.ShouldBeNull();
    }

    [Fact]
    public void Stray_text_in_the_agreement_column_is_reported_and_not_read_as_a_status()
    {
        var plan = Plan(TableBuilder.Recommendations()
            .Row("7.10", "Recommendation.", "was insufficient on, and unities for", "A.", "Governor", "July 2022"), out var notes);

        plan.Concerns[0].Agreement.ShouldBeNull();
        plan.Concerns[0].ReadingOf(PlanFields.Agreement).IsRead.ShouldBeTrue("without the plan's own tally, a cell with no status is a missing status");
        notes.ShouldHaveSingleItem().Message.ShouldContain("not Agreed, Partly Agreed or Not Agreed");
    }

    [Fact]
    public void A_numberless_row_with_its_own_status_starts_the_next_recommendation()
    {
        var plan = Plan(TableBuilder.Recommendations()
            .Row("7.1", "Key concern 1.42: Systems were weak.", "Agreed", "A.", "Governor", "September 2022")
            .Row("", "Key concern 1.43: Use of force was poor.", "Agreed", "B.", "Governor", "October 2022")
            .Row("7.3", "Key concern 1.44: Governance was weak.", "", "C.", "Governor", "July 2022"), out var notes);

        plan.Concerns.Select(c => c.Id).ShouldBe(["7.1", "7.2", "7.3"]);
        notes.ShouldHaveSingleItem().Message.ShouldContain("numbered 7.2 as the one after 7.1");
    }

    [Fact]
    public void Owner_text_that_continues_the_action_sentence_is_moved_back_into_the_action()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7.5", "Concern.", "The current provision allows essential tasks. This", "Oxleas", "March 2023")
            .Row("", "", "", "includes medication and triage.", ""), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Text.ShouldBe("The current provision allows essential tasks. This includes medication and triage.");
        action.Owner.ShouldBe("Oxleas");
        var note = notes.ShouldHaveSingleItem();
        note.Rule.ShouldBe(RuleIds.TextReadAcrossColumns);
        note.Actions.ShouldBe([1]);
    }

    [Fact]
    public void Owner_text_inside_one_sentence_of_the_action_is_read_as_its_text_without_a_finding_and_the_reading_says_so()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7.5", "Concern.", "The current provision allows essential tasks. This", "Oxleas", "March 2023")
            .Row("", "", "", "includes medication, triage and emergency response, mental", "")
            .Row("", "", "health assessments and caseload reviews.", "", ""), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Text.ShouldBe("The current provision allows essential tasks. This includes medication, triage and emergency response, mental health assessments and caseload reviews.");
        action.Owner.ShouldBe("Oxleas");
        notes.ShouldBeEmpty();
        var reading = action.ReadingOf(PlanFields.Text);
        reading.Status.ShouldBe(ReadingStatus.Inferred);
        reading.Why.ShouldNotBeNull().ShouldContain("in the owner column at line 3");
    }

    [Fact]
    public void A_date_split_between_the_owner_and_date_columns_is_one_date_and_no_other_owner()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7.4", "Concern.", "A needs analysis will be conducted and leaders will commence forums every two", "Governor", "August 2022")
            .Row("", "", "months with prisoners.", "Aug", "just 2022"), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Owner.ShouldBe("Governor");
        action.TargetDate.ShouldBe("August 2022");
        notes.ShouldBeEmpty();
    }

    [Fact]
    public void A_date_split_between_the_columns_gives_an_action_without_one_that_date_as_inferred()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7.4", "Concern.", "A needs analysis will be conducted and leaders will commence forums every two", "Governor", "")
            .Row("", "", "months with prisoners.", "Sept", "ember 2022"), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Owner.ShouldBe("Governor");
        action.TargetDate.ShouldBe("September 2022");
        action.ReadingOf(PlanFields.TargetDate).Status.ShouldBe(ReadingStatus.Inferred);
        notes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Head of Safety", "June 2023", "another owner, 'Head of Safety'")]
    [InlineData("Aug", "2023 June", "another owner, 'Aug'")]
    public void Entries_that_are_values_still_conflict(string owner, string date, string expected)
    {
        Plan(TableBuilder.Concerns()
            .Row("2", "Concern.", "A Band 5 Custodial Manager will be", "Governor", "July 2023")
            .Row("", "", "allocated to the Recovery Unit.", owner, date), out var notes);

        notes.ShouldHaveSingleItem().Message.ShouldContain(expected);
    }

    [Fact]
    public void A_date_entry_with_no_letters_that_is_no_date_gives_no_second_target_date()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("7.5", "Concern.", "Supervision is mandatory. All staff", "Oxleas", "September 2022")
            .Row("", "", "receive supervision every 4-6 weeks.", "", "2001000.000"), out var notes);

        plan.Concerns[0].Actions.ShouldHaveSingleItem().TargetDate.ShouldBe("September 2022");
        notes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("31/03")]
    public void A_date_entry_without_letters_that_holds_a_year_or_a_day_and_month_is_a_value_and_conflicts(string date)
    {
        Plan(TableBuilder.Concerns()
            .Row("7.5", "Concern.", "Supervision is mandatory. All staff", "Oxleas", "September 2022")
            .Row("", "", "receive supervision every 4-6 weeks.", "", date), out var notes);

        notes.ShouldHaveSingleItem().Rule.ShouldBe(RuleIds.ConflictingEntries);
    }

    [Fact]
    public void A_garbled_copy_of_the_concerns_last_words_is_left_out_without_a_finding_and_the_reading_says_so()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("4", "Prisoners lacked the skills they needed to help them on release.", "A.", "Governor", "March 2024")
            .Row("", "nooda to noip them on release.", "B.", "Governor", "March 2024"), out var notes);

        var concern = plan.Concerns[0];
        concern.Text.ShouldBe("Prisoners lacked the skills they needed to help them on release.");
        notes.ShouldBeEmpty();
        concern.Readings.Get(PlanFields.Text).Status.ShouldBe(ReadingStatus.Inferred);
        concern.Readings.Get(PlanFields.Text).Why.ShouldNotBeNull().ShouldContain("'nooda to noip them on release.'");
    }

    [Fact]
    public void Page_debris_in_the_agreement_column_is_not_reported_when_another_row_gives_the_status()
    {
        var plan = Plan(TableBuilder.Recommendations()
            .Row("7.9", "Key concern 1.50: Support was poor.", "Agreed", "A.", "Governor", "June 2022")
            .Row("", "More of the concern.", "er LI le te su wi or ba m M", "B.", "Governor", "June 2022"), out var notes);

        plan.Concerns[0].Agreement.ShouldBe(AgreementStatus.Agreed);
        notes.ShouldBeEmpty();
    }

    [Fact]
    public void Page_debris_in_the_only_agreement_cell_is_still_reported()
    {
        Plan(TableBuilder.Recommendations()
            .Row("7.9", "Key concern 1.50: Support was poor.", "er LI le te su wi or ba m M", "A.", "Governor", "June 2022"), out var notes);

        notes.ShouldContain(n => n.Rule == RuleIds.TextNotRead && n.Message.Contains("'er LI le te su wi or ba m M'"));
    }

    [Fact]
    public void A_paragraph_cut_by_the_one_cut_that_fits_its_entries_is_recorded_in_the_readings_not_reported()
    {
        var plan = Plan(new TableBuilder(TableColumns.ConcernFormat) { Extracted = true }
            .Row("3", "Concern.", "Resource: a new post has been recruited. Freezers: new freezers will be bought.", "RPOM", "Completed September 2024"), out var notes);

        var actions = plan.Concerns[0].Actions;
        actions.Count.ShouldBe(2);
        Dates(plan.Concerns[0]).ShouldBe(["Completed", "September 2024"]);
        notes.ShouldBeEmpty();
        actions.ShouldAllBe(a => a.ReadingOf(PlanFields.Text).Status == ReadingStatus.Inferred);
        actions.ShouldAllBe(a => a.ReadingOf(PlanFields.TargetDate).Status == ReadingStatus.Inferred);
    }

    [Fact]
    public void Ruling_lines_and_blank_rows_are_ignored()
    {
        var plan = Plan(TableBuilder.Concerns()
            .Row("1", "Concern.", "A.", "Governor", "March 2025")
            .Row("", "", "", "", "")
            .Row("--", "--", "---", "--", "--"));

        plan.Concerns.ShouldHaveSingleItem().Actions.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_table_with_no_rows_is_one_located_error()
    {
        var result = TableBuilder.Concerns().Row([.. Header.Split('|')]).Assemble();
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Severity.ShouldBe(Severity.Error);
        d.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void Word_locations_without_lines_name_the_table_row_in_messages()
    {
        SourceLocation At(int row, int cell) => SourceLocation.At("plan.docx", new DocumentPlace(Table: 1, Row: row, Column: cell));
        TableCell Cell(int row, int cell, params string[] paragraphs) =>
            new([.. paragraphs.Select(p => new TableParagraph(p, At(row, cell)))], At(row, cell));
        TableRow Row(int row, params string[][] cells) =>
            new([.. cells.Select((c, i) => Cell(row, i + 1, c))], SourceLocation.At("plan.docx", new DocumentPlace(Table: 1, Row: row)));

        var table = new PlanTable(TableColumns.ConcernFormat,
        [
            Row(2, [], [], ["appointments to take place."], [], []),
            Row(3, ["1.2"], ["Concern."], ["A.", "B."], ["Governor  Head of Safety"], ["May 2025"]),
        ], SourceLocation.At("plan.docx", DocumentPlace.OfTable(1)));

        var result = PlanTableAssembler.Assemble("plan.docx", new PlanHeader(), table);
        var plan = result.Plan.ShouldNotBeNull();
        result.Diagnostics.ShouldBeEmpty();
        plan.AllReadingNotes.ShouldHaveSingleItem().Message.ShouldContain("the rows from table 1, row 2 come before the first numbered recommendation (1.2)");
        plan.Concerns[1].Actions.Select(a => a.Owner).ShouldBe(["Governor", "Head of Safety"]);
        plan.Concerns[1].Actions[1].LocationOf(PlanFields.Owner).Part.ShouldBe("table 1, row 3, column 4");
        plan.Location.Part.ShouldBe("table 1");
    }

    [Fact]
    public void A_header_row_maps_columns_in_any_order()
    {
        var columns = TableHeaders.ColumnsOf(["No.", "Recommendation", "Target date", "Response", "Agreed?", "Responsible owner"]).ShouldNotBeNull();
        columns.ShouldBe(new TableColumns(RecNo: 0, Concern: 1, Agreement: 4, Action: 3, Owner: 5, TargetDate: 2));
        columns.Format.ShouldBe(PlanFormat.Recommendations);
        TableHeaders.ColumnsOf(["Rec No", "Concern", "Owner"]).ShouldBeNull();
        TableHeaders.IsHeaderRow(["1", "Leaders had not done enough.", "A strategy will be written.", "Governor", "March 2025"]).ShouldBeFalse();
    }

    [Fact]
    public void The_header_fills_the_plan_details_with_their_locations()
    {
        var at = new SourceLocation("plan.docx", 3, 24);
        var header = new PlanHeader
        {
            Establishment = ("HMP Long Lartin", at),
            Submitted = (new DateOnly(2025, 1, 29), at with { Line = 4 }),
            InspectionStart = (new DateOnly(2024, 9, 30), at with { Line = 5 }),
            InspectionEnd = (new DateOnly(2024, 10, 10), at with { Line = 5 }),
        };
        var result = PlanTableAssembler.Assemble("plan.docx", header, TableBuilder.Concerns().Row("1", "C.", "A.", "G", "March 2025").Build());

        var plan = result.Plan!;
        plan.Establishment.ShouldBe("HMP Long Lartin");
        plan.InspectionEnd.ShouldBe(new DateOnly(2024, 10, 10));
        plan.LocationOf(PlanFields.Submitted).Line.ShouldBe(4);
        plan.LocationOf(PlanFields.Inspection).Line.ShouldBe(5);
        plan.ReportPublished.ShouldBeNull();
    }
}
