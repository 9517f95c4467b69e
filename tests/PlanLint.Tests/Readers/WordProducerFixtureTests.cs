using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Json;
using PlanLint.Readers.Word;
using PlanLint.Readers.Yaml;
using PlanLint.Reading;
using PlanLint.Rules;
using PlanLint.Tests.Support;
using PlanLint.Writers.Plans;

namespace PlanLint.Tests.Readers;

/// <summary>
/// Word documents written by other producers (python-docx, and the same documents opened and saved by LibreOffice;
/// Fixtures/word-producers/make-fixtures.py writes them) read as the plan they were written from: the expected plan is
/// written by the script from the same data, never by PlanLint. Each covers one family of what Word can put in a plan
/// table (list numbering, paragraph positions, revisions, fields and content controls, split tables, the 2015–16
/// template with its key and tally rows), and each reads with no reading warning and with the same findings as the
/// plan in YAML.
/// </summary>
public sealed class WordProducerFixtureTests
{
    public const string Folder = "word-producers";

    public static readonly string[] Producers = ["python-docx", "libreoffice"];

    /// <summary>Every fixture with an expected plan, in every producer's copy.</summary>
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in Names())
        {
            foreach (string producer in Producers) data.Add(name, producer);
        }

        return data;
    }

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Repo.Fixture(Folder), "*.expected.plan.json")
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => f.Split('.').Length == 4)
            .Select(f => f[..f.IndexOf('.', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal);

    /// <summary>The plan a producer's copy holds: the fixture's, or the producer's own where it saves something else (see the script).</summary>
    public static ActionPlan Expected(string folder, string name, string producer)
    {
        string own = Path.Combine(folder, $"{name}.{producer}.expected.plan.json");
        string path = File.Exists(own) ? own : Path.Combine(folder, $"{name}.expected.plan.json");
        var read = new JsonPlanReader().Read(path, File.ReadAllBytes(path));
        read.Diagnostics.ShouldBeEmpty();
        return read.Plan.ShouldNotBeNull();
    }

    public static PlanReadResult ReadDocx(string path) => new WordPlanReader().Read(path, File.ReadAllBytes(path));

    [Fact]
    public void Every_fixture_family_is_here_in_both_producers_copies()
    {
        Names().ShouldBe(["fields-and-controls", "list-numbering", "multilevel-numbering", "old-template-2015", "paragraph-positions", "revisions", "split-tables"]);
        foreach (var name in Names().Append("no-plan-table"))
        {
            foreach (string producer in Producers)
                File.Exists(Repo.Fixture(Folder, $"{name}.{producer}.docx")).ShouldBeTrue($"{name}.{producer}.docx");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_reads_as_the_plan_it_was_written_from(string name, string producer)
    {
        string path = Repo.Fixture(Folder, $"{name}.{producer}.docx");
        var read = ReadDocx(path);
        read.Diagnostics.ShouldBeEmpty(string.Join("\n", read.Diagnostics.Select(d => $"{d.Location} {d.Message}")));
        PlanDiffer.ShouldEqual(read.Plan.ShouldNotBeNull(), Expected(Repo.Fixture(Folder), name, producer), $"({name}, {producer})");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_has_the_findings_of_the_same_plan_in_yaml(string name, string producer)
    {
        var engine = new AnalyzerEngine(BuiltInRules.Create());
        IEnumerable<string> Findings(ActionPlan plan) =>
            engine.Analyze(plan, AnalysisOptions.Default).Select(d => $"{d.Id} {d.Severity} {d.RecId}/{d.ActionIndex}: {d.Message}").Order(StringComparer.Ordinal);

        using var yaml = new MemoryStream();
        new PlanYamlWriter().Write(Expected(Repo.Fixture(Folder), name, producer), yaml, schemaUri: null);
        var fromYaml = new YamlPlanReader().Read("plan.yaml", yaml.ToArray()).Plan.ShouldNotBeNull();
        var fromWord = ReadDocx(Repo.Fixture(Folder, $"{name}.{producer}.docx")).Plan.ShouldNotBeNull();

        var expected = Findings(fromYaml).ToList();
        expected.ShouldNotBeEmpty("each fixture has something to find, so the comparison can fail");
        Findings(fromWord).ShouldBe(expected);
    }

    [Theory]
    [InlineData("python-docx")]
    [InlineData("libreoffice")]
    public void A_document_without_a_plan_table_names_the_headings_it_found_there(string producer)
    {
        var read = ReadDocx(Repo.Fixture(Folder, $"no-plan-table.{producer}.docx"));
        read.Plan.ShouldBeNull();
        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe(RuleIds.InvalidPlan);
        error.Severity.ShouldBe(Severity.Error);
        error.Location.Part.ShouldBe("table 1, row 1");
        error.Message.ShouldBe("The Word document has no plan table: its one table has no header row naming Rec No, Concern or Recommendation, "
            + "Response Action Taken/Planned, Responsible Owner and Target Date; the nearest, table 1, row 1, reads 'Item | Issue raised | Lead | Status' "
            + "(found Responsible Owner; missing Rec No, Concern or Recommendation, Response Action Taken/Planned, Target Date).");
    }
}
