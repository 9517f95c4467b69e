using System.Text.Json.Nodes;
using PlanLint.IO;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Issue 21: one bounded reader for every input (regular files only, at most the limit read, whatever length the file
/// claims) and every input problem isolated to its file as a located finding, the other files still linted and reported.
/// </summary>
public sealed class InputIsolationTests : TempFolderTest
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    private string Good(string name = "good.plan.json") =>
        Folder.Write(name, TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025")));

    /// <summary>Runs the CLI with a guard: a run that blocks on a special file fails the test instead of hanging the suite.</summary>
    private static (int Exit, string Output, string Error) RunGuarded(params string[] args)
    {
        var run = Task.Run(() => TestPlans.RunCli(args));
        run.Wait(HangGuard).ShouldBeTrue($"planlint {string.Join(' ', args)} did not finish: it blocked on its input");
        return run.Result;
    }

    private static void ShouldHaveLintedTheGoodPlan(string output, string good) =>
        output.ShouldContain($"{good}(", customMessage: "the good plan's findings are still reported");

    [UnixFact]
    public void A_plan_that_is_a_named_pipe_is_refused_without_blocking_and_the_others_are_linted()
    {
        string good = Good();
        string fifo = SpecialFiles.MakeFifo(Folder.Path("fifo.plan.json"));

        var (exit, output, _) = RunGuarded("check", fifo, good);

        exit.ShouldBe(1);
        output.ShouldContain($"{fifo}: error PL0001: This is a named pipe (FIFO), not a regular file; PlanLint reads a plan file only from a regular file.");
        ShouldHaveLintedTheGoodPlan(output, good);
    }

    [UnixFact]
    public void A_draft_to_annotate_that_is_a_named_pipe_is_refused_without_blocking()
    {
        string fifo = SpecialFiles.MakeFifo(Folder.Path("fifo.docx"));

        var (exit, _, error) = RunGuarded("annotate", fifo, "-o", Folder.Path("reviewed.docx"));

        exit.ShouldBe(2);
        error.ShouldContain("This is a named pipe (FIFO), not a regular file; PlanLint reads a Word draft only from a regular file.");
        File.Exists(Folder.Path("reviewed.docx")).ShouldBeFalse();
    }

    [UnixFact]
    public void A_render_template_that_is_a_named_pipe_is_refused_without_blocking()
    {
        string fifo = SpecialFiles.MakeFifo(Folder.Path("template.docx"));

        var (exit, _, error) = RunGuarded("render", Good(), "-o", Folder.Path("plan.docx"), "--template", fifo);

        exit.ShouldBe(2);
        error.ShouldContain("This is a named pipe (FIFO), not a regular file; PlanLint reads a template only from a regular file.");
        File.Exists(Folder.Path("plan.docx")).ShouldBeFalse();
    }

    [DeviceFact]
    public void A_committed_plan_that_links_to_a_zero_device_is_refused_unread()
    {
        // The defect: a *.plan.json symlink to /dev/zero grew past 4 GB in 17 s (the limit was checked on the length).
        string good = Good();
        string zero = SpecialFiles.MakeZeroDevice(Folder.Path("zero"));
        string plan = Folder.Path("zero.plan.json");
        File.CreateSymbolicLink(plan, zero);

        var (exit, output, _) = RunGuarded("check", Folder.Root);

        exit.ShouldBe(1);
        output.ShouldContain("zero.plan.json: error PL0001: This is a device, not a regular file");
        output.ShouldContain("good.plan.json(");
    }

    [UnixFact]
    public void A_configuration_side_file_or_baseline_that_is_a_named_pipe_gets_a_clear_message_not_a_hang()
    {
        string good = Good();
        SpecialFiles.MakeFifo(Folder.Path("good.plan.json.planlint-suppressions.json"));
        var (exit, output, _) = RunGuarded("check", good);
        exit.ShouldBe(1);
        output.ShouldContain("good.plan.json.planlint-suppressions.json: error PL0001: This is a named pipe (FIFO)");
        output.ShouldContain("good.plan.json(", customMessage: "the plan is linted despite its side file");
        File.Delete(Folder.Path("good.plan.json.planlint-suppressions.json"));

        string baseline = SpecialFiles.MakeFifo(Folder.Path("planlint.baseline.json"));
        var (baselineExit, _, baselineError) = RunGuarded("check", good, "--baseline", baseline);
        baselineExit.ShouldBe(2);
        baselineError.ShouldContain("This is a named pipe (FIFO), not a regular file");

        SpecialFiles.MakeFifo(Folder.Path("planlint.json"));
        var (configExit, _, configError) = RunGuarded("check", good);
        configExit.ShouldBe(2);
        configError.ShouldContain("planlint.json: This is a named pipe (FIFO), not a regular file; PlanLint reads a configuration file only from a regular file.");
    }

    [UnixFact]
    public void A_compiled_rule_pack_that_is_a_named_pipe_is_refused_without_blocking()
    {
        string good = Good();
        SpecialFiles.MakeFifo(Folder.Path("house.dll"));
        Folder.Write("planlint.json", """{ "packs": ["house.dll"] }""");

        var (exit, _, error) = RunGuarded("check", good);

        exit.ShouldBe(2);
        error.ShouldContain("Rule pack 'house.dll' is a named pipe (FIFO), not a regular file.");
    }

    [UnixFact]
    public void A_declarative_rule_file_that_is_a_named_pipe_is_refused_without_blocking()
    {
        string good = Good();
        Directory.CreateDirectory(Folder.Path("house"));
        SpecialFiles.MakeFifo(Folder.Path("house/rule.yml"));
        Folder.Write("planlint.json", """{ "packs": ["house"] }""");

        var (exit, _, error) = RunGuarded("check", good);

        exit.ShouldBe(2);
        error.ShouldContain("This is a named pipe (FIFO), not a regular file; PlanLint reads a rule file only from a regular file.");
    }

    [Fact]
    public void At_most_the_limit_is_read_whatever_length_the_file_claims()
    {
        // /proc files claim a length of 0 and hold more: the limit must be applied to what is read.
        if (!OperatingSystem.IsLinux()) return;
        InputFile.TryRead("/proc/self/status", 64, "plan file", out _, out var problem).ShouldBeFalse();
        problem!.Kind.ShouldBe(InputProblemKind.TooLarge);
        problem.Message.ShouldBe("The file holds more than the 64 bytes limit for a plan file.");

        InputFile.TryRead("/proc/self/status", 1 << 20, "plan file", out var content, out _).ShouldBeTrue();
        content.Length.ShouldBeGreaterThan(64);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        string big = Folder.Write("big.plan.json", new string(' ', 5000));

        InputFile.TryRead(big, 1000, "plan file", out _, out var problem).ShouldBeFalse();

        problem!.Message.ShouldStartWith("The file is 4.9 KB, larger than the");
    }

    [Fact]
    public void A_lone_surrogate_escape_is_that_file_s_located_finding_and_the_run_goes_on()
    {
        // The defect: "\ud800" ended a multi-file run with "internal error: InvalidOperationException" and no SARIF.
        string good = Good();
        string bad = Folder.Write("bad.plan.json", TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "Head of Safety", "March 2025")).Replace("HMP Test", "HMP \\ud800 Test"));
        string sarif = Folder.Path("out.sarif");

        var (exit, output, error) = TestPlans.RunCli("check", bad, good, "--sarif", sarif);

        exit.ShouldBe(1);
        error.ShouldNotContain("internal error");
        output.ShouldMatch($@"{System.Text.RegularExpressions.Regex.Escape(bad)}\(2,\d+\): error PL0001: The file is not valid JSON: a string here holds an escape that is not text");
        ShouldHaveLintedTheGoodPlan(output, good);
        SarifValidator.AssertValid(File.ReadAllText(sarif));
    }

    [Theory]
    [InlineData("1e999", "the number 1e999 is out of range")]
    [InlineData("2147483648", "\"suppressions[0].action\" is the number 2147483648; it must be at most 1000000")]
    [InlineData("1e30", "the number 1e30 is out of range")]
    public void A_side_file_with_a_number_out_of_range_is_its_own_finding(string number, string message)
    {
        // The defect: "action": 1e999 or 2147483648 ended the whole run with a FormatException.
        string plan = Good();
        string other = Good("other.plan.json");
        Folder.Write("good.plan.json.planlint-suppressions.json", $$"""{ "suppressions": [ { "rule": "PL1001", "recommendation": "1", "action": {{number}}, "justification": "x" } ] }""");

        var (exit, output, error) = TestPlans.RunCli("check", plan, other);

        exit.ShouldBe(1);
        error.ShouldNotContain("internal error");
        output.ShouldContain("good.plan.json.planlint-suppressions.json(1,");
        output.ShouldContain(message);
        ShouldHaveLintedTheGoodPlan(output, plan);
        ShouldHaveLintedTheGoodPlan(output, other);
    }

    [Fact]
    public void A_baseline_with_an_action_number_out_of_range_is_a_located_configuration_error()
    {
        string plan = Good();
        string baseline = Folder.Write("planlint.baseline.json", """{ "version": 1, "findings": [ { "rule": "PL1001", "file": "good.plan.json", "fingerprint": "ab", "action": 99999999999 } ] }""");

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--baseline", baseline);

        exit.ShouldBe(2);
        error.ShouldStartWith($"planlint: {baseline}(1,");
        error.ShouldNotContain("internal error");
    }

    [Fact]
    public void A_json_key_given_twice_is_refused_where_the_second_is_written()
    {
        string plan = Folder.Write("twice.plan.json", """
            {
              "establishment": "HMP Test",
              "format": "concerns",
              "establishment": "HMP Other",
              "concerns": []
            }
            """);

        var (exit, output, _) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(1);
        output.ShouldStartWith($"{plan}(4,3): error PL0001: The file is not valid JSON: the property \"establishment\" is given twice in the same object; keep one.");
    }

    [Theory]
    [InlineData("empty.plan.json", """{ "establishment": "HMP Test", "format": "concerns", "concerns": [] }""", "concerns")]
    [InlineData("empty.plan.yaml", "establishment: HMP Test\nformat: recommendations\nconcerns: []\n", "recommendations")]
    public void A_plan_with_no_concerns_is_an_error_not_a_pass(string name, string content, string rows)
    {
        string plan = Folder.Write(name, content);

        var (exit, output, _) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(1);
        output.ShouldContain($"error PL0001: The plan lists no {rows}; a plan answers each of the report's {rows} with actions.");
    }

    [Fact]
    public void Extends_naming_a_file_that_is_not_a_configuration_never_quotes_it()
    {
        string good = Good();
        Folder.Write("secrets.json", """{ "password": "hunter2-very-secret" }""");
        Folder.Write("id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----\n");
        foreach (var (target, why) in new[] { ("./secrets.json", "it has properties a configuration does not"), ("./id_ed25519", "it is not JSON") })
        {
            Folder.Write("planlint.json", $$"""{ "extends": "{{target}}" }""");

            var (exit, output, error) = TestPlans.RunCli("check", good);

            exit.ShouldBe(2);
            error.ShouldContain($"\"extends\" names '{target}', which is not a PlanLint configuration file ({why}).");
            foreach (string secret in new[] { "password", "hunter2", "BEGIN", "b3Bl" })
                (output + error).ShouldNotContain(secret);
        }
    }

    [Fact]
    public void A_broken_configuration_that_extends_a_real_configuration_still_gets_its_own_message()
    {
        string good = Good();
        Folder.Write("base.json", """{ "rules": { "PL2002": "loud" } }""");
        Folder.Write("planlint.json", """{ "extends": "./base.json" }""");

        var (exit, _, error) = TestPlans.RunCli("check", good);

        exit.ShouldBe(2);
        error.ShouldContain("base.json(1,");
        error.ShouldContain("loud");
    }

    [Fact]
    public void Messages_quote_an_excerpt_of_a_huge_name_never_the_whole()
    {
        string key = new('k', 1_000_000);
        string plan = Folder.Write("key.plan.json", $$"""{ "establishment": "HMP Test", "format": "concerns", "concerns": [], "{{key}}": 1 }""");

        var (exit, output, _) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(1);
        output.ShouldContain("Unknown property \"kkkk");
        output.Split('\n').Max(l => l.Length).ShouldBeLessThan(1_000);
    }

    [Fact]
    public void A_huge_owner_is_quoted_as_an_excerpt_in_every_message_about_it()
    {
        string plan = Folder.Write("owner.plan.json", TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "The " + new string('x', 200_000), "Ongoing " + new string('y', 100_000))));

        var (_, output, _) = TestPlans.RunCli("check", plan);

        output.ShouldContain("Target date 'Ongoing yyyy");
        output.Split('\n').Max(l => l.Length).ShouldBeLessThan(1_000);
    }

    [Fact]
    public void A_reader_that_throws_is_an_error_on_its_file_and_the_others_are_linted()
    {
        var readers = new PlanLint.Readers.PlanReaders([new ThrowingReader(), .. PlanLint.Readers.PlanReaders.Default.All]);
        var linter = new PlanLint.Linting.PlanLinter(PlanLint.Linting.PlanLinter.CreateDefault().Engine, readers);
        string bad = Folder.Write("bad.boom", "anything");
        string good = Good();

        var results = linter.LintFiles([bad, good], TestPlans.SingleThreaded);

        var failure = results[0].Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("PL0001");
        failure.Message.ShouldStartWith("PlanLint failed while reading this file (InvalidOperationException: the reader broke)");
        results[1].ReadFailed.ShouldBeFalse();
        results[1].Diagnostics.ShouldNotBeEmpty();
    }

    private sealed class ThrowingReader : Reading.IPlanReader
    {
        public string Format => "boom";

        public IReadOnlyList<string> Extensions { get; } = [".boom"];

        public bool Sniff(ReadOnlySpan<byte> head) => false;

        public Reading.PlanReadResult Read(string path, ReadOnlyMemory<byte> content) => throw new InvalidOperationException("the reader broke");
    }

    [Fact]
    public void Baseline_news_goes_to_standard_error_and_sarif_on_standard_output_stays_valid()
    {
        string plan = Good();
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);
        // A new finding beside the accepted one, and one accepted finding fixed.
        File.WriteAllText(plan, TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "Head of Safety", "Ongoing")));

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--baseline", baseline, "--format", "sarif");

        exit.ShouldBeLessThan(2, error);
        error.ShouldContain("no longer occur");
        var log = SarifValidator.AssertValid(output);
        var results = log["runs"]![0]!["results"]!.AsArray();
        results.ShouldNotBeEmpty();
        results.ShouldAllBe(r => r!["baselineState"] != null, "every result of a baseline run has a baselineState");
        results.Select(r => r!["baselineState"]!.GetValue<string>()).ShouldBeSubsetOf(["new", "unchanged"]);
        results.Select(r => r!["baselineState"]!.GetValue<string>()).ShouldContain("new");
        JsonNode.Parse(output).ShouldNotBeNull();
    }
}
