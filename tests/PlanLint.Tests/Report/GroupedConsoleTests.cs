using System.Text.RegularExpressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Report;

/// <summary>
/// The console's two views through the real command line: canonical lines (unchanged, the default when output is not a
/// terminal) and the grouped view a person gets on a terminal.
/// </summary>
public sealed class GroupedConsoleTests : TempFolderTest
{
    private string SmallPlan()
    {
        string path = Folder.Path("small.plan.json");
        File.Copy(Repo.Fixture("report", "small.plan.json"), path);
        return path;
    }

    [Fact]
    public void The_grouped_view_of_a_small_plan_is_exactly_the_golden_file()
    {
        string plan = SmallPlan();
        var (exit, output, error) = TestPlans.RunCli("check", plan, "--console-view", "grouped", "--no-color", "--show-suppressed");

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        Golden.ShouldMatch(output.Replace(Folder.Root + Path.DirectorySeparatorChar, "plans/", StringComparison.Ordinal), "report", "small.grouped.txt");
    }

    [Fact]
    public void Output_that_is_not_a_terminal_keeps_the_canonical_lines()
    {
        string plan = SmallPlan();
        var plain = TestPlans.RunCli("check", plan);
        var canonical = TestPlans.RunCli("check", plan, "--console-view", "canonical");

        plain.Output.ShouldBe(canonical.Output);
        var lines = plain.Output.TrimEnd('\n').Split('\n');
        lines[^1].ShouldBe("Checked 1 file: 2 errors, 3 warnings, 0 notes, 1 suppressed.");
        lines[..^1].ShouldAllBe(l => Regex.IsMatch(l, @"^.+\(\d+,\d+\): (error|warning|info) PL\d{4}: [^\n]+$"));
        lines.Length.ShouldBe(5 + 1);
    }

    [Fact]
    public void The_grouped_view_quotes_each_actions_opening_words_and_ends_with_the_categories()
    {
        var (_, output, _) = TestPlans.RunCli("check", ReviewReports.CorpusText("long-lartin-2025"), "--console-view", "grouped", "--no-color");

        output.ShouldContain("  Recommendation 7 (level 1, Not ready)\n");
        output.ShouldContain("    Action 13 \u201cQuality assurance of ACCT processes will be completed\u2026\u201d\n      error   PL1001 Action 13 of recommendation 7 ('Quality assurance of ACCT\u2026') has no responsible owner");
        output.ShouldContain("  Reading the document (about the file, not the plan)\n    warning PL0002 ");
        output.ShouldContain("\nBy category:\n  Specific     ");
        var (_, canonical, _) = TestPlans.RunCli("check", ReviewReports.CorpusText("long-lartin-2025"), "--no-color");
        string total = canonical.TrimEnd('\n').Split('\n')[^1];
        total.ShouldMatch(@"^Checked 1 file: [1-9]\d* errors, \d+ warnings, \d+ notes\.$");
        output.ShouldEndWith(total + "\n", Case.Sensitive, "the grouped view totals what the canonical view lists");
    }

    [Fact]
    public void The_hooks_name_the_canonical_view_because_pre_commit_runs_them_in_a_terminal()
    {
        string hooks = File.ReadAllText(Repo.Path(".pre-commit-hooks.yaml"));
        Regex.Matches(hooks, @"^\s*entry: (?<entry>.+)$", RegexOptions.Multiline).Select(m => m.Groups["entry"].Value.Trim())
            .ShouldAllBe(entry => entry == "planlint check --console-view canonical");
        File.ReadAllText(Repo.Path("docs", "hooks", "pre-commit")).ShouldContain("--console-view canonical");
    }
}
