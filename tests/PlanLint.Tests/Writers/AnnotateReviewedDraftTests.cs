using DocumentFormat.OpenXml.Office2019.Word.Cid;
using DocumentFormat.OpenXml.Office2021.Word.CommentsExt;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Writers;

/// <summary>
/// A draft back from a review round (<see cref="ReviewedDraftBuilder"/>): annotating it keeps every comment, reply,
/// parent and resolved state of other people, their durable ids and dates, the tracked changes and the content control;
/// PlanLint's own earlier comments are replaced, except one that someone answered, which stays with its thread.
/// </summary>
public sealed class AnnotateReviewedDraftTests : TempFolderTest
{
    private (byte[] Draft, byte[] Once, byte[] Twice, string OnceOutput) AnnotateTwice()
    {
        string draft = Folder.Path("draft.docx"), once = Folder.Path("once.docx"), twice = Folder.Path("twice.docx");
        File.WriteAllBytes(draft, ReviewedDraftBuilder.Build());
        var (_, output, error) = TestPlans.RunCli("annotate", draft, "-o", once);
        error.ShouldNotContain("planlint:");
        TestPlans.RunCli("annotate", once, "-o", twice);
        return (File.ReadAllBytes(draft), File.ReadAllBytes(once), File.ReadAllBytes(twice), output);
    }

    [Fact]
    public void The_draft_is_what_the_test_says_it_is()
    {
        byte[] draft = ReviewedDraftBuilder.Build();
        var comments = WordInspector.Comments(draft);
        comments.Count.ShouldBe(ReviewedDraftBuilder.Comments.Count);
        comments.Single(c => c.Id == "11").ParentParagraphId.ShouldBe("1A2B3C01");
        comments.Single(c => c.Id == "10").Done.ShouldBeTrue();
        WordInspector.ValidationErrors(draft).ShouldBeEmpty();
        var read = new WordPlanReader().Read("draft.docx", draft);
        read.Plan!.Concerns.SelectMany(c => c.Actions).ShouldContain(a => a.Text.StartsWith("Leaders will increase the use of data to", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_peoples_comments_keep_their_replies_parents_and_resolved_state()
    {
        var (draft, once, twice, _) = AnnotateTwice();
        var before = WordInspector.Comments(draft).Where(c => c.Author != "PlanLint").ToList();
        before.Count.ShouldBe(4);
        foreach (var annotated in new[] { once, twice })
        {
            var after = WordInspector.Comments(annotated);
            foreach (var c in before)
                after.ShouldContain(c, $"comment {c.Id} by {c.Author}, with its anchor, paragraph id, parent and resolved state");
            WordInspector.ValidationErrors(annotated).ShouldBeEmpty();
        }
    }

    [Fact]
    public void PlanLints_earlier_comments_are_replaced_except_one_someone_answered()
    {
        var (draft, once, twice, output) = AnnotateTwice();
        var answered = WordInspector.Comments(draft).Single(c => c.Id == "13");
        var once_ = WordInspector.Comments(once);
        once_.ShouldContain(answered, "the answered PlanLint comment stays, with its reply");
        once_.ShouldContain(c => c.ParentParagraphId == answered.ParagraphId && c.Author == "Sam Author");
        once_.ShouldNotContain(c => c.Text.Contains("nobody answered", StringComparison.Ordinal), "the unanswered one is replaced");
        output.ShouldContain("Replaced 1 earlier PlanLint comment.");
        output.ShouldContain("Kept 1 earlier PlanLint comment that someone replied to.");

        var twice_ = WordInspector.Comments(twice);
        twice_.Count.ShouldBe(once_.Count, "a second run replaces its own comments");
        twice_.Select(c => c.Text).Order().ShouldBe(once_.Select(c => c.Text).Order());
    }

    [Fact]
    public void Durable_ids_and_dates_stay_consistent_with_the_comments()
    {
        var (_, once, twice, _) = AnnotateTwice();
        foreach (var annotated in new[] { once, twice })
        {
            using var stream = new MemoryStream(annotated);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart!;
            var paragraphIds = main.WordprocessingCommentsPart!.Comments!.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>()
                .Select(c => c.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Last().ParagraphId!.Value!).ToList();
            paragraphIds.Distinct().Count().ShouldBe(paragraphIds.Count);
            var durable = main.WordprocessingCommentsIdsPart!.CommentsIds!.Elements<CommentId>().ToList();
            durable.Select(d => d.ParaId!.Value).Order().ShouldBe(paragraphIds.Order(), "one durable id per comment");
            main.WordCommentsExtensiblePart!.CommentsExtensible!.Elements<CommentExtensible>().Select(e => e.DurableId!.Value).Order()
                .ShouldBe(durable.Select(d => d.DurableId!.Value).Order(), "one date entry per durable id");
            main.WordprocessingCommentsExPart!.CommentsEx!.Elements<DocumentFormat.OpenXml.Office2013.Word.CommentEx>().Select(e => e.ParaId!.Value).Order()
                .ShouldBe(paragraphIds.Order(), "one thread entry per comment");
            main.WordprocessingCommentsPart.HyperlinkRelationships.Select(r => r.Id)
                .ShouldBe(main.WordprocessingCommentsPart.Comments.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>().Select(h => h.Id!.Value!).Distinct(), ignoreOrder: true);
        }
    }

    [Fact]
    public void Tracked_changes_content_controls_and_the_plan_are_as_they_were()
    {
        var (draft, once, twice, _) = AnnotateTwice();
        foreach (var annotated in new[] { once, twice })
        {
            WordInspector.StructureWithoutComments(annotated).ShouldBe(WordInspector.StructureWithoutComments(draft));
            using (var stream = new MemoryStream(annotated))
            using (var document = WordprocessingDocument.Open(stream, false))
            {
                var body = document.MainDocumentPart!.Document!.Body!;
                body.Descendants<W.InsertedRun>().Single().Id!.Value.ShouldBe("901");
                body.Descendants<W.InsertedRun>().Single().InnerText.ShouldBe(ReviewedDraftBuilder.InsertedWords);
                body.Descendants<W.DeletedText>().Single().Text.ShouldBe(ReviewedDraftBuilder.DeletedWords);
                body.Descendants<W.SdtBlock>().Single().InnerText.ShouldStartWith(ReviewedDraftBuilder.ControlledAction);
            }

            PlanDiffer.ShouldEqual(new WordPlanReader().Read("x.docx", annotated).Plan!, new WordPlanReader().Read("x.docx", draft).Plan!);
        }
    }

}
