using System.Text.Json.Nodes;
using PlanLint.Formatters.Sarif;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

/// <summary>docs/output.md is the contract for the JSON and SARIF output; it must keep up with what PlanLint writes.</summary>
public sealed class OutputDocsTests : IDisposable
{
    private static readonly string Docs = File.ReadAllText(Repo.Path("docs", "output.md"));
    private readonly TestReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Every_JSON_key_is_documented()
    {
        folder.Write("a.plan.json", TestPlans.OneConcern(("First.", null, "March 2025")));
        var finding = JsonNode.Parse(TestReports.Json(folder.Lint("a.plan.json")))!.AsArray()[0]!.AsObject();
        var tableRows = Docs.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        foreach (var (key, _) in finding)
            tableRows.ShouldContain(row => row.Contains($"`{key}`", StringComparison.Ordinal), $"docs/output.md does not document the JSON key \"{key}\"");
    }

    [Fact]
    public void Every_result_property_and_fingerprint_is_documented()
    {
        foreach (string name in new[] { "properties.recId", "properties.actionIndex", "properties.pointer", "properties.part", "properties.relatedLocationsOmitted", SarifFormatter.LineHashKey, SarifFormatter.FingerprintKey, SarifFormatter.SchemaUri })
            Docs.ShouldContain(name);
    }

    [Fact]
    public void The_docs_show_a_workflow_that_uploads_the_SARIF_with_a_stable_category()
    {
        Docs.ShouldContain("(ci.md)");
        string ci = File.ReadAllText(Repo.Path("docs", "ci.md"));
        ci.ShouldContain("uses: github/codeql-action/upload-sarif@v4");
        ci.ShouldContain("security-events: write");
        ci.ShouldContain("sarif_file: planlint.sarif");
        ci.ShouldContain("category: planlint");
        ci.ShouldContain("--sarif planlint.sarif");
    }
}
