using PlanLint.Tests.Support;

namespace PlanLint.Tests.Corpus;

/// <summary>
/// The issue's acceptance checks (issues 7 and 13): <c>planlint check</c> on a published plan's text and on the YAML or
/// JSON <c>planlint import</c> makes of it prints the same findings, reading findings and findings on inferred values
/// included, because the canonical file keeps how each field was read; and a .docx of the verified plan, which can say
/// only facts, gets the findings that plan gets when every value in it is taken as read.
/// </summary>
public sealed class CorpusFormatsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-corpus-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>"PL1001: Action 13 of recommendation 7 ('…') has no responsible owner…" for each finding, without its location.</summary>
    private static List<string> Findings(string file)
    {
        var (_, output, error) = TestPlans.RunCli("check", file, "--no-color");
        error.ShouldBeEmpty();
        return [.. output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @": (?:error|warning|info) (PL\d{4}: .*?)( \[[^\]]*\])?\r?$"))
            .Where(m => m.Success)
            .Select(m => m.Value[2..].TrimEnd('\r'))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @" \[[^\]]*\]$", ""))
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(PublishedTextCorpusTests.Plans), MemberType = typeof(PublishedTextCorpusTests))]
    public void Checking_the_imported_file_gives_the_same_findings_as_checking_the_text(string name)
    {
        string text = Repo.Fixture("corpus", name + ".txt");
        var fromText = Findings(text);
        fromText.ShouldContain(l => l.Contains("inferred: ", StringComparison.Ordinal) || l.StartsWith("warning PL0002", StringComparison.Ordinal) || l.StartsWith("warning PL8", StringComparison.Ordinal),
            $"{name}: the comparison should cover what the reader could not read for certain");
        foreach (string format in new[] { "yaml", "json" })
        {
            string imported = Path.Combine(folder, $"{name}.plan.{format}");
            var (exit, _, error) = TestPlans.RunCli("import", text, "-o", imported);
            exit.ShouldBe(0);
            error.ShouldNotBeEmpty("import prints the reading findings it met");
            Findings(imported).ShouldBe(fromText, $"{name}: {format} imported from the text");
        }
    }

    [Theory]
    [MemberData(nameof(PublishedTextCorpusTests.Plans), MemberType = typeof(PublishedTextCorpusTests))]
    public void A_word_document_of_the_verified_plan_gets_the_findings_of_its_facts(string name)
    {
        string verified = Repo.Fixture("corpus", name + ".plan.json");
        var facts = WordPlanBuilder.Expressible(new PlanLint.Readers.Json.JsonPlanReader().Read(verified, File.ReadAllBytes(verified)).Plan!);
        string json = Path.Combine(folder, name + ".facts.plan.json");
        using (var stream = File.Create(json)) new PlanLint.Writers.Plans.PlanJsonWriter().Write(facts, stream, schemaUri: null);
        string docx = Path.Combine(folder, name + ".facts.docx");
        File.WriteAllBytes(docx, WordPlanBuilder.Build(facts));

        Findings(docx).ShouldBe(Findings(json), $"{name}: Word document of the verified plan's facts");
    }

    [Fact]
    public void The_comparison_sees_findings_where_there_are_some()
    {
        Findings(Repo.Fixture("corpus", "long-lartin-2025.txt"))
            .ShouldContain("error PL1001: Action 13 of recommendation 7 ('Quality assurance of ACCT…') has no responsible owner; name the post accountable for it");
    }
}
