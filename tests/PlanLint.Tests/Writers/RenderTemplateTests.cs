using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Readers.Word;
using PlanLint.Tests.Readers;
using PlanLint.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Writers;

/// <summary>
/// <c>planlint render --template</c>: a team's own Word document or template gives the styles, page, headers and
/// footers; its body (and the comments in it) gives way to the plan, which still reads back unchanged.
/// </summary>
public sealed class RenderTemplateTests : TempFolderTest
{
    private const string Marking = "OFFICIAL - SENSITIVE";
    private const string TemplateBody = "Delete this paragraph before use.";

    /// <summary>A portrait A4 template with its own Title style, a header with a security marking, body text and a comment.</summary>
    private static byte[] TeamTemplate(WordprocessingDocumentType type)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new W.Style(
                    new W.StyleName { Val = "Title" },
                    new W.BasedOn { Val = "Normal" },
                    new W.StyleRunProperties(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }, new W.Color { Val = "C00000" }))
                { Type = W.StyleValues.Paragraph, StyleId = "Title" });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text(Marking))));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new W.Comments(new W.Comment(new W.Paragraph(new W.Run(new W.Text("Template note")))) { Id = "1", Author = "Design", Initials = "D" });
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.CommentRangeStart { Id = "1" }, new W.Run(new W.Text(TemplateBody)), new W.CommentRangeEnd { Id = "1" }, new W.Run(new W.CommentReference { Id = "1" })),
                new W.SectionProperties(
                    new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new W.PageSize { Width = 11906U, Height = 16838U },
                    new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U, Gutter = 0U })));
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("team.docx", WordprocessingDocumentType.Document)]
    [InlineData("team.dotx", WordprocessingDocumentType.Template)]
    public void The_templates_styles_page_and_header_are_used_and_the_plan_reads_back(string file, WordprocessingDocumentType type)
    {
        string template = Folder.Path(file);
        File.WriteAllBytes(template, TeamTemplate(type));
        byte[] templateBefore = File.ReadAllBytes(template);
        string source = WordPlanBuilder.WriteExpressible(
            new PlanLint.Readers.Json.JsonPlanReader().Read(Repo.Fixture("corpus", "littlehey-2024.plan.json"), File.ReadAllBytes(Repo.Fixture("corpus", "littlehey-2024.plan.json"))).Plan!,
            Folder.Path("littlehey-2024.plan.json"));
        string output = Folder.Path("plan.docx");

        var (exit, _, error) = TestPlans.RunCli("render", source, "-o", output, "--template", template);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        byte[] rendered = File.ReadAllBytes(output);
        WordInspector.ValidationErrors(rendered).ShouldBeEmpty();
        using (var stream = new MemoryStream(rendered))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            document.DocumentType.ShouldBe(WordprocessingDocumentType.Document, "a .docx is written, whatever the template was");
            var main = document.MainDocumentPart!;
            var title = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "Title");
            title.StyleRunProperties!.GetFirstChild<W.RunFonts>()!.Ascii!.Value.ShouldBe("Georgia", "the template's own Title style is kept");
            main.StyleDefinitionsPart.Styles.Elements<W.Style>().ShouldContain(s => s.StyleId == "TableGrid", "a style the template lacks is added");
            main.HeaderParts.Single().Header!.InnerText.ShouldBe(Marking);
            var body = main.Document!.Body!;
            body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!.Width!.Value.ShouldBe(11906U, "the template's page");
            body.InnerText.ShouldNotContain(TemplateBody);
            main.WordprocessingCommentsPart.ShouldBeNull("the template's comments went with its body");
            body.Descendants<W.Paragraph>().Any(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title").ShouldBeTrue();
        }

        var expected = new PlanLint.Readers.Json.JsonPlanReader().Read(source, File.ReadAllBytes(source)).Plan!;
        PlanDiffer.ShouldEqual(new WordPlanReader().Read(output, rendered).Plan!, WordPlanReaderTests.Expressible(expected) with { Path = output });
        File.ReadAllBytes(template).ShouldBe(templateBefore, "the template is only read");
    }

    [Fact]
    public void A_template_that_is_not_a_Word_document_is_refused_with_one_line()
    {
        string template = Folder.Write("template.docx", "not a zip");
        var (exit, _, error) = TestPlans.RunCli("render", Repo.Fixture("corpus", "leicester-2023.plan.json"), "-o", Folder.Path("plan.docx"), "--template", template);
        exit.ShouldBe(2);
        error.Trim().Split('\n').Length.ShouldBe(1, error);
        error.ShouldContain("cannot be used");
        File.Exists(Folder.Path("plan.docx")).ShouldBeFalse();
    }

    [Fact]
    public void The_output_may_not_be_the_template()
    {
        string template = Folder.Path("team.docx");
        File.WriteAllBytes(template, TeamTemplate(WordprocessingDocumentType.Document));
        var (exit, _, error) = TestPlans.RunCli("render", Repo.Fixture("corpus", "leicester-2023.plan.json"), "-o", template, "--template", template);
        exit.ShouldBe(2);
        error.ShouldContain("refusing to write over the template");
    }
}
