using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Model;
using PlanLint.Readers.Json;
using PlanLint.Readers.Word;
using PlanLint.Tests.Readers;
using PlanLint.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Writers;

/// <summary>
/// <c>planlint render</c>: a plan written as a Word document in the HMPPS layout reads back as the same plan, with the
/// same findings; the document validates and has the template's parts (title block, introduction, repeated header row,
/// section rows across the table, one row per action with its owner and date beside it).
/// </summary>
public sealed partial class RenderTests : TempFolderTest
{
    public static TheoryData<string> Plans() => ["long-lartin-2025", "littlehey-2024", "leicester-2023", "whitemoor-2023", "elmley-2022"];

    private static ActionPlan Verified(string name)
    {
        string path = Repo.Fixture("corpus", name + ".plan.json");
        return new JsonPlanReader().Read(path, File.ReadAllBytes(path)).Plan!;
    }

    private (int Exit, string Output, string Error, byte[] Document) Render(string plan, params string[] more)
    {
        string output = Folder.Path(Path.GetFileNameWithoutExtension(plan) + ".docx");
        var (exit, stdout, stderr) = TestPlans.RunCli(["render", plan, "-o", output, .. more]);
        return (exit, stdout, stderr, File.Exists(output) ? File.ReadAllBytes(output) : []);
    }

    /// <summary>The corpus plan as a Word table can say it (no reading provenance), written as a JSON plan in the test folder.</summary>
    private string ExpressibleCopy(string name) => WordPlanBuilder.WriteExpressible(Verified(name), Folder.Path(name + ".expressible.plan.json"));

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_corpus_plan_rendered_to_Word_reads_back_as_the_same_plan(string name)
    {
        var (exit, output, error, document) = Render(ExpressibleCopy(name));

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldMatch(@"^Wrote .*\.docx: \d+ (concerns|recommendations), \d+ actions\.\s*$");
        WordInspector.ValidationErrors(document).ShouldBeEmpty();
        var read = new WordPlanReader().Read("plan.docx", document);
        read.Diagnostics.ShouldBeEmpty(string.Join("\n", read.Diagnostics.Select(d => d.Location + " " + d.Message)));
        PlanDiffer.ShouldEqual(read.Plan!, WordPlanReaderTests.Expressible(Verified(name)) with { Path = "plan.docx" }, $"({name} rendered and read back)");
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void What_the_plans_reader_inferred_or_could_not_read_is_listed_not_stated_silently(string name)
    {
        var plan = Verified(name);
        var notFact = plan.Concerns.SelectMany(c => c.Readings.All.Select(r => r.Value)
                .Concat(c.Actions.SelectMany(a => a.Readings.All.Select(r => r.Value))))
            .Count(r => !r.IsRead);
        int notes = plan.AllReadingNotes.Count();
        // A cell the plan says two actions share with one between them that does not cannot be drawn as one merged cell.
        var drawable = WordPlanReaderTests.Expressible(plan);
        int undrawable = plan.Concerns.Zip(drawable.Concerns).Sum(p => p.First.Actions.Zip(p.Second.Actions).Sum(a =>
            new[] { PlanFields.Owner, PlanFields.TargetDate }.Count(f =>
                a.First.ReadingOf(f) is { IsUnknown: false, SameCellAs: { } } && a.First.ReadingOf(f).SameCellAs != a.Second.ReadingOf(f).SameCellAs)));

        var (exit, _, error, document) = Render(Repo.Fixture("corpus", name + ".plan.json"));

        document.ShouldNotBeEmpty("the document is still written");
        var warnings = error.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
        warnings.Count(l => l.Contains(" when the plan was read (", StringComparison.Ordinal)).ShouldBe(notFact);
        warnings.Count(l => l.Contains("the plan's reading finding PL", StringComparison.Ordinal)).ShouldBe(notes);
        warnings.Count(l => l.Contains(" reads back as a cell of its own, not the cell of action ", StringComparison.Ordinal)).ShouldBe(undrawable);
        warnings.Count.ShouldBe(notFact + notes + undrawable, "nothing else differs: " + error);
        exit.ShouldBe(warnings.Count > 0 ? 1 : 0);
        // The document itself is the plan as a Word table can say it.
        PlanDiffer.ShouldEqual(new WordPlanReader().Read("plan.docx", document).Plan!, WordPlanReaderTests.Expressible(plan) with { Path = "plan.docx" }, name);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_rendered_plan_has_the_findings_of_its_source(string name)
    {
        string source = ExpressibleCopy(name);
        Render(source);
        Findings(Path.ChangeExtension(source, ".docx")).ShouldBe(Findings(source));
    }

    /// <summary>"PL1001: message" for each finding, without its location.</summary>
    private static List<string> Findings(string file)
    {
        var (_, output, _) = TestPlans.RunCli("check", file, "--no-color");
        return [.. output.Split('\n').Select(l => FindingLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_document_has_the_template_layout()
    {
        var plan = Verified("long-lartin-2025");
        var (_, _, _, document) = Render(Repo.Fixture("corpus", "long-lartin-2025.plan.json"));
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var titles = body.Elements<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        titles.ShouldContain("Action Plan: HMP Long Lartin");
        titles.ShouldContain("Action Plan Submitted: 29 January 2025");
        titles.ShouldContain("A Response to the HMIP Inspection: 30 September 2024 \u2013 10 October 2024");
        titles.ShouldContain("Report Published: 14 January 2025");
        titles.ShouldContain("INTRODUCTION");

        var table = body.Elements<W.Table>().Single();
        var rows = table.Elements<W.TableRow>().ToList();
        rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>().ShouldNotBeNull("the header row repeats on every page");
        rows.Skip(1).ShouldAllBe(r => r.TableRowProperties == null || r.TableRowProperties.GetFirstChild<W.TableHeader>() == null);

        var sectionRows = rows.Where(r => r.Elements<W.TableCell>().Count() == 1).ToList();
        sectionRows.Select(r => r.InnerText).ShouldBe(["Priority concerns", "Key concerns"]);
        sectionRows.ShouldAllBe(r => r.Elements<W.TableCell>().Single().TableCellProperties!.GridSpan!.Val!.Value == 5);

        // Each action has its own paragraph, with its owner and target date beside it in the same row.
        var actionRows = rows.Skip(1).Where(r => r.Elements<W.TableCell>().Count() == 5).ToList();
        var besideEachOther = actionRows.SelectMany(r =>
        {
            var cells = r.Elements<W.TableCell>().Select(c => c.Elements<W.Paragraph>().Select(p => p.InnerText).ToList()).ToList();
            return cells[2].Where(t => t.Length > 0).Select((text, i) => (text, cells[3].ElementAtOrDefault(i) ?? "", cells[4].ElementAtOrDefault(i) ?? ""));
        });
        besideEachOther.ShouldBe(plan.Concerns.SelectMany(c => c.Actions).Select(a => (a.Text, a.Owner ?? "", a.TargetDate ?? "")));

        actionRows.Count(r => r.Elements<W.TableCell>().ElementAt(2).Elements<W.Paragraph>().Count() == 1)
            .ShouldBeGreaterThan(plan.Concerns.Sum(c => c.Actions.Count) * 9 / 10, "nearly every action has a row of its own");
    }

    [Fact]
    public void A_recommendation_format_plan_has_its_agreement_column_and_the_key_above_the_table()
    {
        var (_, _, _, document) = Render(Repo.Fixture("corpus", "elmley-2022.plan.json"));
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, false);
        var tables = word.MainDocumentPart!.Document!.Body!.Elements<W.Table>().ToList();
        tables.Count.ShouldBe(2);
        tables[0].InnerText.ShouldContain("Partly Agreed");
        tables[1].Elements<W.TableRow>().First().Elements<W.TableCell>().Select(c => c.InnerText)
            .ShouldBe(["1. Rec No", "2. Recommendation", "3. Agreed/ Partly Agreed/ Not Agreed", "4. Response Action Taken/Planned", "5. Responsible Owner", "6. Target Date"]);
    }

    [Fact]
    public void Suppressions_and_other_PlanLint_data_are_not_printed()
    {
        string plan = Folder.Write("plan.json", """
            {
              "establishment": "HMP Test", "submitted": "2025-01-29", "format": "concerns",
              "suppress": [{ "rule": "PL0005", "justification": "PLAN-LEVEL-JUSTIFICATION" }],
              "concerns": [{ "id": "1", "text": "Leaders had not done enough.", "suppress": [{ "rule": "PL3001", "justification": "CONCERN-JUSTIFICATION" }],
                "actions": [{ "text": "The Governor will review the strategy by March 2025.", "owner": "The Governor", "targetDate": "March 2025",
                  "suppress": [{ "rule": "PL4001", "justification": "ACTION-JUSTIFICATION" }] }] }]
            }
            """);
        var (exit, _, _, document) = Render(plan);
        exit.ShouldBe(0);
        string text = AllText(document);
        text.ShouldNotContain("JUSTIFICATION");
        text.ShouldNotContain("PL0005");
        text.ShouldNotContain("suppress");
    }

    [Fact]
    public void What_a_Word_table_cannot_say_is_listed_and_the_exit_code_is_1()
    {
        // An owner on the first of three actions only reads back as one merged owner cell for all three.
        string plan = Folder.Write("plan.json", """
            {
              "establishment": "HMP Test", "submitted": "2025-01-29", "format": "concerns",
              "concerns": [{ "id": "1", "text": "Leaders had not done enough.", "actions": [
                { "text": "The Governor will review the strategy.", "owner": "The Governor", "targetDate": "March 2025" },
                { "text": "Staff will be trained.", "owner": null, "targetDate": null },
                { "text": "Managers will check the training.", "owner": null, "targetDate": null } ] }]
            }
            """);
        var (exit, output, error, document) = Render(plan);

        exit.ShouldBe(1);
        output.ShouldStartWith("Wrote ");
        document.ShouldNotBeEmpty("the document is written; the differences are warnings about it");
        error.ShouldContain("warning: the owner of action 2 of recommendation 1 reads back as 'The Governor', not nothing.");
        error.ShouldContain("does not read back as");
    }

    [Fact]
    public void Actions_the_reader_would_join_share_a_row_as_separate_paragraphs()
    {
        // "… will be" stops mid-sentence and the next action starts lower-case: in a row of its own, the next action
        // would be read as the rest of this one's sentence.
        string plan = Folder.Write("plan.json", """
            {
              "establishment": "HMP Test", "submitted": "2025-01-29", "format": "concerns",
              "concerns": [{ "id": "1", "text": "Leaders had not done enough.", "actions": [
                { "text": "The strategy will be", "owner": "The Governor", "targetDate": "March 2025" },
                { "text": "reviewed by the safety team.", "owner": "Head of Safety", "targetDate": "April 2025" },
                { "text": "Staff will be trained.", "owner": "Head of Learning", "targetDate": "May 2025" } ] }]
            }
            """);
        var (exit, _, error, document) = Render(plan);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        var read = new WordPlanReader().Read("plan.docx", document).Plan!;
        read.Concerns[0].Actions.Select(a => (a.Text, a.Owner)).ShouldBe(
            [("The strategy will be", "The Governor"), ("reviewed by the safety team.", "Head of Safety"), ("Staff will be trained.", "Head of Learning")]);
    }

    [Fact]
    public void A_reason_the_response_does_not_give_is_written_after_the_status()
    {
        string plan = Folder.Write("plan.json", """
            {
              "establishment": "HMP Test", "submitted": "2025-01-29", "format": "recommendations",
              "concerns": [
                { "id": "1", "text": "Leaders should do more.", "agreement": "Partly Agreed", "reason": "Funding for the second part is a national decision",
                  "actions": [{ "text": "The Governor will review the strategy.", "owner": "The Governor", "targetDate": "March 2025" }] },
                { "id": "2", "text": "Leaders should do less.", "agreement": "Not Agreed", "reason": "This cannot be funded this year.",
                  "actions": [{ "text": "This cannot be funded this year. The Governor will look again in 2026.", "owner": "The Governor", "targetDate": "March 2026" }] }]
            }
            """);
        var (exit, _, error, document) = Render(plan);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        string text = AllText(document);
        text.ShouldContain("Partly Agreed \u2013 Funding for the second part is a national decision");
        text.ShouldContain("Not Agreed");
        text.ShouldNotContain("Not Agreed \u2013", Case.Sensitive, "the reader finds the reason in the response itself");
    }

    [Fact]
    public void Refuses_to_write_over_the_input_or_to_a_file_that_is_not_docx()
    {
        string plan = Folder.Write("plan.json", File.ReadAllText(Repo.Fixture("word", "long-lartin-2025.example.plan.json")));
        string before = File.ReadAllText(plan);
        TestPlans.RunCli("render", plan, "-o", plan).Exit.ShouldBe(2);
        var (exit, _, error) = TestPlans.RunCli("render", plan, "-o", Folder.Path("plan.pdf"));
        exit.ShouldBe(2);
        error.ShouldContain("must end in .docx");
        File.ReadAllText(plan).ShouldBe(before);
    }

    [Fact]
    public void A_plan_that_cannot_be_read_writes_nothing()
    {
        string plan = Folder.Write("plan.json", "{ \"concerns\": 3 }");
        var (exit, _, error, document) = Render(plan);
        exit.ShouldBe(1);
        error.ShouldContain("nothing was written");
        document.ShouldBeEmpty();
    }

    [Fact]
    public void A_count_that_differs_on_reading_back_is_said_in_plain_English()
    {
        var one = TestPlans.Read(TestPlans.OneConcern(("The Head of Safety will publish the strategy.", "Head of Safety", "March 2025")));
        var two = one with { Concerns = [one.Concerns[0] with { Actions = [.. one.Concerns[0].Actions, one.Concerns[0].Actions[0] with { Index = 2 }] }] };
        var document = PlanLint.Writers.Word.WordPlanRenderer.Render(one).Content;

        PlanLint.Writers.Word.RenderCheck.Differences(two, document).ShouldContain("recommendation 1 reads back with 1 action, not 2");
        PlanLint.Writers.Word.RenderCheck.Differences(one with { Concerns = [.. one.Concerns, one.Concerns[0] with { Id = "2" }] }, document)
            .ShouldContain(d => d.StartsWith("the document reads back as 1 recommendation (1), not 2", StringComparison.Ordinal));
    }

    private static string AllText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
    }

    [GeneratedRegex(@": (?:error|warning|info) (PL\d{4}: .*?)( \[[^\]]*\])?\r?$")]
    private static partial Regex FindingLine();
}
