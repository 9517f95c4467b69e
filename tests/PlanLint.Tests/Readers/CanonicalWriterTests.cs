using System.Text;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Readers.Yaml;
using PlanLint.Tests.Support;
using PlanLint.Writers.Plans;

namespace PlanLint.Tests.Readers;

public sealed class CanonicalWriterTests
{
    /// <summary>Every committed plan fixture, relative to the repository: the examples, and the hand-verified corpus fixtures.</summary>
    public static IEnumerable<string> FixturePaths()
    {
        var files = Directory.GetFiles(Repo.Path("examples"), "*.plan.json").Order(StringComparer.Ordinal).ToList();
        string corpus = Repo.Path("tests", "PlanLint.Tests", "Fixtures", "corpus");
        if (Directory.Exists(corpus))
            files.AddRange(Directory.GetFiles(corpus, "*.plan.json").Order(StringComparer.Ordinal));
        return files.Select(f => Path.GetRelativePath(Repo.Root, f));
    }

    public static TheoryData<string> Fixtures() => [.. FixturePaths()];

    private static ActionPlan ReadFixture(string relative)
    {
        var result = PlanReaders.Default.ReadFile(Repo.Path(relative));
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Plan!;
    }

    private static byte[] Write(IPlanWriter writer, ActionPlan plan, string schema = "../schema/action-plan.schema.json")
    {
        using var stream = new MemoryStream();
        writer.Write(plan, stream, schema);
        return stream.ToArray();
    }

    public static TheoryData<string, string> FixturesAndOutputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in FixturePaths())
        {
            data.Add(fixture, "plan.yaml");
            data.Add(fixture, "plan.json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixturesAndOutputs))]
    public void Json_to_canonical_yaml_or_json_and_back_leaves_the_model_unchanged(string fixture, string output)
    {
        var original = ReadFixture(fixture);
        var written = Write(PlanWriters.ForFile(output)!, original);
        var reread = PlanReaders.Default.Read(output, written);
        reread.Diagnostics.ShouldBeEmpty(string.Join("\n", reread.Diagnostics.Select(d => d.Location + " " + d.Message)));
        PlanDiffer.ShouldEqual(reread.Plan!, original, $"after JSON -> {output} -> model");
    }

    [Fact]
    public void Canonical_json_of_the_example_is_the_committed_example()
    {
        // The example is written in canonical form, so writing it again must not change a byte.
        string path = Repo.Path("examples", "long-lartin-2025.plan.json");
        var written = Encoding.UTF8.GetString(Write(new PlanJsonWriter(), ReadFixture("examples/long-lartin-2025.plan.json")));
        written.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    private static ActionPlan Tricky(params string[] texts)
    {
        var location = SourceLocation.File("t");
        return new ActionPlan
        {
            Path = "t",
            Establishment = "HMP Café – ‘quoted’",
            Format = PlanFormat.Recommendations,
            Location = location,
            Concerns =
            [
                new Concern
                {
                    Id = "1.10",
                    Text = "Concern",
                    Agreement = AgreementStatus.PartlyAgreed,
                    Reason = "Affordability",
                    Location = location,
                    Suppressions = [new Suppression("PL2002", "Agreed with HMIP", location)],
                    Actions = [.. texts.Select((t, i) => new PlanAction { Index = i + 1, Text = t, Owner = t, TargetDate = i % 2 == 0 ? null : t, Location = location })],
                },
            ],
        };
    }

    [Fact]
    public void Yaml_keeps_text_that_yaml_tools_would_read_as_numbers_dates_booleans_or_null()
    {
        string[] texts = ["1.10", "010", "yes", "No", "true", "null", "~", "2025-01-29", "1e3", ".5", "12:30", "", " leading space", "a: b", "# hash", "- dash", "line one\nline two", "Café – ‘quotes’ & \"double\"", "[x]", "*star", "&amp", "!bang", "%pct", "@at", "`tick"];
        var plan = Tricky(texts);
        var yaml = Write(new PlanYamlWriter(), plan);
        string text = Encoding.UTF8.GetString(yaml);
        text.ShouldStartWith("# yaml-language-server: $schema=../schema/action-plan.schema.json\n");
        text.ShouldContain("- id: \"1.10\"");
        text.ShouldContain("text: \"2025-01-29\"");
        text.ShouldContain("owner: \"No\"");

        var reread = new YamlPlanReader().Read("t.yaml", yaml);
        reread.Diagnostics.ShouldBeEmpty(string.Join("\n", reread.Diagnostics.Select(d => d.Location + " " + d.Message)));
        PlanDiffer.ShouldEqual(reread.Plan!, plan);
        reread.Plan!.Concerns[0].Actions.Select(a => a.Text).ShouldBe(texts);
    }

    [Fact]
    public void Json_starts_with_the_schema_and_keeps_text_unescaped()
    {
        var json = Encoding.UTF8.GetString(Write(new PlanJsonWriter(), Tricky("Café & ‘quotes’"), "https://example.test/s.json"));
        json.ShouldStartWith("{\n  \"$schema\": \"https://example.test/s.json\",\n  \"establishment\": \"HMP Café – ‘quoted’\",");
        json.ShouldContain("\"text\": \"Café & ‘quotes’\"");
        json.ShouldContain("\"owner\": \"Café & ‘quotes’\",\n          \"targetDate\": null");
        json.ShouldEndWith("}\n");
    }

    [Fact]
    public void Writers_are_chosen_by_the_output_extension()
    {
        PlanWriters.ForFile("a/plan.JSON").ShouldBeOfType<PlanJsonWriter>();
        PlanWriters.ForFile("plan.yml").ShouldBeOfType<PlanYamlWriter>();
        PlanWriters.ForFile("plan.yaml").ShouldBeOfType<PlanYamlWriter>();
        PlanWriters.ForFile("plan.docx").ShouldBeNull();
    }
}
