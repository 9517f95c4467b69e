using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Rules;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>
/// Two layouts of text extracted from a PDF that a person resolves without doubt (docs/readers.md, rules 13 and 21): a row
/// that finishes the sentence of the action above and goes on with another step beside entries of its own, and an owner
/// cell garbled into one word of the recommendation's one post. Each decision is an inferred reading with its cue, never a
/// finding; what stays in doubt is still reported once.
/// </summary>
public sealed class ExtractedRowsTests
{
    private static TableBuilder Extracted() => new(TableColumns.ConcernFormat) { Extracted = true };

    private static ActionPlan Plan(TableBuilder table, out IReadOnlyList<ReadingNote> notes)
    {
        var result = table.Assemble();
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var plan = result.Plan.ShouldNotBeNull();
        notes = [.. plan.AllReadingNotes];
        return plan;
    }

    private static IReadOnlyList<Diagnostic> Check(ActionPlan plan) =>
        new AnalyzerEngine(BuiltInRules.Create()).Analyze(plan, AnalysisOptions.Default);

    private static (string Text, string? Owner, string? Date)[] Actions(ActionPlan plan) =>
        [.. plan.Concerns[0].Actions.Select(a => (a.Text, a.Owner, a.TargetDate))];

    [Fact]
    public void A_row_that_finishes_the_sentence_above_and_holds_another_step_with_its_own_entries_is_that_step()
    {
        var plan = Plan(Extracted()
            .Row("3", "Concern.", "The Head of Learning will audit every induction plan. A peer mentor will be", "Head of Learning", "October 2025")
            .Row("", "", "trained for each wing by the Safer Custody Lead. The Activities Hub Manager to publish a revised timetable for evening classes.", "Activities Hub Manager", "January 2026"), out var notes);

        notes.ShouldBeEmpty(string.Join("\n", notes.Select(n => n.Message)));
        Actions(plan).ShouldBe(
        [
            ("The Head of Learning will audit every induction plan. A peer mentor will be trained for each wing by the Safer Custody Lead.", "Head of Learning", "October 2025"),
            ("The Activities Hub Manager to publish a revised timetable for evening classes.", "Activities Hub Manager", "January 2026"),
        ]);
        var (first, second) = (plan.Concerns[0].Actions[0], plan.Concerns[0].Actions[1]);
        first.ReadingOf(PlanFields.Text).Status.ShouldBe(ReadingStatus.Inferred);
        first.ReadingOf(PlanFields.Text).Why.ShouldBe("it ends in the row at line 3 with 'trained for each wing by the Safer Custo…', which finishes its sentence; the rest of that row, beside the row's own owner 'Activities Hub Manager' and target date 'January 2026', is another paragraph run into it by the extraction and was read as action 2");
        second.ReadingOf(PlanFields.Text).Status.ShouldBe(ReadingStatus.Inferred);
        second.ReadingOf(PlanFields.Text).Why.ShouldNotBeNull().ShouldContain("finish action 1 of recommendation 3");
        second.Location.Line.ShouldBe(3);
        plan.Concerns[0].Rows.Select(r => r.ActionIndexes.Count).ShouldBe([1, 1]);
    }

    [Fact]
    public void A_blank_owner_beside_the_further_steps_is_the_one_above_only_as_an_inferred_value_and_gets_no_error()
    {
        var plan = Plan(Extracted()
            .Row("4", "Concern.", "Kitchen orderlies will be", "Catering Manager", "May 2025")
            .Row("", "", "vetted before they start work. A food hygiene inspection will be booked with the council. Every orderly will complete level 2 food safety training.", "", "June 2025 August 2025")
            .Row("", "", "The Deputy Governor will sign off the new menu cycle.", "Deputy Governor", "September 2025"), out var notes);

        notes.ShouldBeEmpty(string.Join("\n", notes.Select(n => n.Message)));
        Actions(plan).ShouldBe(
        [
            ("Kitchen orderlies will be vetted before they start work.", "Catering Manager", "May 2025"),
            ("A food hygiene inspection will be booked with the council.", "Catering Manager", "June 2025"),
            ("Every orderly will complete level 2 food safety training.", "Catering Manager", "August 2025"),
            ("The Deputy Governor will sign off the new menu cycle.", "Deputy Governor", "September 2025"),
        ]);
        var cut = plan.Concerns[0].Actions.Skip(1).Take(2).ToList();
        cut.ShouldAllBe(a => a.ReadingOf(PlanFields.Owner).Status == ReadingStatus.Inferred);
        cut[0].ReadingOf(PlanFields.Owner).Why.ShouldNotBeNull().ShouldContain("continues action 1");
        cut.ShouldAllBe(a => a.ReadingOf(PlanFields.TargetDate).Status == ReadingStatus.Inferred);
        Check(plan).Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Further_steps_beside_a_blank_owner_under_an_action_without_one_are_unknown_not_missing()
    {
        var plan = Plan(Extracted()
            .Row("4", "Concern.", "Night staff will be", "", "May 2025")
            .Row("", "", "briefed on the new roll check. Cell bells will be answered within five minutes.", "", "July 2025")
            .Row("", "", "The Orderly Officer will record every late answer.", "Orderly Officer", "July 2025"), out _);

        var actions = plan.Concerns[0].Actions;
        actions.Count.ShouldBe(3);
        actions[1].Text.ShouldBe("Cell bells will be answered within five minutes.");
        actions[1].Owner.ShouldBeNull();
        actions[1].ReadingOf(PlanFields.Owner).Status.ShouldBe(ReadingStatus.Unknown);
        Check(plan).Where(d => d.Id == PlanLint.Rules.Accountable.MissingOwnerRule.Id && d.ActionIndex == 2).ShouldBeEmpty();
    }

    [Fact]
    public void A_row_that_only_finishes_the_sentence_gives_the_action_a_second_entry_reported_once()
    {
        var plan = Plan(Extracted()
            .Row("6", "Concern.", "The print shop will be", "Head of Industries", "June 2025")
            .Row("", "", "moved to the new workshop by the spring.", "Head of Industries", "August 2025"), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Text.ShouldBe("The print shop will be moved to the new workshop by the spring.");
        action.TargetDate.ShouldBe("June 2025");
        notes.ShouldHaveSingleItem().Message.ShouldContain("another target date, 'August 2025', beside 'June 2025' (which was kept)");
    }

    [Fact]
    public void A_row_whose_entries_repeat_the_ones_above_stays_part_of_the_action_above()
    {
        var plan = Plan(Extracted()
            .Row("6", "Concern.", "Wing forums will be held monthly and", "Head of Residence", "March 2026")
            .Row("", "", "minuted by a prisoner representative. Wing reps will be elected in April.", "Head of Residence", "March 2026"), out var notes);

        notes.ShouldBeEmpty();
        Actions(plan).ShouldBe([("Wing forums will be held monthly and minuted by a prisoner representative. Wing reps will be elected in April.", "Head of Residence", "March 2026")]);
    }

    [Fact]
    public void A_row_where_the_step_could_start_at_several_sentences_stays_a_conflict_reported_once()
    {
        var plan = Plan(Extracted()
            .Row("7", "Concern.", "Since the audit, the library has extended its opening hours on weekdays and", "Librarian", "Completed")
            .Row("", "", "Saturdays, doubling visits from 40 to 80. Audio books have been added to the catalogue. Two orderlies have been trained. The effect will be measured in the next survey.", "Librarian", "March 2026"), out var notes);

        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.TargetDate.ShouldBe("Completed");
        notes.ShouldHaveSingleItem().Rule.ShouldBe(RuleIds.ConflictingEntries);
    }

    [Fact]
    public void A_sentence_that_points_back_at_the_one_before_does_not_start_a_step()
    {
        var plan = Plan(Extracted()
            .Row("8", "Concern.", "Where a wing misses its target at the monthly meeting,", "Head of Residence", "April 2025")
            .Row("", "", "an improvement plan will be agreed for it. These plans will be checked by the Deputy Governor.", "Deputy Governor", "June 2025"), out var notes);

        plan.Concerns[0].Actions.ShouldHaveSingleItem().Owner.ShouldBe("Head of Residence");
        notes.ShouldHaveSingleItem().Message.ShouldContain("another owner, 'Deputy Governor', beside 'Head of Residence'");
    }

    [Fact]
    public void A_word_table_is_read_as_its_rows_say()
    {
        var plan = Plan(new TableBuilder(TableColumns.ConcernFormat, word: true)
            .Row("3", "Concern.", "The Head of Learning will audit every induction plan. A peer mentor will be", "Head of Learning", "October 2025")
            .Row("", "", "trained for each wing by the Safer Custody Lead. The Activities Hub Manager to publish a revised timetable.", "Activities Hub Manager", "January 2026"), out var notes);

        plan.Concerns[0].Actions.Count.ShouldBe(1);
        notes.ShouldHaveSingleItem().Rule.ShouldBe(RuleIds.ConflictingEntries);
    }

    [Fact]
    public void An_owner_that_is_the_last_word_of_the_owner_above_on_a_continuing_row_is_its_wrapped_end()
    {
        var plan = Plan(Extracted()
            .Row("9", "Concern.", "Where a complaint is upheld,", "Head of Offender Management", "November 2025")
            .Row("", "", "the prisoner will be told the outcome in writing.", "Management", ""), out var notes);

        notes.ShouldBeEmpty(string.Join("\n", notes.Select(n => n.Message)));
        var action = plan.Concerns[0].Actions.ShouldHaveSingleItem();
        action.Owner.ShouldBe("Head of Offender Management");
        action.ReadingOf(PlanFields.Owner).Status.ShouldBe(ReadingStatus.Inferred);
        action.ReadingOf(PlanFields.Owner).Why.ShouldNotBeNull().ShouldContain("'Management' in the owner column at line 3");
    }

    [Theory]
    [InlineData("Head of Safety")] // another post
    [InlineData("Deputy Head of Offender Management")] // longer than the owner above: not its end
    public void Another_owner_on_a_continuing_row_is_still_a_conflict(string owner)
    {
        var plan = Plan(Extracted()
            .Row("9", "Concern.", "Where a complaint is upheld,", "Head of Offender Management", "November 2025")
            .Row("", "", "the prisoner will be told the outcome in writing.", owner, ""), out var notes);

        plan.Concerns[0].Actions.ShouldHaveSingleItem().Owner.ShouldBe("Head of Offender Management");
        notes.ShouldHaveSingleItem().Rule.ShouldBe(RuleIds.ConflictingEntries);
    }

    [Fact]
    public void Different_posts_on_separate_rows_are_each_their_own()
    {
        var plan = Plan(Extracted()
            .Row("10", "Concern.", "The visits hall will open on Sundays.", "Deputy Governor", "May 2026")
            .Row("", "", "Family days will be held each quarter.", "Governor", "July 2026"), out var notes);

        notes.ShouldBeEmpty();
        plan.Concerns[0].Actions.Select(a => (a.Owner, a.ReadingOf(PlanFields.Owner).Status)).ShouldBe([("Deputy Governor", ReadingStatus.Read), ("Governor", ReadingStatus.Read)]);
    }

    [Theory]
    [InlineData("Head Head Head", "May 2026 May 2026")] // three owners beside two dates: the paragraph is kept whole
    [InlineData("Head Head", "May 2026 May 2026")] // two of each: cut in two
    public void An_owner_cell_repeating_the_first_word_of_the_recommendations_one_post_is_that_post(string owner, string date)
    {
        var plan = Plan(Extracted()
            .Row("11", "Concern.", "A second print shop will open in the spring.", "Head of Industries", "April 2026")
            .Row("", "", "Workshop places will rise to 60. Orderlies will be paid weekly.", owner, date)
            .Row("", "", "A job fair will be held for men due for release.", "Head of Industries", "June 2026"), out var notes);

        notes.ShouldBeEmpty(string.Join("\n", notes.Select(n => n.Message)));
        var actions = plan.Concerns[0].Actions;
        actions.ShouldAllBe(a => a.Owner == "Head of Industries");
        var read = actions.Where(a => a.Text.Contains("Workshop", StringComparison.Ordinal) || a.Text.Contains("Orderlies", StringComparison.Ordinal)).ToList();
        read.ShouldNotBeEmpty();
        read.ShouldAllBe(a => a.ReadingOf(PlanFields.Owner).Status == ReadingStatus.Inferred);
        read[0].ReadingOf(PlanFields.Owner).Why.ShouldNotBeNull().ShouldContain("every other owner entry of recommendation 11 is 'Head of Industries'");
    }

    [Theory]
    [InlineData("Deputy Governor", "Governor Governor Governor")] // the word does not begin the post
    [InlineData(null, "Head Head Head")] // the other rows name two posts
    public void An_owner_cell_whose_repetition_cannot_be_explained_stays_a_reading_finding(string? post, string owner)
    {
        var plan = Plan(Extracted()
            .Row("12", "Concern.", "A second print shop will open in the spring.", post ?? "Head of Industries", "April 2026")
            .Row("", "", "Workshop places will rise to 60. Orderlies will be paid weekly.", owner, "May 2026 May 2026")
            .Row("", "", "A job fair will be held for men due for release.", post ?? "Head of Resettlement", "June 2026"), out var notes);

        var note = notes.ShouldHaveSingleItem();
        note.Rule.ShouldBe(RuleIds.EntriesRunTogether);
        note.Message.ShouldContain("times on one line");
        plan.Concerns[0].Actions[1].ReadingOf(PlanFields.Owner).Status.ShouldBe(ReadingStatus.Unknown);
    }
}
