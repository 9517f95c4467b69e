using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>Runs the real command line in-process on files, checking exact output and exit codes.</summary>
public sealed class CheckCommandEndToEndTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-e2e-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_example_plan_reports_its_findings_in_canonical_form_and_exits_1()
    {
        string example = Repo.Path("examples", "long-lartin-2025.plan.json");
        var (exit, output, error) = TestPlans.RunCli("check", example, "--no-color");

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.ShouldContain(l => l.StartsWith(example + "(", StringComparison.Ordinal)
            && l.EndsWith("): error PL1001: Action 13 of recommendation 7 ('Quality assurance of ACCT…') has no responsible owner; name the post accountable for it", StringComparison.Ordinal));
        lines.ShouldAllBe(l => l.StartsWith("Checked ") || System.Text.RegularExpressions.Regex.IsMatch(l, @"^.+\(\d+,\d+\): (error|warning|info) PL\d{4}: .+$"));
        lines[^1].ShouldStartWith("Checked 1 file: ");
    }

    [Fact]
    public void A_published_plan_text_is_checked_directly_with_its_table_locations()
    {
        string text = Repo.Fixture("corpus", "long-lartin-2025.txt");
        var (exit, output, error) = TestPlans.RunCli("check", text, "--no-color");

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        string[] lines = File.ReadAllLines(text);
        int row = Array.FindIndex(lines, l => l.StartsWith("\t\tQuality assurance of ACCT processes", StringComparison.Ordinal)) + 1;
        int ownerColumn = lines[row - 1].LastIndexOf('\t', lines[row - 1].Length - 2) + 2;
        output.ShouldContain($"{text}({row},{ownerColumn}): error PL1001: Action 13 of recommendation 7 ('Quality assurance of ACCT…') has no responsible owner; name the post accountable for it");
        output.ShouldContain($"{text}(33,1): warning PL0002: Row at line 33 of recommendation 2 has 8 actions but 5 owners and 5 target dates; actions 2, 4–8 were left without an owner and actions 2–8 without a target date rather than guessed, as nothing in the row shows which goes with which");
        output.ShouldNotContain("PL1001: Action 6 of recommendation 2", Case.Sensitive, "an owner the reader could not place is not reported missing");
        output.ShouldNotContain("PL0001");
    }

    [Fact]
    public void A_text_file_with_no_table_is_a_located_finding_and_exit_1()
    {
        string plan = Write("notes.txt", "Minutes of the meeting\n\nNothing was agreed.\n");
        var (exit, output, _) = TestPlans.RunCli("check", plan);
        exit.ShouldBe(1);
        output.ShouldStartWith($"{plan}(1,1): error PL0001: No plan table found:");
        output.Split('\n').Count(l => l.Contains("PL0001")).ShouldBe(1);
    }

    [Fact]
    public void A_clean_plan_exits_0_with_a_summary()
    {
        string plan = Write("clean.plan.json", TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", "Head of Safety", "April 2025")));
        var (exit, output, _) = TestPlans.RunCli("check", plan);
        exit.ShouldBe(0);
        output.Trim().ShouldBe("Checked 1 file: 0 errors, 0 warnings, 0 notes.");
    }

    [Fact]
    public void Exact_findings_and_summary_for_a_small_plan()
    {
        string plan = Write("small.plan.json", TestPlans.OneConcern(
            ("First.", null, "March 2025"),
            ("Second.", "The Governor", "Ongoing")));
        var (exit, output, _) = TestPlans.RunCli("check", plan);
        exit.ShouldBe(1);
        output.ReplaceLineEndings("\n").ShouldBe(
            $"{plan}(17,20): error PL1001: Action 1 of recommendation 1 ('First.') has no responsible owner; name the post accountable for it\n" +
            $"{plan}(23,25): warning PL2002: Target date 'Ongoing' for action 2 of recommendation 1 ('Second.') gives no date by which the action will be complete; give a month and year\n" +
            "Checked 1 file: 1 error, 1 warning, 0 notes.\n");
    }

    [Fact]
    public void Max_warnings_turns_warnings_into_a_failing_exit_code()
    {
        string plan = Write("warn.plan.json", TestPlans.OneConcern(("Second.", "The Governor", "Ongoing")));
        TestPlans.RunCli("check", plan).Exit.ShouldBe(0);
        var (exit, _, error) = TestPlans.RunCli("check", plan, "--max-warnings", "0");
        exit.ShouldBe(1);
        error.ShouldContain("more than --max-warnings 0");
    }

    [Fact]
    public void A_broken_plan_gets_a_located_message_and_exit_1_not_a_stack_trace()
    {
        string plan = Write("broken.plan.json", "{\n  \"establishment\": \"HMP X\",\n  \"concerns\": [\n");
        var (exit, output, error) = TestPlans.RunCli("check", plan);
        exit.ShouldBe(1);
        output.ShouldStartWith($"{plan}(4,1): error PL0001: The file is not valid JSON:");
        (output + error).ShouldNotContain("   at ");
    }

    [Fact]
    public void A_missing_file_is_misuse_that_names_it_and_writes_no_report()
    {
        string missing = Path.Combine(folder, "nope.plan.json");
        string sarif = Path.Combine(folder, "k.sarif");
        File.WriteAllText(sarif, "previous");
        var (exit, output, error) = TestPlans.RunCli("check", missing, "--sarif", sarif);
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe($"planlint: '{missing}' does not exist.\n", StringCompareShould.IgnoreLineEndings);
        File.ReadAllText(sarif).ShouldBe("previous", "a failed run leaves every output untouched");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_usage_error()
    {
        var (exit, _, error) = TestPlans.RunCli("check", Path.Combine(folder, "*.plan.json"));
        exit.ShouldBe(2);
        error.ShouldContain("no files match");
    }

    [Fact]
    public void Globs_expand_in_a_stable_order()
    {
        Write("b.plan.json", TestPlans.OneConcern(("A.", null, "March 2025")));
        Write("a.plan.json", TestPlans.OneConcern(("A.", null, "March 2025")));
        var (_, output, _) = TestPlans.RunCli("check", Path.Combine(folder, "*.plan.json"));
        var files = output.Split('\n').Where(l => l.Contains("PL1001")).Select(l => Path.GetFileName(l[..l.IndexOf('(')])).ToList();
        files.ShouldBe(["a.plan.json", "b.plan.json"]);
    }

    [Theory]
    [InlineData("check", "--no-such-option", "x.json")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    public void Misuse_exits_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = TestPlans.RunCli(args);
        exit.ShouldBe(2);
        error.ShouldContain("planlint:");
    }

    [Fact]
    public void Rules_lists_every_rule()
    {
        var (exit, output, _) = TestPlans.RunCli("rules");
        exit.ShouldBe(0);
        output.ShouldContain("PL1001  error    Accountable  Actions must have a responsible owner");
        output.ShouldContain("PL2002  warning  Time-bound   Target dates must say when the action will be complete");
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (exit, output, _) = TestPlans.RunCli("--version");
        exit.ShouldBe(0);
        output.Trim().ShouldMatch(@"^\d+\.\d+\.\d+");
    }
}
