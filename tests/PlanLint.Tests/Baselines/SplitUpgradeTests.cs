using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Baselines;

/// <summary>
/// A baseline and a side file written while a published-text row was read as part of the action above keep matching
/// once the reader cuts the row into that action's end and a new action (docs/readers.md, rule 13): the action cut keeps
/// its number with a shorter text (a new fingerprint), the actions after it move down one. The row's entries are what
/// decides the cut, so the file read before the cut is the same plan with the row's entries repeating the row above's.
/// </summary>
public sealed class SplitUpgradeTests : TempFolderTest
{
    private const string Head = "Action Plan: HMP Test\n\nAction Plan Submitted: 6th April 2025\n\nA Response to the HMIP Inspection: 5th - 15th December 2024\n\nReport Published: 12th April 2025\n\n"
        + "1. Rec No\t2. Concerns\t3. Response Action Taken/Planned\t4. Responsible Owner\t5. Target Date\n";

    private static string Plan(string owner, string date) => Head
        + "1\tInduction was poor.\tThe Head of Learning will look to audit every induction plan. A peer mentor will be\tHead of Learning\tOctober 2025\n"
        + $"\t\ttrained for each wing by the Safer Custody Lead. The Activities Hub Manager to publish a revised timetable for evening classes.\t{owner}\t{date}\n"
        + "\t\tLeaders will look to widen the evening offer.\tHead of Learning\tDecember 2025\n";

    /// <summary>Read as one action before the cut: the row's entries repeat the row above's.</summary>
    private string Before() => Folder.Write("plan.txt", Plan("Head of Learning", "October 2025"));

    /// <summary>The same row with entries of its own: cut into the end of action 1 and a new action 2.</summary>
    private string After() => Folder.Write("plan.txt", Plan("Activities Hub Manager", "January 2026"));

    [Fact]
    public void An_upgraded_baseline_follows_the_cut_action_and_the_ones_that_moved_down()
    {
        string plan = Before();
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);
        JsonNode.Parse(File.ReadAllText(baseline))!["findings"]!.AsArray().Select(f => (int?)f!["action"]).ShouldBe([1, 2], ignoreOrder: true);

        After();
        var (_, shown, _) = TestPlans.RunCli("check", plan, "--baseline", baseline, "--console-view", "canonical");
        shown.ShouldContain("PL3002: Action 1 of recommendation 1", Case.Sensitive, "the cut action's text, and so its fingerprint, changed");

        var (exit, output, error) = TestPlans.RunCli("baseline", "--upgrade", plan, "-o", baseline);
        exit.ShouldBe(0, error);
        output.ShouldContain("moved: plan.txt rec 1/action 1: PL3002 -> PL3002 rec 1/action 1:");
        JsonNode.Parse(File.ReadAllText(baseline))!["findings"]!.AsArray().Select(f => (int?)f!["action"]).ShouldBe([1, 3], ignoreOrder: true);

        var (checkExit, after, checkError) = TestPlans.RunCli("check", plan, "--baseline", baseline, "--console-view", "canonical");
        checkExit.ShouldBe(0);
        after.ShouldNotContain("PL3002");
        (after + checkError).ShouldNotContain("no longer occur");
    }

    [Fact]
    public void An_upgraded_side_file_follows_the_cut_action_and_the_ones_that_moved_down()
    {
        string plan = Before();
        TestPlans.RunCli("suppress", plan, "--rule", "PL3002", "--recommendation", "1", "--action", "1", "--justification", "Audit scope agreed").Exit.ShouldBe(0);
        TestPlans.RunCli("suppress", plan, "--rule", "PL3002", "--recommendation", "1", "--action", "2", "--justification", "Offer agreed with the college").Exit.ShouldBe(0);

        After();
        var (_, before, _) = TestPlans.RunCli("check", plan, "--console-view", "canonical");
        before.ShouldContain("PL0008: Suppression of PL3002 on action 1 of recommendation 1 matches no finding");

        var (exit, output, error) = TestPlans.RunCli("suppress", "--upgrade", plan);
        exit.ShouldBe(0, error);
        output.ShouldContain("moved: PL3002 on action 2 of recommendation 1 -> PL3002 on action 3 of recommendation 1");
        var entries = JsonNode.Parse(File.ReadAllText(plan + ".planlint-suppressions.json"))!["suppressions"]!.AsArray();
        entries.Select(e => ((int?)e!["action"], (string?)e["justification"])).ShouldBe([(1, "Audit scope agreed"), (3, "Offer agreed with the college")], ignoreOrder: true);

        var (_, after, _) = TestPlans.RunCli("check", plan, "--console-view", "canonical", "--show-suppressed");
        after.ShouldContain("(suppressed: Audit scope agreed)");
        after.ShouldContain("(suppressed: Offer agreed with the college)");
        after.ShouldNotContain("PL0008");
    }
}
