using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>--format, --output, --sarif and --repo-root through the real command line: several outputs from one run.</summary>
public sealed class OutputFormatsEndToEndTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-outputs-").FullName;
    private readonly string plan;

    public OutputFormatsEndToEndTests() =>
        plan = Write("small.plan.json", TestPlans.OneConcern(("First.", null, "March 2025"), ("Second.", "The Governor", "Ongoing")));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string InFolder(string name) => Path.Combine(folder, name);

    private static JsonArray Results(JsonObject log) => log["runs"]![0]!["results"]!.AsArray();

    [Fact]
    public void Console_and_a_SARIF_file_from_one_run()
    {
        var plain = TestPlans.RunCli("check", plan);
        string sarifPath = InFolder("planlint.sarif");
        var (exit, output, error) = TestPlans.RunCli("check", plan, "--format", "console", "--format", "sarif", "--output", sarifPath, "--repo-root", folder);

        exit.ShouldBe(plain.Exit);
        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        output.ShouldBe(plain.Output);
        var log = SarifValidator.AssertValid(File.ReadAllText(sarifPath));
        Results(log).Select(r => r!["ruleId"]!.GetValue<string>()).ShouldBe(["PL1001", "PL2002"]);
        Results(log)[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("small.plan.json");
        var invocation = log["runs"]![0]!["invocations"]![0]!;
        invocation["arguments"]!.AsArray().Select(a => a!.GetValue<string>())
            .ShouldBe(["check", plan, "--format", "console", "--format", "sarif", "--output", sarifPath, "--repo-root", folder]);
    }

    [Fact]
    public void Sarif_option_writes_SARIF_beside_the_default_console_output()
    {
        var plain = TestPlans.RunCli("check", plan);
        string sarifPath = InFolder("out.sarif");
        var (exit, output, _) = TestPlans.RunCli("check", plan, "--sarif", sarifPath);

        exit.ShouldBe(1);
        output.ShouldBe(plain.Output);
        Results(SarifValidator.AssertValid(File.ReadAllText(sarifPath))).Count.ShouldBe(2);
    }

    [Fact]
    public void Console_json_file_and_sarif_file_from_one_run()
    {
        string jsonPath = InFolder("findings.json");
        string sarifPath = InFolder("findings.sarif");
        var (exit, output, _) = TestPlans.RunCli("check", plan, "--format", "console", "--format", "json", "-o", jsonPath, "--sarif", sarifPath);

        exit.ShouldBe(1);
        output.ShouldEndWith("Checked 1 file: 1 error, 1 warning, 0 notes.\n");
        var findings = JsonNode.Parse(File.ReadAllText(jsonPath))!.AsArray();
        var log = SarifValidator.AssertValid(File.ReadAllText(sarifPath));
        findings.Select(f => f!["fingerprint"]!.GetValue<string>())
            .ShouldBe(Results(log).Select(r => r!["partialFingerprints"]!["planlintFingerprint/v1"]!.GetValue<string>()));
        findings.Select(f => f!["line"]!.GetValue<int>())
            .ShouldBe(Results(log).Select(r => r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>()));
    }

    [Fact]
    public void A_machine_format_alone_goes_to_standard_output_without_the_summary()
    {
        var (exit, output, error) = TestPlans.RunCli("check", plan, "--format", "json");
        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        JsonNode.Parse(output)!.AsArray().Count.ShouldBe(2);
        output.ShouldNotContain("Checked ");

        var sarif = TestPlans.RunCli("check", plan, "--format", "sarif");
        sarif.Exit.ShouldBe(1);
        Results(SarifValidator.AssertValid(sarif.Output)).Count.ShouldBe(2);
    }

    [Fact]
    public void A_clean_plan_exits_0_and_still_writes_an_empty_run_with_its_rules()
    {
        string clean = Write("clean.plan.json", TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", "Head of Safety", "April 2025")));
        string sarifPath = InFolder("clean.sarif");
        TestPlans.RunCli("check", clean, "--sarif", sarifPath).Exit.ShouldBe(0);
        var log = SarifValidator.AssertValid(File.ReadAllText(sarifPath));
        Results(log).ShouldBeEmpty();
        log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public void An_existing_output_file_is_replaced_whole_and_no_temporary_file_is_left()
    {
        string sarifPath = Write("planlint.sarif", new string('x', 100_000));
        TestPlans.RunCli("check", plan, "--sarif", sarifPath).Exit.ShouldBe(1);
        SarifValidator.AssertValid(File.ReadAllText(sarifPath));
        Directory.GetFiles(folder).Select(Path.GetFileName).Order().ShouldBe(["planlint.sarif", "small.plan.json"]);
    }

    [Fact]
    public void A_run_that_fails_leaves_an_existing_output_file_untouched()
    {
        string sarifPath = Write("planlint.sarif", "previous run");
        var (exit, _, error) = TestPlans.RunCli("check", Path.Combine(folder, "nothing-*.plan.json"), "--sarif", sarifPath);
        exit.ShouldBe(2);
        error.ShouldContain("no files match");
        File.ReadAllText(sarifPath).ShouldBe("previous run");
        Directory.GetFiles(folder).Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("only one format can go to standard output", "--format", "console", "--format", "sarif")]
    [InlineData("only one format can go to standard output", "--format", "sarif", "--format", "json")]
    [InlineData("--output needs a machine-readable format", "--output", "out.json")]
    [InlineData("--output takes one format", "--format", "sarif", "--format", "json", "--output", "out.json")]
    [InlineData("--format takes console, sarif, json, html or markdown, not 'xml'", "--format", "xml")]
    public void Output_misuse_exits_2_before_linting(string message, params string[] options)
    {
        var (exit, output, error) = TestPlans.RunCli(["check", plan, .. options]);
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_output_in_a_missing_folder_or_on_a_folder_is_a_usage_error()
    {
        var missing = TestPlans.RunCli("check", plan, "--sarif", Path.Combine(folder, "no-such-folder", "out.sarif"));
        missing.Exit.ShouldBe(2);
        missing.Error.ShouldContain("does not exist");

        var onFolder = TestPlans.RunCli("check", plan, "--format", "json", "--output", folder);
        onFolder.Exit.ShouldBe(2);
        onFolder.Error.ShouldContain("it is a folder");

        var sameFile = TestPlans.RunCli("check", plan, "--format", "json", "--output", InFolder("x"), "--sarif", InFolder("x"));
        sameFile.Exit.ShouldBe(2);
        sameFile.Error.ShouldContain("the same file");

        var overPlan = TestPlans.RunCli("check", plan, "--sarif", plan);
        overPlan.Exit.ShouldBe(2);
        overPlan.Error.ShouldContain("would overwrite the plan");
        File.ReadAllText(plan).ShouldStartWith("{");

        var badRoot = TestPlans.RunCli("check", plan, "--sarif", InFolder("x.sarif"), "--repo-root", InFolder("nope"));
        badRoot.Exit.ShouldBe(2);
        badRoot.Error.ShouldContain("--repo-root");
        File.Exists(InFolder("x.sarif")).ShouldBeFalse();
    }

    [Fact]
    public void Paths_are_relative_to_the_repo_root()
    {
        Directory.CreateDirectory(InFolder("plans"));
        string nested = Write(Path.Combine("plans", "nested plan.plan.json"), TestPlans.OneConcern(("First.", null, "March 2025")));
        string sarifPath = InFolder("out.sarif");
        TestPlans.RunCli("check", nested, "--sarif", sarifPath, "--repo-root", folder);
        var log = SarifValidator.AssertValid(File.ReadAllText(sarifPath));
        Results(log)[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("plans/nested%20plan.plan.json");

        var json = TestPlans.RunCli("check", nested, "--format", "json", "--repo-root", folder);
        JsonNode.Parse(json.Output)![0]!["file"]!.GetValue<string>().ShouldBe("plans/nested plan.plan.json");
    }
}
