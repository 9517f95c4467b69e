using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>
/// Plans written to .docx (by <see cref="WordPlanBuilder"/> and by LibreOffice) and read back must be the plan they
/// were written from: same recommendations, actions, owners and dates.
/// </summary>
public sealed class WordPlanReaderTests
{
    public static TheoryData<string, string> PlansAndLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in CanonicalWriterTests.FixturePaths())
        {
            foreach (var layout in new[] { "default", nameof(WordPlanBuilder.Layout.RowPerConcern), nameof(WordPlanBuilder.Layout.RowPerAction) })
                data.Add(fixture, layout);
        }

        return data;
    }

    /// <summary>What a Word table can say: suppressions and a separate reason column have no place in it.</summary>
    internal static ActionPlan Expressible(ActionPlan plan) => WordPlanBuilder.Expressible(plan);

    private static ActionPlan ReadFixture(string relative)
    {
        var result = PlanReaders.Default.ReadFile(Repo.Path(relative));
        result.Diagnostics.ShouldBeEmpty();
        return result.Plan!;
    }

    private static ActionPlan ReadDocx(byte[] docx)
    {
        var result = new WordPlanReader().Read("plan.docx", docx);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => $"{d.Location} {d.Message}")));
        return result.Plan!;
    }

    [Theory]
    [MemberData(nameof(PlansAndLayouts))]
    public void A_plan_written_as_word_reads_back_unchanged(string fixture, string layout)
    {
        var plan = Expressible(ReadFixture(fixture));
        Func<Concern, WordPlanBuilder.Layout>? choose = layout == "default" ? null
            : layout == nameof(WordPlanBuilder.Layout.RowPerConcern)
                ? c => WordPlanBuilder.FitsOneRow(c) ? WordPlanBuilder.Layout.RowPerConcern : WordPlanBuilder.Layout.RowPerAction
                : _ => WordPlanBuilder.Layout.RowPerAction;
        PlanDiffer.ShouldEqual(ReadDocx(WordPlanBuilder.Build(plan, choose)), plan, $"({layout} layout)");
    }

    [Theory]
    [InlineData("long-lartin-2025.example.libreoffice.docx", "word/long-lartin-2025.example.plan.json")]
    [InlineData("elmley-2022.libreoffice.docx", "word/elmley-2022.plan.json")]
    public void A_docx_written_by_libreoffice_reads_as_the_plan_it_renders(string docx, string plan)
    {
        string source = Repo.Fixture(plan.Split('/'));
        var expected = new PlanLint.Readers.Json.JsonPlanReader().Read(source, File.ReadAllBytes(source)).Plan!;
        PlanDiffer.ShouldEqual(ReadDocx(File.ReadAllBytes(Repo.Fixture("word", docx))), Expressible(expected), docx);
    }

    [Fact]
    public void Locations_name_the_table_row_column_and_paragraph()
    {
        var plan = ReadDocx(WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerConcern));
        var nine = plan.Concerns.Single(c => c.Id == "9");
        var action = nine.Actions[1];
        action.Location.HasLine.ShouldBeFalse();
        action.Location.Part.ShouldBe("table 1, row 5, column 3, paragraph 3");
        action.LocationOf(PlanFields.Owner).Part.ShouldBe("table 1, row 5, column 4, paragraph 2");
        action.LocationOf(PlanFields.TargetDate).Part.ShouldBe("table 1, row 5, column 5, paragraph 2");
        plan.LocationOf(PlanFields.Submitted).Part.ShouldBe("paragraph 3");
    }

    [Fact]
    public void Check_reports_word_findings_with_the_place_in_the_document()
    {
        string folder = Directory.CreateTempSubdirectory("planlint-docx-").FullName;
        try
        {
            string path = Path.Combine(folder, "draft.docx");
            File.WriteAllBytes(path, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));
            var (exit, output, _) = TestPlans.RunCli("check", path, "--no-color");
            exit.ShouldBe(1);
            output.ShouldContain($"{path}: error PL1001: Action 13 of recommendation 7 ('Quality assurance of ACCT…') has no responsible owner; name the post accountable for it [table 1, row 15, column 4]");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(CanonicalWriterTests.Fixtures), MemberType = typeof(CanonicalWriterTests))]
    public void The_rules_find_the_same_things_in_the_word_and_yaml_forms_of_a_plan(string fixture)
    {
        var plan = Expressible(ReadFixture(fixture));
        var engine = new PlanLint.Analysis.AnalyzerEngine(PlanLint.Rules.BuiltInRules.Create());
        IEnumerable<string> Findings(ActionPlan p) => engine.Analyze(p, PlanLint.Analysis.AnalysisOptions.Default)
            .Select(d => $"{d.Id} {d.Message}").Order(StringComparer.Ordinal);

        using var yaml = new MemoryStream();
        new PlanLint.Writers.Plans.PlanYamlWriter().Write(plan, yaml, "s.json");
        var fromYaml = new PlanLint.Readers.Yaml.YamlPlanReader().Read("plan.yaml", yaml.ToArray()).Plan!;
        var fromWord = ReadDocx(WordPlanBuilder.Build(plan));

        Findings(fromWord).ShouldBe(Findings(plan));
        Findings(fromYaml).ShouldBe(Findings(plan));
    }

    [Fact]
    public void Damaged_copies_of_a_document_never_throw_and_give_one_finding_or_a_plan()
    {
        var docx = WordPlanBuilder.Build(WordPlanBuilder.SamplePlan());
        var random = new Random(20250129);
        for (int i = 0; i < 60; i++)
        {
            byte[] damaged = i % 2 == 0 ? docx[..random.Next(1, docx.Length)] : [.. docx];
            if (i % 2 == 1)
            {
                for (int flips = 0; flips < 8; flips++) damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
            }

            var result = new WordPlanReader().Read("plan.docx", damaged);
            if (result.Plan is null)
                result.Diagnostics.ShouldHaveSingleItem().Message.ShouldNotContain("\n");
        }
    }
}
