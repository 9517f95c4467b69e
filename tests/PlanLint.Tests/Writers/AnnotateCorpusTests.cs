using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Writers;

/// <summary>
/// <c>planlint annotate</c> on Word drafts of the five corpus plans (written by the tests' own <see cref="WordPlanBuilder"/>,
/// and one saved by LibreOffice): one comment per finding check reports, each on the text its finding is about; the
/// copy validates, reads as the same plan, and annotating it again replaces PlanLint's comments instead of adding more.
/// </summary>
public sealed partial class AnnotateCorpusTests : TempFolderTest
{
    private static readonly DateTime Date = new(2025, 2, 3, 10, 0, 0, DateTimeKind.Utc);

    private string Draft(string name)
    {
        string path = Folder.Path(name + ".docx");
        if (name.EndsWith(".libreoffice", StringComparison.Ordinal))
            File.Copy(Repo.Fixture("word", name + ".docx"), path);
        else
            File.WriteAllBytes(path, WordPlanBuilder.Build(Verified(name)));
        return path;
    }

    private static Model.ActionPlan Verified(string name)
    {
        string path = Repo.Fixture("corpus", name + ".plan.json");
        return new PlanLint.Readers.Json.JsonPlanReader().Read(path, File.ReadAllBytes(path)).Plan!;
    }

    public static TheoryData<string> Drafts() => ["long-lartin-2025", "littlehey-2024", "leicester-2023", "whitemoor-2023", "elmley-2022", "elmley-2022.libreoffice"];

    /// <summary>"error PL1001: message [place]" lines of check, for counting and matching.</summary>
    private static List<(string Severity, string Id, string Message)> CheckFindings(string file)
    {
        var (_, output, _) = TestPlans.RunCli("check", file, "--no-color");
        return [.. output.Split('\n').Select(l => FindingLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value))];
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Every_finding_becomes_one_comment_and_the_copy_validates_and_reads_as_the_draft(string name)
    {
        string draft = Draft(name);
        byte[] before = File.ReadAllBytes(draft);
        string reviewed = Folder.Path(name + ".reviewed.docx");

        var (exit, output, error) = TestPlans.RunCli("annotate", draft, "-o", reviewed);

        var findings = CheckFindings(draft);
        findings.ShouldNotBeEmpty();
        exit.ShouldBe(TestPlans.RunCli("check", draft).Exit, "the exit code follows check");
        error.ShouldNotContain("planlint:", Case.Sensitive, $"{error}");
        output.ShouldContain($"{findings.Count} comment");
        SHA256.HashData(File.ReadAllBytes(draft)).ShouldBe(SHA256.HashData(before), "the draft is never changed");

        byte[] annotated = File.ReadAllBytes(reviewed);
        var comments = WordInspector.Comments(annotated);
        comments.Count.ShouldBe(findings.Count);
        comments.ShouldAllBe(c => c.Author == "PlanLint" && c.Initials == "PL");
        foreach (var (severity, id, message) in findings)
        {
            string heading = (severity == "info" ? "Note" : char.ToUpperInvariant(severity[0]) + severity[1..]) + " " + id;
            comments.ShouldContain(c => c.Text.StartsWith(heading, StringComparison.Ordinal) && c.Text.Contains(message, StringComparison.Ordinal), $"{id}: {message}");
        }

        comments.ShouldAllBe(c => c.Text.Contains("https://github.com/planlint/planlint/blob/main/rules/PL", StringComparison.Ordinal));
        WordInspector.ValidationErrorKinds(annotated).ShouldBe(WordInspector.ValidationErrorKinds(before), "annotating adds no validator error");
        WordInspector.StructureWithoutComments(annotated).ShouldBe(WordInspector.StructureWithoutComments(before), "only comment markers and run splits are added");

        var readDraft = new WordPlanReader().Read(draft, before);
        var readAnnotated = new WordPlanReader().Read(draft, annotated);
        PlanDiffer.ShouldEqual(readAnnotated.Plan!, readDraft.Plan!, "(annotated copy read back)");
        readAnnotated.Diagnostics.Select(d => d.Location + " " + d.Message).ShouldBe(readDraft.Diagnostics.Select(d => d.Location + " " + d.Message));
        CheckFindings(reviewed).ShouldBe(findings, "the annotated copy has the draft's findings");
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Annotating_an_annotated_copy_replaces_PlanLint_comments_instead_of_adding_more(string name)
    {
        string draft = Draft(name);
        string once = Folder.Path("once.docx"), twice = Folder.Path("twice.docx");
        TestPlans.RunCli("annotate", draft, "-o", once);
        var (_, output, _) = TestPlans.RunCli("annotate", once, "-o", twice);

        var first = WordInspector.Comments(File.ReadAllBytes(once));
        var second = WordInspector.Comments(File.ReadAllBytes(twice));
        second.Count.ShouldBe(first.Count);
        second.Select(c => (c.Text, c.AnchoredText)).ShouldBe(first.Select(c => (c.Text, c.AnchoredText)));
        output.ShouldContain($"Replaced {first.Count} earlier PlanLint comment");
        WordInspector.StructureWithoutComments(File.ReadAllBytes(twice)).ShouldBe(WordInspector.StructureWithoutComments(File.ReadAllBytes(draft)));
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Each_comment_is_anchored_on_the_text_its_finding_is_about(string name)
    {
        string draft = Draft(name);
        byte[] content = File.ReadAllBytes(draft);
        var (plan, result) = PlanLint.Linting.PlanLinter.CreateDefault().ReadAndLint(draft, content, TestPlans.SingleThreaded);
        var (extracted, _) = new WordPlanReader().Extract(draft, content);
        // What the reader saw at each place: the text the comment there must cover.
        var byPlace = extracted!.Table.Rows
            .SelectMany(r => r.Cells.SelectMany(c => c.Paragraphs.Select(p => (Place: p.Location.Place, p.Text)).Append((Place: c.Location.Place, c.Text))))
            .Where(x => x.Place is not null)
            .GroupBy(x => x.Place!)
            .ToDictionary(g => g.Key, g => g.First().Text);
        string reviewed = Folder.Path("reviewed.docx");
        TestPlans.RunCli("annotate", draft, "-o", reviewed);
        var comments = WordInspector.Comments(File.ReadAllBytes(reviewed));

        var shown = result.Diagnostics.Where(d => d.CountsTowardsExitCode).ToList();
        comments.Count.ShouldBe(shown.Count);
        int checkedAnchors = 0, phrases = 0;
        for (int i = 0; i < shown.Count; i++)
        {
            // Comments are written in the order of the findings.
            var (d, comment) = (shown[i], comments[i]);
            comment.Text.ShouldContain(d.Message);
            var place = d.Location.Place;
            if (place is null || d.RecId is null && place.Row is null && place.Paragraph is null)
            {
                comment.AnchoredText.ShouldBe(TitleText(content), $"{d.Id} is about the plan: it goes on the title");
                continue;
            }

            bool reading = d.Id is "PL0001" or "PL0002" || d.Descriptor.Category == Diagnostics.RuleCategory.Reading;
            if (!reading && d.Span is { } span && Phrase(plan!, d, span) is { } phrase)
            {
                // A finding that names its words is on those words.
                Squeeze(comment.AnchoredText).ShouldBe(Squeeze(phrase), $"{d.Id} on its phrase");
                phrases++;
                checkedAnchors++;
                continue;
            }

            var expected = reading && place.Paragraph is not null ? place with { Paragraph = null, Line = null } : place;
            if (byPlace.TryGetValue(expected, out var text))
            {
                Squeeze(comment.AnchoredText).ShouldBe(Squeeze(text), $"{d.Id} at {expected}");
                checkedAnchors++;
            }
        }

        checkedAnchors.ShouldBeGreaterThan(shown.Count / 2, "most findings are on a cell or paragraph of the table");
        phrases.ShouldBeGreaterThan(0, "some findings name their words");
    }

    /// <summary>The words a finding names, from the plan as read (the test's own look-up, by field name).</summary>
    private static string? Phrase(Model.ActionPlan plan, Diagnostics.Diagnostic d, Diagnostics.TextSpan span)
    {
        var concern = plan.Concerns[d.ConcernOrdinal];
        var action = d.ActionIndex is { } index ? concern.Actions[index - 1] : null;
        string? value = span.Field switch
        {
            "text" => action?.Text ?? concern.Text,
            "owner" => action?.Owner,
            "targetDate" => action?.TargetDate,
            "reason" => concern.Reason,
            _ => null,
        };
        return value is not null && span.End <= value.Length ? value.Substring(span.Start, span.Length) : null;
    }

    /// <summary>The first paragraph with text directly in the body.</summary>
    private static string TitleText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => Squeeze(string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text))))
            .First(t => t.Length > 0);
    }

    private static string Squeeze(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@": (?<severity>error|warning|info) (?<id>PL\d{4}): (?<message>.*?)( \[[^\]]*\])?\r?$")]
    private static partial Regex FindingLine();
}
