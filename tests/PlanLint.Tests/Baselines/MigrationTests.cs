using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Baselines;

/// <summary>
/// Baselines and suppression side files written by PlanLint 0.1.0 (Fixtures/migration/0.1.0, made with that release's
/// tool against the corpus plans before issue 13) keep matching after <c>baseline --upgrade</c> and
/// <c>suppress --upgrade</c>: what they accepted is still accepted, whether the finding moved, was said once for a merged
/// cell, or is now a reading finding; nothing new is adopted; and the files as they were are kept.
/// </summary>
public sealed class MigrationTests : TempFolderTest
{
    private static readonly string[] Plans = ["long-lartin-2025", "littlehey-2024", "leicester-2023", "whitemoor-2023", "elmley-2022"];

    private string[] CopyReleaseFiles()
    {
        foreach (string name in Plans)
        {
            File.Copy(Repo.Fixture("corpus", name + ".txt"), Folder.Path(name + ".txt"));
            File.Copy(Repo.Fixture("migration", "0.1.0", name + ".txt.planlint-suppressions.json"), Folder.Path(name + ".txt.planlint-suppressions.json"));
        }

        File.Copy(Repo.Fixture("migration", "0.1.0", "planlint.baseline.json"), Folder.Path("planlint.baseline.json"));
        return [.. Plans.Select(n => Folder.Path(n + ".txt"))];
    }

    private static List<string> FindingLines(string output) =>
        [.. output.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\(\d+,\d+\): (error|warning|info) PL\d{4}: "))];

    [Fact]
    public void An_upgraded_baseline_still_hides_what_it_accepted_and_adopts_nothing_new()
    {
        var plans = CopyReleaseFiles();
        string baseline = Folder.Path("planlint.baseline.json");
        string before = File.ReadAllText(baseline);
        string[] check = ["check", .. plans, "--baseline", baseline, "--console-view", "canonical", "--max-warnings", "1000"];
        var (_, shownBefore, _) = TestPlans.RunCli(check);

        var (exit, output, error) = TestPlans.RunCli(["baseline", "--upgrade", .. plans, "-o", baseline]);
        exit.ShouldBe(0, error);
        output.ShouldContain("Upgraded ");
        File.ReadAllText(baseline + ".bak").ShouldBe(before, "the baseline as it was is kept");
        // What the release's baseline accepted as PL7001 (a status the source lost) is now the reading finding PL8005;
        // the seven PL1003 findings of one merged owner cell are one finding; the PL0001 reading warnings are PL8xxx.
        output.ShouldContain("now a reading finding: elmley-2022.txt rec 7.3: PL7001 -> PL8005 rec 7.3:");
        output.ShouldContain("grouped: elmley-2022.txt rec 7.5/action 3: PL1003 -> PL1003 rec 7.5/action 1:");
        output.ShouldContain("now a reading finding: elmley-2022.txt plan: PL0001 -> PL8001 rec 7.5:");

        var upgraded = JsonNode.Parse(File.ReadAllText(baseline))!["findings"]!.AsArray();
        upgraded.Count.ShouldBeLessThan(JsonNode.Parse(before)!["findings"]!.AsArray().Count);

        var (checkExit, shownAfter, checkError) = TestPlans.RunCli(check);
        checkExit.ShouldBe(0);
        (shownAfter + checkError).ShouldNotContain("no longer occur", Case.Sensitive, "every entry of the upgraded baseline matches a finding");
        // Nothing the old baseline hid is shown now, and what it showed as new and the upgrade hides is, each, a finding
        // the upgrade carried an old entry over to (a line "… -> RULE place: message" of its output): nothing else is adopted.
        var after = FindingLines(shownAfter);
        var hiddenNow = FindingLines(shownBefore);
        foreach (string line in after) hiddenNow.Remove(line).ShouldBeTrue($"shown after the upgrade but hidden before it: {line}");
        hiddenNow.ShouldNotBeEmpty();
        var carriedTo = output.Split('\n').Where(l => l.Contains(" -> ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]).ToList();
        foreach (string line in hiddenNow)
        {
            string finding = line[(line.IndexOf("): ", StringComparison.Ordinal) + 3)..];
            string id = finding[(finding.IndexOf(" PL", StringComparison.Ordinal) + 1)..][..6];
            string message = finding[(finding.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            carriedTo.ShouldContain(c => c.StartsWith(id + " ", StringComparison.Ordinal) && c.EndsWith(": " + message, StringComparison.Ordinal), $"hidden by the upgrade without an old entry carried to it: {line}");
        }

        // A finding with no finding of 0.1.0 behind it stays shown: Long Lartin 9's review of the gym programme 'underway',
        // which 0.1.0 did not report. (Littlehey 4's owner cell 'Governing Governing Governing' was such a reading finding
        // until the reader read it as the recommendation's one post.)
        after.ShouldContain(l => l.StartsWith(Folder.Path("long-lartin-2025.txt"), StringComparison.Ordinal) && l.Contains("warning PL4001: Action 9 of recommendation 9 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_upgrade_the_old_baseline_shows_what_moved_as_new()
    {
        var plans = CopyReleaseFiles();
        var (_, output, error) = TestPlans.RunCli(["check", .. plans, "--baseline", Folder.Path("planlint.baseline.json"), "--console-view", "canonical"]);
        error.ShouldContain("no longer occur");
        FindingLines(output).Count(l => l.Contains("PL8", StringComparison.Ordinal)).ShouldBeGreaterThan(5, "the reading findings that were PL0001 warnings look new");
    }

    [Fact]
    public void Upgraded_side_files_suppress_what_they_suppressed()
    {
        var plans = CopyReleaseFiles();
        string elmley = Folder.Path("elmley-2022.txt.planlint-suppressions.json");
        string before = File.ReadAllText(elmley);

        int matchingNothing = 0;
        foreach (string plan in plans)
        {
            var (exit, upgradeOutput, error) = TestPlans.RunCli("suppress", "--upgrade", plan);
            exit.ShouldBe(0, error);
            matchingNothing += upgradeOutput.Split('\n').Count(l => l.Contains("matches nothing", StringComparison.Ordinal));
        }

        File.ReadAllText(elmley + ".bak").ShouldBe(before);
        var entries = JsonNode.Parse(File.ReadAllText(elmley))!["suppressions"]!.AsArray();
        // "Agreed per the plan's tally" on PL7001 7.3 now suppresses the reading finding that says the cell was lost.
        entries.ShouldContain(e => (string?)e!["rule"] == "PL8005" && (string?)e["recommendation"] == "7.3" && (string?)e["justification"] == "Agreed per the plan's tally");
        // Long Lartin 11's bundled action was joined to the description before it: the entry follows its text.
        var longLartin = JsonNode.Parse(File.ReadAllText(Folder.Path("long-lartin-2025.txt.planlint-suppressions.json")))!["suppressions"]!.AsArray();
        longLartin.ShouldContain(e => (string?)e!["rule"] == "PL3003" && (string?)e["recommendation"] == "11" && (int?)e["action"] == 1);

        var (_, output, _) = TestPlans.RunCli(["check", .. plans, "--console-view", "canonical", "--show-suppressed"]);
        output.ShouldContain("warning PL8005: The agreement cell of recommendation 7.3");
        output.ShouldContain("(suppressed: Agreed per the plan's tally)");
        // Entries that match nothing now (their findings are gone: one date written twice, a date the reader now places by
        // the row's cues, legislation's 'will' no longer read as the owner's) are kept, said by the upgrade, and reported
        // by PL0008, one each, for their authors to decide.
        matchingNothing.ShouldBeGreaterThan(0);
        FindingLines(output).Count(l => l.Contains("PL0008", StringComparison.Ordinal)).ShouldBe(matchingNothing);
    }

    [Fact]
    public void Upgrading_a_plan_without_a_side_file_says_so()
    {
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("A.", "The Governor", "March 2025")));
        var (exit, _, error) = TestPlans.RunCli("suppress", "--upgrade", plan);
        exit.ShouldBe(2);
        error.ShouldContain("has no suppression side file");
    }

    [Fact]
    public void Suppress_without_upgrade_still_needs_a_rule_and_a_justification()
    {
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("A.", "The Governor", "March 2025")));
        var (exit, _, error) = TestPlans.RunCli("suppress", plan, "--recommendation", "1");
        exit.ShouldBe(2);
        error.ShouldContain("Option '--rule' is required (unless --upgrade).");
    }
}
