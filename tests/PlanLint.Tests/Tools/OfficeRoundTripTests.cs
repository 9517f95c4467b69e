using PlanLint.Readers.Word;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Tools;

/// <summary>A Word draft saved again by another producer (LibreOffice) reads as the same plan, and renders with every action.</summary>
[Trait("Category", ExternalTools.Category)]
public sealed class OfficeRoundTripTests : TempFolderTest
{
    [ToolFact("soffice")]
    public void A_draft_saved_again_by_LibreOffice_reads_as_the_same_plan()
    {
        var plan = WordPlanBuilder.SamplePlan();
        string draft = Folder.Path("draft.docx");
        File.WriteAllBytes(draft, WordPlanBuilder.Build(plan));
        Directory.CreateDirectory(Folder.Path("resaved"));

        string resaved = Office.Convert(draft, "docx:MS Word 2007 XML", Folder.Path("resaved"));

        var read = new WordPlanReader().Read(resaved, File.ReadAllBytes(resaved));
        read.Plan.ShouldNotBeNull(string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        PlanDiffer.ShouldEqual(read.Plan, plan with { Path = resaved }, "(saved again by LibreOffice)");
    }

    [ToolFact("soffice", "pdftotext")]
    public void A_draft_renders_to_PDF_with_every_action_on_the_page()
    {
        var plan = WordPlanBuilder.SamplePlan();
        string draft = Folder.Path("draft.docx");
        File.WriteAllBytes(draft, WordPlanBuilder.Build(plan));

        string text = Office.PdfText(Office.Convert(draft, "pdf", Folder.Root));

        string Squeezed(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        string page = Squeezed(text);
        foreach (var action in plan.Concerns.SelectMany(c => c.Actions))
            page.ShouldContain(Squeezed(action.Text[..Math.Min(40, action.Text.Length)]));
    }
}
