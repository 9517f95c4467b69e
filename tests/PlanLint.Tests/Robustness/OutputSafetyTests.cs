using System.Security.Cryptography;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>Outputs are replaced whole or not at all, and only when the run succeeds; inputs are never written.</summary>
public sealed class OutputSafetyTests : TempFolderTest
{
    private const string Previous = "previous content, must survive a failed run\n";

    private const string BrokenConfig = """{ "rulez": {} }""";

    private string Plan() => Folder.Write("plan.plan.json", TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025")));

    private void ShouldBeUntouched(string path)
    {
        File.ReadAllText(path).ShouldBe(Previous);
        Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp").ShouldBeEmpty("no temporary file is left behind");
    }

    [Theory]
    [InlineData("--format", "sarif", "-o")]
    [InlineData("--format", "json", "-o")]
    [InlineData("--no-color", "--no-color", "--sarif")]
    public void An_existing_report_is_untouched_when_the_configuration_is_broken(string option, string value, string target)
    {
        string plan = Plan();
        Folder.Write("planlint.json", BrokenConfig);
        string report = Folder.Write("report.out", Previous);

        var (exit, _, error) = TestPlans.RunCli("check", plan, option, value, target, report);

        exit.ShouldBe(2);
        error.ShouldContain("planlint.json(1,3)");
        ShouldBeUntouched(report);
    }

    [Fact]
    public void An_existing_sarif_file_is_untouched_when_the_baseline_cannot_be_read()
    {
        string plan = Plan();
        string baseline = Folder.Write("planlint-baseline.json", "{ not json");
        string report = Folder.Write("report.sarif", Previous);

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--baseline", baseline, "--sarif", report);

        exit.ShouldBe(2);
        error.ShouldContain("planlint-baseline.json(");
        ShouldBeUntouched(report);
    }

    [Fact]
    public void An_existing_sarif_file_is_untouched_when_another_output_cannot_be_written()
    {
        string plan = Plan();
        string report = Folder.Write("report.sarif", Previous);

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--sarif", report, "--format", "json", "-o", Folder.Path("gone/findings.json"));

        exit.ShouldBe(2);
        error.ShouldContain("does not exist");
        ShouldBeUntouched(report);
    }

    [Fact]
    public void An_import_output_is_untouched_when_the_input_cannot_be_read()
    {
        string input = Folder.Write("draft.docx", "this is not a Word document");
        string output = Folder.Write("draft.plan.json", Previous);

        var (exit, _, error) = TestPlans.RunCli("import", input, "-o", output);

        exit.ShouldBe(1);
        error.ShouldContain("error PL0001: The file is not a Word document");
        ShouldBeUntouched(output);
    }

    [Fact]
    public void A_baseline_is_untouched_when_the_configuration_is_broken()
    {
        string plan = Plan();
        Folder.Write("planlint.json", BrokenConfig);
        string baseline = Folder.Write("planlint-baseline.json", Previous);

        var (exit, _, _) = TestPlans.RunCli("baseline", plan, "-o", baseline);

        exit.ShouldBe(2);
        ShouldBeUntouched(baseline);
    }

    [Fact]
    public void A_baseline_is_untouched_by_check_without_prune_and_when_prune_fails_on_configuration()
    {
        string plan = Plan();
        string baseline = Folder.Path("planlint-baseline.json");
        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);
        // Fix the finding so the baseline entry no longer occurs: check lists it, and only --prune-baseline may drop it.
        File.WriteAllText(plan, TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "Head of Reducing Reoffending", "March 2025")));
        string recorded = File.ReadAllText(baseline);

        TestPlans.RunCli("check", plan, "--baseline", baseline).Error.ShouldContain("no longer occur");
        File.ReadAllText(baseline).ShouldBe(recorded);

        Folder.Write("planlint.json", BrokenConfig);
        TestPlans.RunCli("check", plan, "--baseline", baseline, "--prune-baseline").Exit.ShouldBe(2);
        File.ReadAllText(baseline).ShouldBe(recorded);
    }

    [Fact]
    public void Init_writes_nothing_when_one_of_its_targets_is_a_folder()
    {
        string config = Folder.Write("planlint.json", Previous);
        Directory.CreateDirectory(Folder.Path("action-plan.plan.json"));

        var (exit, output, error) = TestPlans.RunCli("init", "--plan", "json", "--force", "-C", Folder.Root);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldMatch(@"^planlint: .*action-plan\.plan\.json is a folder; nothing was written\.$");
        ShouldBeUntouched(config);
    }

    [Fact]
    public void Init_without_force_leaves_an_existing_planlint_json_untouched()
    {
        string config = Folder.Write("planlint.json", Previous);

        TestPlans.RunCli("init", "--plan", "yaml", "-C", Folder.Root).Exit.ShouldBe(2);

        ShouldBeUntouched(config);
        File.Exists(Folder.Path("action-plan.plan.yaml")).ShouldBeFalse("init writes all of its files or none");
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void No_command_modifies_its_inputs()
    {
        string json = Plan();
        string yaml = Folder.Path("plan.plan.yaml");
        TestPlans.RunCli("import", json, "-o", yaml).Exit.ShouldBe(0);
        string docx = Folder.Path("plan.docx");
        File.WriteAllBytes(docx, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));
        string text = Folder.Path("plan.txt");
        File.Copy(Repo.Fixture("corpus", "elmley-2022.txt"), text);
        Folder.Write("planlint.json", """{ "rules": { "PL2007": "warning" } }""");
        Folder.Write("plan.docx.planlint-suppressions.json", """{ "suppressions": [ { "rule": "PL1001", "justification": "Owner agreed at the board." } ] }""");
        string baseline = Folder.Path("planlint-baseline.json");
        TestPlans.RunCli("baseline", json, yaml, docx, text, "-o", baseline).Exit.ShouldBe(0);
        string[] inputs = [.. Directory.GetFiles(Folder.Root).Order(StringComparer.Ordinal)];
        var before = inputs.ToDictionary(p => p, Hash);

        string[][] runs =
        [
            ["check", json, yaml, docx, text, "--baseline", baseline, "--sarif", Folder.Path("out.sarif"), "--format", "json", "-o", Folder.Path("out.json")],
            ["check", Folder.Root, "--show-suppressed"],
            ["import", docx, "-o", Folder.Path("out.plan.yaml")],
            ["import", text, "-o", Folder.Path("out.plan.json")],
            ["baseline", json, yaml, docx, text, "-o", Folder.Path("out-baseline.json")],
            ["config", "--print", docx],
            ["rules"],
        ];
        foreach (var run in runs)
        {
            var (exit, _, error) = TestPlans.RunCli(run);
            exit.ShouldBeLessThan(2, $"{string.Join(' ', run)}: {error}");
        }

        foreach (string input in inputs)
            Hash(input).ShouldBe(before[input], Path.GetFileName(input) + " was modified");
        Directory.GetFiles(Folder.Root, "*.tmp").ShouldBeEmpty();
    }
}
