using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Model;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;
using PlanLint.Writers.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Writers;

/// <summary>
/// Where <see cref="WordAnnotator"/> puts a comment: on an exact phrase even when Word split it over runs with
/// different formatting and a tracked insertion, on one line of a paragraph, on a whole cell; on the title when the
/// place is not in the document. The text never changes.
/// </summary>
public sealed class WordAnnotatorTests
{
    private static readonly DateTime Date = new(2025, 2, 3, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>"The Governor will [b]review the[/b] strategy[ins] as needed[/ins], and again as needed.[br]Second line." as action 1 of the sample plan.</summary>
    private static (byte[] Docx, DocumentPlace Place) Draft()
    {
        byte[] plain = WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerAction);
        var place = new WordPlanReader().Read("d.docx", plain).Plan!.Concerns[0].Actions[0].Location.Place!;
        using var stream = new MemoryStream();
        stream.Write(plain);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var xml = WordXml.Open(plain);
            int index = xml.ParagraphIndex(xml.Places.Find(place).ShouldNotBeNull().Paragraphs.Single().Last);
            var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().ElementAt(index);
            foreach (var run in paragraph.Elements<W.Run>().ToList()) run.Remove();
            paragraph.Append(
                new W.Run(new W.Text("The Governor will ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.RunProperties(new W.Bold()), new W.Text("review the")),
                new W.Run(new W.Text(" strategy") { Space = SpaceProcessingModeValues.Preserve }),
                new W.InsertedRun(new W.Run(new W.Text(" as needed") { Space = SpaceProcessingModeValues.Preserve })) { Id = "77", Author = "A", Date = Date },
                new W.Run(new W.Text(", and again as needed.") { Space = SpaceProcessingModeValues.Preserve }, new W.Break(), new W.Text("Second line.")));
        }

        return (stream.ToArray(), place);
    }

    private static WordComment Comment(DocumentPlace? place, string? phrase = null, int offset = 0) =>
        new() { Place = place, Phrase = phrase, PhraseOffset = offset, Paragraphs = [new(new WordCommentRun("A note"))] };

    private static (InspectedComment Comment, AnnotatedDocument Result) AnnotateOne(byte[] docx, WordComment comment)
    {
        var result = WordAnnotator.Annotate(docx, [comment], Date);
        WordInspector.ValidationErrorKinds(result.Content).ShouldBe(WordInspector.ValidationErrorKinds(docx));
        WordInspector.StructureWithoutComments(result.Content).ShouldBe(WordInspector.StructureWithoutComments(docx));
        var before = new WordPlanReader().Read("d.docx", docx).Plan!;
        PlanDiffer.ShouldEqual(new WordPlanReader().Read("d.docx", result.Content).Plan!, before);
        return (WordInspector.Comments(result.Content).Single(), result);
    }

    [Fact]
    public void A_phrase_split_over_runs_formatting_and_a_tracked_insertion_is_covered_exactly()
    {
        var (docx, place) = Draft();
        var (comment, _) = AnnotateOne(docx, Comment(place, "review the strategy as needed", offset: 18));
        comment.AnchoredText.ShouldBe("review the strategy as needed");
    }

    [Fact]
    public void Of_two_copies_of_a_phrase_the_one_nearest_the_finding_s_offset_is_covered()
    {
        var (docx, place) = Draft();
        string text = "The Governor will review the strategy as needed, and again as needed.";
        int second = text.LastIndexOf("as needed", StringComparison.Ordinal);

        var (first, _) = AnnotateOne(docx, Comment(place, "again as needed", offset: second - 6));
        first.AnchoredText.ShouldBe("again as needed");
        var (near, _) = AnnotateOne(docx, Comment(place, "as needed", offset: second));
        near.AnchoredText.ShouldBe("as needed");
        string xml = MainXml(WordAnnotator.Annotate(docx, [Comment(place, "as needed", offset: second)], Date).Content);
        xml.IndexOf("<w:commentRangeStart", StringComparison.Ordinal).ShouldBeGreaterThan(xml.IndexOf("and again", StringComparison.Ordinal), "the second copy, not the inserted one");
    }

    [Fact]
    public void A_phrase_that_is_not_there_falls_back_to_the_whole_paragraph()
    {
        var (docx, place) = Draft();
        var (comment, _) = AnnotateOne(docx, Comment(place, "words that are not in it"));
        comment.AnchoredText.ShouldBe("The Governor will review the strategy as needed, and again as needed. Second line.");
    }

    [Fact]
    public void A_line_of_a_paragraph_is_covered_on_its_own()
    {
        var (docx, place) = Draft();
        var (comment, _) = AnnotateOne(docx, Comment(place.AtLine(2)));
        comment.AnchoredText.ShouldBe("Second line.");
    }

    [Fact]
    public void A_cell_place_covers_the_cell_and_a_missing_place_goes_on_the_title()
    {
        var (docx, place) = Draft();
        var (cell, _) = AnnotateOne(docx, Comment(place with { Paragraph = null }));
        cell.AnchoredText.ShouldBe("The Governor will review the strategy as needed, and again as needed. Second line.");

        var (lost, result) = AnnotateOne(docx, Comment(new DocumentPlace(Table: 1, Row: 999, Column: 1)));
        lost.AnchoredText.ShouldBe("HM Prison & Probation Service");
        result.OnTitleInstead.ShouldBe(1);

        var (plan, planResult) = AnnotateOne(docx, Comment(null));
        plan.AnchoredText.ShouldBe("HM Prison & Probation Service");
        planResult.OnTitleInstead.ShouldBe(0, "a plan-level comment belongs on the title");
    }

    [Fact]
    public void Several_comments_on_one_paragraph_each_keep_their_own_range()
    {
        var (docx, place) = Draft();
        var comments = new[]
        {
            Comment(place, "review the strategy as needed", 18),
            Comment(place, "strategy as needed, and again", 29),
            Comment(place),
            Comment(place, "The Governor", 0),
        };
        var result = WordAnnotator.Annotate(docx, comments, Date);
        WordInspector.ValidationErrorKinds(result.Content).ShouldBe(WordInspector.ValidationErrorKinds(docx));
        WordInspector.Comments(result.Content).Select(c => c.AnchoredText).ShouldBe(
        [
            "review the strategy as needed",
            "strategy as needed, and again",
            "The Governor will review the strategy as needed, and again as needed. Second line.",
            "The Governor",
        ]);
        PlanDiffer.ShouldEqual(new WordPlanReader().Read("d.docx", result.Content).Plan!, new WordPlanReader().Read("d.docx", docx).Plan!);
    }

    [Fact]
    public void A_finding_naming_a_phrase_becomes_a_comment_on_that_phrase()
    {
        var plan = WordPlanBuilder.SamplePlan() with { Path = "d.docx" };
        var action = plan.Concerns[0].Actions[1];
        int start = action.Text.IndexOf("meaningful actions", StringComparison.Ordinal);
        var d = new Diagnostic
        {
            Descriptor = new RuleDescriptor("PL4002", "No measure", "{0}", RuleCategory.Measurable, Severity.Warning),
            Severity = Severity.Warning,
            Message = "Action 2 of recommendation 7 has no measure",
            Location = SourceLocation.At("d.docx", new DocumentPlace(Table: 1, Row: 3, Column: 3, Paragraph: 1)),
            RecId = "7",
            ConcernOrdinal = 0,
            ActionIndex = 2,
            Span = new TextSpan(PlanFields.Text, start, "meaningful actions".Length),
        };

        var comment = FindingComments.For(d, plan, "d.docx");

        comment.Phrase.ShouldBe("meaningful actions");
        comment.PhraseOffset.ShouldBe(start);
        comment.Place.ShouldBe(d.Location.Place);
        comment.Text.ShouldStartWith("Warning PL4002 NoMeasure (Measurable)\nAction 2 of recommendation 7 has no measure\n");
        comment.Text.ShouldContain("How to fix: Add the measure");
        comment.Text.ShouldEndWith("Rule page: https://github.com/planlint/planlint/blob/main/rules/PL4002.md");
    }

    [Fact]
    public void Reading_findings_go_on_the_cell_plan_findings_on_the_title_and_side_file_findings_say_where()
    {
        var plan = WordPlanBuilder.SamplePlan() with { Path = "d.docx" };
        Diagnostic Finding(string id, SourceLocation at, string? rec = null) => new()
        {
            Descriptor = new RuleDescriptor(id, "T", "{0}", id == "PL0001" ? RuleCategory.Structure : RuleCategory.Structure, Severity.Warning),
            Severity = Severity.Warning,
            Message = "m",
            Location = at,
            RecId = rec,
        };
        var paragraph = new DocumentPlace(Table: 1, Row: 3, Column: 4, Paragraph: 2);

        FindingComments.For(Finding("PL0001", SourceLocation.At("d.docx", paragraph)), plan, "d.docx").Place.ShouldBe(paragraph with { Paragraph = null });
        FindingComments.For(Finding("PL0005", SourceLocation.At("d.docx", DocumentPlace.OfTable(1))), plan, "d.docx").Place.ShouldBeNull();
        FindingComments.For(Finding("PL0005", SourceLocation.At("d.docx", DocumentPlace.OfParagraph(2))), plan, "d.docx").Place.ShouldBe(DocumentPlace.OfParagraph(2));
        var side = FindingComments.For(Finding("PL0008", new SourceLocation("d.docx.planlint-suppressions.json", 4, 7), rec: "7"), plan, "d.docx");
        side.Place.ShouldBeNull();
        side.Text.ShouldContain("In d.docx.planlint-suppressions.json(4,7)");
    }

    [Theory]
    [InlineData("reviewed")]
    [InlineData("word/elmley-2022.libreoffice.docx")]
    [InlineData("word/long-lartin-2025.example.libreoffice.docx")]
    [InlineData("word-producers/revisions.python-docx.docx")]
    [InlineData("word-producers/fields-and-controls.python-docx.docx")]
    [InlineData("word-producers/multilevel-numbering.libreoffice.docx")]
    public void The_text_phrases_are_looked_for_in_is_the_text_the_reader_reads(string name)
    {
        byte[] docx = name == "reviewed" ? ReviewedDraftBuilder.Build() : File.ReadAllBytes(Repo.Fixture(name.Split('/')));
        var xml = WordXml.Open(docx);
        var drawing = xml.Text;
        var paragraphs = drawing.Paragraphs(xml.Body);
        paragraphs.Count.ShouldBeGreaterThan(20);
        foreach (var paragraph in paragraphs)
            VisibleText.Of(drawing, paragraph).Text.ShouldBe(drawing.Text(paragraph));
    }

    [Fact]
    public void Hidden_text_is_not_where_a_phrase_is_found()
    {
        XNamespace w = WordML.W;
        var body = new XElement(w + "body", new XElement(w + "p",
            new XElement(w + "r", new XElement(w + "rPr", new XElement(w + "vanish")), new XElement(w + "t", "as needed ")),
            new XElement(w + "r", new XElement(w + "t", "The Governor will act as needed."))));
        var drawing = new WordText(body, WordStyles.Empty, WordNumbering.Empty);
        var text = VisibleText.Of(drawing, drawing.Paragraphs(body).Single());
        text.Text.ShouldBe("The Governor will act as needed.");
        var found = text.Find("as needed", 0).ShouldNotBeNull();
        found.First.Source.Value.ShouldBe("The Governor will act as needed.");
    }

    private static string MainXml(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }
}
