using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

/// <summary>
/// The SARIF for every sample plan in the repository (examples/, and the corpus plans under Fixtures/corpus once
/// readers for them exist) is schema-valid and meets GitHub's requirements.
/// </summary>
public sealed class SarifForEveryPlanTests
{
    public static TheoryData<string> Plans()
    {
        var plans = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Repo.Path("examples"), "*.plan.*").Order(StringComparer.Ordinal))
            plans.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        string corpus = Repo.Fixture("corpus");
        if (Directory.Exists(corpus))
        {
            foreach (string file in Directory.GetFiles(corpus, "*", SearchOption.AllDirectories).Where(IsPlanFile).Order(StringComparer.Ordinal))
                plans.Add(file);
        }

        return plans;
    }

    private static bool IsPlanFile(string path) =>
        !path.EndsWith(".reading.txt", StringComparison.OrdinalIgnoreCase)
        && !path.EndsWith(".expected-findings.txt", StringComparison.OrdinalIgnoreCase)
        && new[] { ".plan.json", ".plan.yaml", ".plan.yml", ".txt", ".docx" }.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_SARIF_for_the_plan_is_valid_for_GitHub(string plan)
    {
        string path = Path.IsPathRooted(plan) ? plan : Repo.Path(plan);
        var (exit, output, error) = TestPlans.RunCli("check", path, "--format", "sarif", "--repo-root", Repo.Root);

        exit.ShouldBeOneOf(0, 1);
        error.ShouldBeEmpty();
        var log = SarifValidator.AssertValid(output);
        var results = log["runs"]![0]!["results"]!.AsArray();
        // A published text may carry reading warnings (PL0001 at warning level); it must never be unreadable.
        results.ShouldNotContain(r => r!["ruleId"]!.GetValue<string>() == "PL0001" && r["level"]!.GetValue<string>() == "error", "the plan should be readable");
        foreach (var result in results)
        {
            string uri = result!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>();
            Uri.UnescapeDataString(uri).ShouldBe(Path.GetRelativePath(Repo.Root, path).Replace('\\', '/'));
        }
    }
}
