using PlanLint.Tests.Support;

namespace PlanLint.Tests.Corpus;

/// <summary>
/// The issue's acceptance check: <c>planlint check</c> on a published plan's text, on the YAML <c>planlint import</c>
/// makes of it, and on a .docx of the same plan prints the same findings per recommendation and action, apart from
/// what only a flawed source can show (PL0001 reading warnings, PL0002 misaligned rows).
/// </summary>
public sealed class CorpusFormatsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-corpus-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>"PL1001: Action 13 of recommendation 7 has no responsible owner…" for each finding, without its location.</summary>
    private static List<string> Findings(string file)
    {
        var (_, output, error) = TestPlans.RunCli("check", file, "--no-color");
        error.ShouldBeEmpty();
        return [.. output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @": (?:error|warning|info) (PL\d{4}: .*?)( \[[^\]]*\])?\r?$"))
            .Where(m => m.Success && !m.Groups[1].Value.StartsWith("PL0001", StringComparison.Ordinal) && !m.Groups[1].Value.StartsWith("PL0002", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(PublishedTextCorpusTests.Plans), MemberType = typeof(PublishedTextCorpusTests))]
    public void Text_yaml_and_word_forms_of_a_plan_get_the_same_findings(string name)
    {
        string text = Repo.Fixture("corpus", name + ".txt");
        string yaml = Path.Combine(folder, name + ".plan.yaml");
        TestPlans.RunCli("import", text, "-o", yaml).Exit.ShouldBe(0);
        string docx = Path.Combine(folder, name + ".docx");
        string verified = Repo.Fixture("corpus", name + ".plan.json");
        File.WriteAllBytes(docx, WordPlanBuilder.Build(new PlanLint.Readers.Json.JsonPlanReader().Read(verified, File.ReadAllBytes(verified)).Plan!));

        var fromText = Findings(text);
        Findings(yaml).ShouldBe(fromText, $"{name}: YAML imported from the text");
        Findings(docx).ShouldBe(fromText, $"{name}: Word document of the verified plan");
    }

    [Fact]
    public void The_comparison_sees_findings_where_there_are_some()
    {
        Findings(Repo.Fixture("corpus", "long-lartin-2025.txt"))
            .ShouldContain("PL1001: Action 13 of recommendation 7 has no responsible owner; name the post accountable for it");
    }
}
