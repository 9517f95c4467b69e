using PlanLint.Model;
using PlanLint.Tests.Support;
using static PlanLint.Tests.Support.TableBuilder;

namespace PlanLint.Tests.Readers;

/// <summary>
/// What a source that keeps its paragraphs as written (Word) says by their positions: empty paragraphs keep their
/// place, list items are one action's steps unless each has its own entry, lines of one entry beside as many actions.
/// Format-neutral tables (<see cref="TableBuilder"/>); a source without blank paragraphs, lists or lines reads as before.
/// </summary>
public sealed class ParagraphPositionsTests
{
    private static Concern Single(TableBuilder table)
    {
        var result = table.Assemble();
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Plan.ShouldNotBeNull().Concerns.ShouldHaveSingleItem();
    }

    private static string[] Owners(Concern c) => [.. c.Actions.Select(a => a.Owner ?? "-")];

    private static string[] Dates(Concern c) => [.. c.Actions.Select(a => a.TargetDate ?? "-")];

    private static string[] Eight(string prefix) => [.. Enumerable.Range(1, 8).Select(i => $"{prefix} {i}.")];

    [Fact]
    public void An_empty_owner_paragraph_beside_action_3_of_8_leaves_action_3_without_an_owner_not_action_8()
    {
        string[] owners = [.. Eight("Owner").Select((o, i) => i == 2 ? "" : o.TrimEnd('.'))];
        var c = Single(Concerns().Row("1", "Concern.", Eight("Action"), owners, Eight("May 2025").Select(d => d.TrimEnd('.')).ToArray()));

        Owners(c).ShouldBe(["Owner 1", "Owner 2", "-", "Owner 4", "Owner 5", "Owner 6", "Owner 7", "Owner 8"]);
        // The finding about action 3 points at the empty paragraph beside it, where the owner goes.
        c.Actions[2].LocationOf(PlanFields.Owner).Column.ShouldBe(301 + 20);
        c.Rows.ShouldHaveSingleItem().OwnerCount.ShouldBe(8);
    }

    [Fact]
    public void The_same_cell_without_its_empty_paragraph_is_a_row_whose_owners_do_not_line_up()
    {
        // 7 different owners beside 8 actions, and nothing in the row to say which goes with which (issue 13): the first
        // sits beside the first paragraph, the rest are not guessed (PL0002 reports the row).
        string[] owners = [.. Eight("Owner").Where((_, i) => i != 2).Select(o => o.TrimEnd('.'))];
        var c = Single(Concerns().Row("1", "Concern.", Eight("Action"), owners, "May 2025"));

        Owners(c).ShouldBe(["Owner 1", "-", "-", "-", "-", "-", "-", "-"]);
        c.Actions[0].ReadingOf(PlanFields.Owner).IsInferred.ShouldBeTrue();
        c.Actions.Skip(1).ShouldAllBe(a => a.ReadingOf(PlanFields.Owner).IsUnknown);
        c.Rows.ShouldHaveSingleItem().OwnerCount.ShouldBe(7);
    }

    [Fact]
    public void Spacer_paragraphs_line_up_with_spacers_and_an_empty_one_beside_an_action_is_its_gap()
    {
        var c = Single(Concerns().Row("1", "Concern.",
            new[] { "First.", "", "Second.", "", "Third." },
            new[] { "Governor", "", "", "", "Head of Safety" },
            new[] { "March 2025", "", "April 2025", "", "May 2025" }));

        c.Actions.Select(a => a.Text).ShouldBe(["First.", "Second.", "Third."]);
        Owners(c).ShouldBe(["Governor", "-", "Head of Safety"]);
        Dates(c).ShouldBe(["March 2025", "April 2025", "May 2025"]);
    }

    [Fact]
    public void An_empty_paragraph_at_the_end_keeps_its_place_only_when_the_cell_has_one_paragraph_per_action()
    {
        Owners(Single(Concerns().Row("1", "Concern.", new[] { "First.", "Second." }, new[] { "Governor", "" }, "May 2025"))).ShouldBe(["Governor", "-"]);
        // One owner above two blank paragraphs beside two actions: the blanks are not one per action, the owner is shared.
        Owners(Single(Concerns().Row("1", "Concern.", new[] { "First.", "Second." }, new[] { "Governor", "", "" }, "May 2025"))).ShouldBe(["Governor", "Governor"]);
    }

    [Fact]
    public void An_empty_merged_cell_takes_the_owner_above()
    {
        var c = Single(Concerns()
            .Row("1", "Concern.", "First.", "Governor", "May 2025")
            .Row(Merged, Merged, "Second.", Merged, "June 2025"));
        Owners(c).ShouldBe(["Governor", "Governor"]);
    }

    [Fact]
    public void Bulleted_steps_under_a_lead_paragraph_are_one_action_when_the_owner_and_date_cells_give_one_entry()
    {
        var c = Single(Concerns().Row("1", "Concern.",
            new[] { Plain("The library will:"), Item("•", "open four evenings a week;"), Item("•", "run a reading scheme.") },
            "Head of Learning", "May 2025"));

        var action = c.Actions.ShouldHaveSingleItem();
        action.Text.ShouldBe("The library will: • open four evenings a week; • run a reading scheme.");
        action.Owner.ShouldBe("Head of Learning");
    }

    [Fact]
    public void A_list_with_no_lead_is_one_action_with_its_labels_kept()
    {
        var c = Single(Concerns().Row("1", "Concern.", new[] { Item("1.", "Triage referrals."), Item("2.", "Hold a weekly clinic.") }, "Head of Healthcare", "March 2025"));
        c.Actions.ShouldHaveSingleItem().Text.ShouldBe("1. Triage referrals. 2. Hold a weekly clinic.");
    }

    [Fact]
    public void List_items_each_with_an_owner_and_date_are_separate_actions_without_their_labels()
    {
        var c = Single(Concerns().Row("1", "Concern.",
            new[] { Item("a)", "Triage referrals."), Item("b)", "Hold a weekly clinic.") },
            new[] { "Head of Healthcare", "Governor" }, new[] { "March 2025", "April 2025" }));

        c.Actions.Select(a => a.Text).ShouldBe(["Triage referrals.", "Hold a weekly clinic."]);
        Owners(c).ShouldBe(["Head of Healthcare", "Governor"]);
    }

    [Fact]
    public void Nested_steps_belong_to_the_top_level_item_above_them_when_each_top_level_item_has_its_own_entry()
    {
        var c = Single(Concerns().Row("1", "Concern.",
            new[] { Item("1.", "Review the regime:"), Item("a)", "weekends;", level: 1), Item("b)", "evenings.", level: 1), Item("2.", "Publish the core day.") },
            new[] { "Head of Residence", "", "", "Governor" }, new[] { "March 2025", "", "", "April 2025" }));

        c.Actions.Select(a => a.Text).ShouldBe(["1. Review the regime: a) weekends; b) evenings.", "Publish the core day."]);
        Owners(c).ShouldBe(["Head of Residence", "Governor"]);
        Dates(c).ShouldBe(["March 2025", "April 2025"]);
    }

    [Fact]
    public void Two_owners_on_two_lines_beside_two_actions_are_one_each_and_beside_one_action_one_owner()
    {
        var two = Single(Concerns().Row("1", "Concern.", new[] { "First.", "Second." }, new[] { Lines("Head of Residence", "Head of Reducing Reoffending") }, new[] { Lines("March 2025", "April 2025") }));
        Owners(two).ShouldBe(["Head of Residence", "Head of Reducing Reoffending"]);
        Dates(two).ShouldBe(["March 2025", "April 2025"]);

        var one = Single(Concerns().Row("1", "Concern.", "Only action.", new[] { Lines("Head of Residence", "Head of Safety") }, "May 2025"));
        Owners(one).ShouldBe(["Head of Residence Head of Safety"]);
    }

    [Fact]
    public void A_paragraph_with_a_line_break_is_one_action()
    {
        var c = Single(Concerns().Row("1", "Concern.", new[] { Lines("The unit will be staffed by", "trained officers.") }, "Governor", "May 2025"));
        c.Actions.ShouldHaveSingleItem().Text.ShouldBe("The unit will be staffed by trained officers.");
    }
}
