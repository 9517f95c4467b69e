using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Office2019.Word.Cid;
using DocumentFormat.OpenXml.Office2021.Word.CommentsExt;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Support;

/// <summary>
/// A draft as it comes back from a review round in Word, built on <see cref="WordPlanBuilder"/>'s sample plan: tracked
/// changes (an insertion in the middle of an action, a deletion), an action inside a content control, and comment
/// threads the way Word 365 stores them: comments.xml, commentsExtended.xml (parent and resolved state by paragraph
/// id), commentsIds.xml and commentsExtensible.xml (durable ids and dates). One thread is resolved; one comment by
/// PlanLint from an earlier run has a reply, another has none.
/// </summary>
public static class ReviewedDraftBuilder
{
    public sealed record Thread(string Id, string Author, string Initials, string Text, string ParagraphId, string? Parent, bool Done, string AnchorStartsWith);

    /// <summary>The comments the draft holds, in order.</summary>
    public static readonly IReadOnlyList<Thread> Comments =
    [
        new("10", "Jane Reviewer", "JR", "Is this really the whole concern? Please check against the report.", "1A2B3C01", null, true, "Self-harm had increased"),
        new("11", "Sam Author", "SA", "Checked: it is, word for word.", "1A2B3C02", "1A2B3C01", false, "Self-harm had increased"),
        new("12", "Jane Reviewer", "JR", "Which national experts?", "1A2B3C03", null, false, "Safety analysts have been upskilled"),
        new("13", "PlanLint", "PL", "Warning PL9998 Withdrawn (Specific)\nA finding from an earlier run that someone answered.", "1A2B3C04", null, false, "Constant Supervision is now"),
        new("14", "Sam Author", "SA", "Answered in the text now.", "1A2B3C05", "1A2B3C04", false, "Constant Supervision is now"),
        new("15", "PlanLint", "PL", "Warning PL9997 Stale (Specific)\nA finding from an earlier run that nobody answered.", "1A2B3C06", null, false, "In conjunction with the Samaritans"),
    ];

    public const string InsertedWords = "the use of ";
    public const string DeletedWords = "greatly ";
    public const string ControlledAction = "All prolific and repeat self-harmers";

    public static byte[] Build()
    {
        byte[] plain = WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerConcern);
        using var stream = new MemoryStream();
        stream.Write(plain);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var body = main.Document!.Body!;
            Paragraph Find(string start) => body.Descendants<Paragraph>().First(p => TextOf(p).StartsWith(start, StringComparison.Ordinal));

            // "Leaders will increase [ins: the use of ][del: greatly ]data to …"
            var leaders = Find("Leaders will increase the use of data");
            var run = leaders.Elements<Run>().Single();
            string text = TextOf(leaders);
            int at = text.IndexOf(InsertedWords, StringComparison.Ordinal);
            var properties = run.RunProperties?.CloneNode(true);
            run.Remove();
            leaders.Append(
                new Run(new W.Text(text[..at]) { Space = SpaceProcessingModeValues.Preserve }),
                new InsertedRun(new Run(new W.Text(InsertedWords) { Space = SpaceProcessingModeValues.Preserve })) { Id = "901", Author = "Sam Author", Date = new DateTime(2025, 1, 20, 9, 0, 0, DateTimeKind.Utc) },
                new DeletedRun(new Run(new DeletedText(DeletedWords) { Space = SpaceProcessingModeValues.Preserve })) { Id = "902", Author = "Sam Author", Date = new DateTime(2025, 1, 20, 9, 0, 0, DateTimeKind.Utc) },
                new Run(new W.Text(text[(at + InsertedWords.Length)..]) { Space = SpaceProcessingModeValues.Preserve }));
            if (properties is not null) leaders.GetFirstChild<Run>()!.PrependChild(properties);

            // An action wrapped in a (block-level) content control inside its cell.
            var controlled = Find(ControlledAction);
            var sdt = new SdtBlock(new SdtProperties(new SdtAlias { Val = "Action" }, new Tag { Val = "action-6" }, new SdtId { Val = 4242 }), new SdtContentBlock());
            controlled.InsertBeforeSelf(sdt);
            controlled.Remove();
            sdt.SdtContentBlock!.Append(controlled);

            AddComments(main, Find);
        }

        return stream.ToArray();
    }

    private static void AddComments(MainDocumentPart main, Func<string, Paragraph> find)
    {
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new DocumentFormat.OpenXml.Wordprocessing.Comments();
        comments.Comments.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
        var extended = main.AddNewPart<WordprocessingCommentsExPart>();
        extended.CommentsEx = new CommentsEx();
        var ids = main.AddNewPart<WordprocessingCommentsIdsPart>();
        ids.CommentsIds = new CommentsIds();
        var extensible = main.AddNewPart<WordCommentsExtensiblePart>();
        extensible.CommentsExtensible = new CommentsExtensible();

        uint durable = 0x11110001;
        foreach (var c in Comments)
        {
            var paragraphs = c.Text.Split('\n').Select((line, i) =>
            {
                var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "CommentText" }));
                if (i == 0) p.Append(new Run(new AnnotationReferenceMark()));
                p.Append(new Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve }));
                return p;
            }).ToList();
            paragraphs[^1].ParagraphId = c.ParagraphId;
            comments.Comments.Append(new Comment(paragraphs) { Id = c.Id, Author = c.Author, Initials = c.Initials, Date = new DateTime(2025, 1, 21, 14, 30, 0, DateTimeKind.Utc) });
            var thread = new CommentEx { ParaId = c.ParagraphId, Done = c.Done };
            if (c.Parent is not null) thread.ParaIdParent = c.Parent;
            extended.CommentsEx.Append(thread);
            string durableId = (durable++).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
            ids.CommentsIds.Append(new CommentId { ParaId = c.ParagraphId, DurableId = durableId });
            extensible.CommentsExtensible.Append(new CommentExtensible { DurableId = durableId, DateUtc = new DateTime(2025, 1, 21, 14, 30, 0, DateTimeKind.Utc) });

            // Word anchors a reply on its parent's range.
            var anchor = find(c.AnchorStartsWith);
            anchor.InsertAt(new CommentRangeStart { Id = c.Id }, anchor.ParagraphProperties is null ? 0 : 1);
            anchor.Append(new CommentRangeEnd { Id = c.Id }, new Run(new CommentReference { Id = c.Id }));
        }
    }

    public static string TextOf(Paragraph p) => string.Concat(p.Descendants<W.Text>().Select(t => t.Text));
}
