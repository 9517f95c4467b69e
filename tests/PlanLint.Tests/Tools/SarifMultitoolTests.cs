using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Tools;

/// <summary>
/// Issue 21: SARIF that Microsoft's SARIF multitool (npm @microsoft/sarif-multitool 5.7.0) validates with its GitHub
/// rules enabled (Fixtures/sarif/github.config.xml) without a single error or warning, for the five corpus plans, a
/// Word draft, a baseline run and a file outside --repo-root. Notes (style suggestions such as SARIF2002) may remain.
/// </summary>
[Trait("Category", ExternalTools.Category)]
public sealed class SarifMultitoolTests : TempFolderTest
{
    private const string Tool = "sarif-multitool";

    public static TheoryData<string> CorpusPlans() =>
        [.. new[] { "elmley-2022", "leicester-2023", "littlehey-2024", "long-lartin-2025", "whitemoor-2023" }];

    [ToolTheory(Tool)]
    [MemberData(nameof(CorpusPlans))]
    public void The_corpus_plans_validate_with_the_GitHub_rules(string plan)
    {
        string text = Folder.Path(plan + ".txt");
        File.Copy(Repo.Fixture("corpus", plan + ".txt"), text);

        ShouldValidate(Sarif("check", text));
    }

    [ToolFact(Tool)]
    public void A_Word_draft_validates_with_a_region_for_every_result()
    {
        string draft = Folder.Path("draft.docx");
        File.WriteAllBytes(draft, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));
        File.Copy(Repo.Fixture("word", "elmley-2022.libreoffice.docx"), Folder.Path("elmley.docx"));

        var log = ShouldValidate(Sarif("check", draft, Folder.Path("elmley.docx")));

        var results = log["runs"]![0]!["results"]!.AsArray();
        results.ShouldNotBeEmpty();
        foreach (var result in results)
        {
            var region = result!["locations"]![0]!["physicalLocation"]!["region"]!;
            region["startLine"]!.GetValue<int>().ShouldBeGreaterThan(0);
        }
    }

    [ToolFact(Tool)]
    public void A_PDF_validates_with_a_region_and_a_page_for_every_result()
    {
        string pdf = Folder.Path("plan.pdf");
        File.Copy(Repo.Fixture("pdf", "whitemoor-2023.libreoffice.pdf"), pdf);

        var log = ShouldValidate(Sarif("check", pdf));

        var results = log["runs"]![0]!["results"]!.AsArray();
        results.ShouldNotBeEmpty();
        foreach (var result in results)
        {
            var region = result!["locations"]![0]!["physicalLocation"]!["region"]!;
            region["startLine"]!.GetValue<int>().ShouldBeGreaterThan(0);
            region["message"]!["text"]!.GetValue<string>().ShouldStartWith("Page ");
            result["properties"]!["page"]!.GetValue<int>().ShouldBeGreaterThan(0);
        }
    }

    [ToolFact(Tool)]
    public void A_baseline_run_validates_and_marks_every_result()
    {
        string plan = Folder.Write("plans/a.plan.json", TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "Ongoing")));
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);
        File.WriteAllText(plan, TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "Head of Reducing Reoffending", "Ongoing"), ("Staff will be trained.", null, "March 2025")));

        var log = ShouldValidate(Sarif("check", plan, "--baseline", baseline));

        log["runs"]![0]!["results"]!.AsArray().ShouldAllBe(r => r!["baselineState"] != null);
    }

    [ToolFact(Tool)]
    public void A_file_outside_the_repo_root_validates_without_an_absolute_file_uri()
    {
        string plan = Folder.Write("elsewhere/a.plan.json", TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "Ongoing")));
        Directory.CreateDirectory(Folder.Path("repo"));

        var log = ShouldValidate(Sarif("check", plan, "--repo-root", Folder.Path("repo")));

        log.ToJsonString().ShouldNotContain("file:///" + Folder.Root.TrimStart('/') + "/elsewhere");
    }

    [ToolFact(Tool)]
    public void The_validation_can_fail_an_absolute_file_uri_and_a_missing_region()
    {
        // The check must be able to fail: a log with the two defects issue 21 found is refused.
        string path = Folder.Write("bad.sarif", """
            {
              "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
              "version": "2.1.0",
              "runs": [ { "tool": { "driver": { "name": "PlanLint", "rules": [ { "id": "PL1001" } ] } },
                "results": [ { "ruleId": "PL1001", "message": { "text": "No owner." },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///tmp/elsewhere/a.docx" } } } ] } ] } ]
            }
            """);

        var problems = Validate(path);

        problems.ShouldContain(p => p.StartsWith("GH1003", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("GH1006", StringComparison.Ordinal));
    }

    /// <summary>Runs planlint with --format sarif into a file and returns its path.</summary>
    private string Sarif(params string[] args)
    {
        string output = Folder.Path($"run-{Guid.NewGuid():N}.sarif");
        string[] full = [.. args, "--format", "sarif", "--output", output];
        if (!args.Contains("--repo-root")) full = [.. full, "--repo-root", Folder.Root];
        var (exit, _, error) = TestPlans.RunCli(full);
        exit.ShouldBeLessThan(2, error);
        return output;
    }

    private JsonObject ShouldValidate(string sarif)
    {
        var problems = Validate(sarif);
        problems.ShouldBeEmpty($"the multitool's errors and warnings for {Path.GetFileName(sarif)}:\n" + string.Join("\n", problems));
        return SarifValidator.AssertValid(File.ReadAllText(sarif));
    }

    /// <summary>The multitool's errors and warnings for a log, each as "RULEID: message arguments".</summary>
    private List<string> Validate(string sarif)
    {
        string report = Folder.Path($"validate-{Guid.NewGuid():N}.sarif");
        var run = ExternalTools.Run(SarifMultitool.Program, [
            "validate", sarif,
            "--config", Repo.Fixture("sarif", "github.config.xml"),
            "--rule-kind", "Sarif;Ghas",
            "--level", "Warning;Error",
            "--output", report,
            "--log", "ForceOverwrite",
        ], TimeSpan.FromMinutes(3));
        File.Exists(report).ShouldBeTrue($"the multitool wrote no report (exit {run.ExitCode}): {run.Output} {run.Error}");
        var results = JsonNode.Parse(File.ReadAllText(report))!["runs"]![0]!["results"]?.AsArray() ?? [];
        return [.. results.Select(r => $"{r!["ruleId"]}: {r["message"]?["id"]} {r["message"]?["arguments"]?.ToJsonString()}")];
    }
}

/// <summary>The multitool's own executable for this platform (the npm wrapper passes arguments through a shell, which splits "Sarif;Ghas").</summary>
public static class SarifMultitool
{
    public static string Program
    {
        get
        {
            string platform = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
            string native = Path.Combine(ExternalTools.NodeModules, "@microsoft", "sarif-multitool-" + platform, OperatingSystem.IsWindows() ? "Sarif.Multitool.exe" : "Sarif.Multitool");
            return File.Exists(native) ? native : ExternalTools.Require("sarif-multitool");
        }
    }
}
