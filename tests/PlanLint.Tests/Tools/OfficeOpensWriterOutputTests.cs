using PlanLint.Readers.Json;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Tools;

/// <summary>
/// A real office suite opens what annotate and render write: LibreOffice converts an annotated corpus draft and a
/// rendered corpus plan to PDF headlessly; every comment's message is in the PDF (in the margin, or as a note where
/// LibreOffice is older than 7.6) and every action is on a page; the rendered table's header row is on every page.
/// </summary>
[Trait("Category", ExternalTools.Category)]
public sealed class OfficeOpensWriterOutputTests : TempFolderTest
{
    public static TheoryData<string> Plans() => ["long-lartin-2025", "littlehey-2024", "leicester-2023", "whitemoor-2023", "elmley-2022"];

    private static Model.ActionPlan Verified(string name)
    {
        string path = Repo.Fixture("corpus", name + ".plan.json");
        return new JsonPlanReader().Read(path, File.ReadAllBytes(path)).Plan!;
    }

    private static string Squeezed(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD'));

    /// <summary>
    /// Each action's opening words are on a page: in pdftotext's reading order or in its layout, since depending on the
    /// column widths one or the other interleaves the lines of cells that sit side by side.
    /// </summary>
    private static void EveryActionIsOnAPage(Model.ActionPlan plan, string pdf)
    {
        string reading = Squeezed(Office.PdfText(pdf, layout: false)), layout = Squeezed(Office.PdfText(pdf));
        foreach (var action in plan.Concerns.SelectMany(c => c.Actions))
        {
            string opening = Squeezed(action.Text[..Math.Min(40, action.Text.Length)]);
            (reading.Contains(opening, StringComparison.Ordinal) || layout.Contains(opening, StringComparison.Ordinal)).ShouldBeTrue($"action not on any page: {action.Text}");
        }
    }

    [ToolTheory("soffice", "pdftotext")]
    [MemberData(nameof(Plans))]
    public void An_annotated_draft_converts_to_PDF_with_every_comment_and_action(string name)
    {
        var plan = Verified(name);
        string draft = Folder.Path(name + ".docx");
        File.WriteAllBytes(draft, WordPlanBuilder.Build(plan));
        string reviewed = Folder.Path(name + ".reviewed.docx");
        TestPlans.RunCli("annotate", draft, "-o", reviewed).Error.ShouldNotContain("planlint:");
        var comments = WordInspector.Comments(File.ReadAllBytes(reviewed));
        comments.ShouldNotBeEmpty();

        string pdf = Office.Convert(reviewed, Office.PdfWithComments, Folder.Root);

        string text = Office.PdfText(pdf, layout: false);
        var notes = Office.PdfNotes(pdf);
        string everything = Squeezed(text + string.Concat(notes));
        foreach (var comment in comments)
        {
            // The heading ("Warning PL3003 BundledActions") and the message line of each comment.
            foreach (string line in comment.Text.Split('\n').Take(2))
                everything.ShouldContain(Squeezed(line), Case.Sensitive, $"comment {comment.Id}: {line}");
        }

        if (!Squeezed(text).Contains(Squeezed(comments[0].Text.Split('\n')[1]), StringComparison.Ordinal))
            notes.Count.ShouldBe(comments.Count, "without margin comments, each comment is one PDF note");
        EveryActionIsOnAPage(plan, pdf);
    }

    [ToolTheory("soffice", "pdftotext")]
    [MemberData(nameof(Plans))]
    public void A_rendered_plan_converts_to_PDF_with_every_action_and_the_header_on_every_page(string name)
    {
        var plan = Verified(name);
        string rendered = Folder.Path(name + ".docx");
        // As a Word table can say it: what the corpus plan's reader inferred is listed by render, and exits 1.
        string source = WordPlanBuilder.WriteExpressible(plan, Folder.Path(name + ".plan.json"));
        TestPlans.RunCli("render", source, "-o", rendered).Exit.ShouldBe(0);

        string pdf = Office.Convert(rendered, "pdf", Folder.Root);
        string text = Office.PdfText(pdf, layout: false);

        EveryActionIsOnAPage(plan, pdf);
        var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        pages.Count.ShouldBeGreaterThan(2);
        var tablePages = pages.SkipWhile(p => !p.Contains("ACTION PLAN: HMIP REPORT", StringComparison.Ordinal)).ToList();
        tablePages.Count.ShouldBeGreaterThan(1);
        tablePages.ShouldAllBe(p => Squeezed(p).Contains("TargetDate", StringComparison.Ordinal), "the header row repeats on every page of the table");
        Squeezed(text).ShouldContain(Squeezed("Action Plan Submitted: " + plan.Submitted!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
