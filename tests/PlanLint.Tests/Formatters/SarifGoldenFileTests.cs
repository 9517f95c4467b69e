using System.Text.RegularExpressions;
using PlanLint.Formatters;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

/// <summary>
/// Pins the exact SARIF for one small plan. Volatile fields are normalised: the root folder's URI, the tool version,
/// and each rule's help (which is its page in rules/, tested separately). Run with PLANLINT_UPDATE_GOLDEN=1 to rewrite
/// the golden file after a deliberate change, and review the diff.
/// </summary>
public sealed partial class SarifGoldenFileTests : IDisposable
{
    private readonly TestReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_SARIF_for_a_small_plan_is_exactly_the_golden_file()
    {
        folder.Write("plans/small.plan.json", File.ReadAllText(Repo.Fixture("sarif", "golden", "small.plan.json")));
        var report = folder.Lint(["plans/small.plan.json"], analyzers: [new MissingOwnerRule(), new MissingTargetDateRule(), new VagueTargetDateRule()]);
        string sarif = TestReports.Sarif(report);
        SarifValidator.AssertValid(sarif);

        string actual = Normalise(sarif, folder.Root);
        string golden = Repo.Path("tests", "PlanLint.Tests", "Fixtures", "sarif", "golden", "small.sarif");
        if (Environment.GetEnvironmentVariable("PLANLINT_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);

        File.Exists(golden).ShouldBeTrue("The golden file is missing; run the tests with PLANLINT_UPDATE_GOLDEN=1");
        actual.ShouldBe(File.ReadAllText(golden).ReplaceLineEndings("\n"), "The SARIF changed; if that was deliberate, run the tests with PLANLINT_UPDATE_GOLDEN=1 and review the diff");
    }

    /// <summary>Replaces the volatile parts of the log's text, leaving every other byte as PlanLint wrote it.</summary>
    private static string Normalise(string sarif, string root)
    {
        string text = sarif
            .Replace($"\"uri\": \"{new ReportPaths(root).RootUri}\"", "\"uri\": \"file:///ROOT/\"", StringComparison.Ordinal)
            .Replace($"\"semanticVersion\": \"{PlanLintInfo.Version}\"", "\"semanticVersion\": \"0.0.0\"", StringComparison.Ordinal);
        return Help().Replace(text, m => $"{m.Groups["indent"].Value}\"text\": \"(rules page as text)\",\n{m.Groups["indent"].Value}\"markdown\": \"(rules page)\"");
    }

    [GeneratedRegex(@"(?<indent>[ ]+)""text"": ""(?:[^""\\]|\\.)*"",\n[ ]+""markdown"": ""(?:[^""\\]|\\.)*""")]
    private static partial Regex Help();
}
