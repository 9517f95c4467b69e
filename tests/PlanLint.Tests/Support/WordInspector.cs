using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Support;

/// <summary>A comment as a test sees it: who wrote it, what it says, the text it is anchored on, its thread and state.</summary>
public sealed record InspectedComment(string Id, string Author, string Initials, string Text, string AnchoredText, string? ParagraphId, string? ParentParagraphId, bool Done);

/// <summary>
/// Looks inside .docx files the way a test needs to, written independently of the product's writers: the Open XML
/// SDK's validator, and each comment with the text between its range markers.
/// </summary>
public static partial class WordInspector
{
    /// <summary>The validator's errors (Office 2019 rules), one line each: part, path, description.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Id}: {e.Description}")];
    }

    /// <summary>
    /// The validator's errors without their XPath (which moves when markers are inserted) or the elements it expected
    /// instead (which change when a marker goes before an invalid element), for comparing two versions of a document.
    /// </summary>
    public static IReadOnlyList<string> ValidationErrorKinds(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri}: {e.Id}: {Expecting().Replace(e.Description ?? "", ".")}").Order(StringComparer.Ordinal)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\. List of possible elements expected: .*$")]
    private static partial System.Text.RegularExpressions.Regex Expecting();

    public static IReadOnlyList<InspectedComment> Comments(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        var threads = main.WordprocessingCommentsExPart?.CommentsEx?.Elements<CommentEx>().ToList() ?? [];
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<W.Comment>().ToList() ?? [];
        var body = main.Document!.Body!;
        var order = body.Descendants().ToList();
        var position = new Dictionary<OpenXmlElement, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < order.Count; i++) position[order[i]] = i;

        return [.. comments.Select(c =>
        {
            string id = c.Id!.Value!;
            string? paragraphId = c.Elements<W.Paragraph>().LastOrDefault()?.ParagraphId?.Value;
            var thread = threads.FirstOrDefault(t => paragraphId is not null && string.Equals(t.ParaId?.Value, paragraphId, StringComparison.OrdinalIgnoreCase));
            return new InspectedComment(
                id,
                c.Author?.Value ?? "",
                c.Initials?.Value ?? "",
                string.Join("\n", c.Elements<W.Paragraph>().Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text)))),
                Anchored(body, order, position, id),
                paragraphId,
                thread?.ParaIdParent?.Value,
                thread?.Done?.Value == true);
        })];
    }

    /// <summary>The visible text between a comment's range start and end (paragraphs joined by a space, white space collapsed).</summary>
    private static string Anchored(W.Body body, List<OpenXmlElement> order, Dictionary<OpenXmlElement, int> position, string id)
    {
        var start = body.Descendants<W.CommentRangeStart>().FirstOrDefault(s => s.Id?.Value == id);
        var end = body.Descendants<W.CommentRangeEnd>().FirstOrDefault(s => s.Id?.Value == id);
        if (start is null || end is null) return "<no range>";
        var text = new StringBuilder();
        W.Paragraph? paragraph = null;
        for (int i = position[start]; i <= position[end]; i++)
        {
            if (order[i] is W.Break or W.TabChar)
            {
                text.Append(' ');
                continue;
            }

            if (order[i] is not W.Text t || t.Ancestors<W.DeletedRun>().Any()) continue;
            var p = t.Ancestors<W.Paragraph>().First();
            if (paragraph is not null && p != paragraph) text.Append(' ');
            paragraph = p;
            text.Append(t.Text);
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every element name of the main document in order, without comment markers, reference runs and run splits: what annotating must leave alone.</summary>
    public static string StructureWithoutComments(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = (W.Body)document.MainDocumentPart!.Document!.Body!.CloneNode(true);
        foreach (var e in body.Descendants().Where(e => e is W.CommentRangeStart or W.CommentRangeEnd).ToList()) e.Remove();
        foreach (var r in body.Descendants<W.CommentReference>().Select(c => c.Parent).OfType<W.Run>().ToList()) r.Remove();
        var sb = new StringBuilder();
        foreach (var e in body.Descendants())
        {
            // Runs and texts may be split; everything else (paragraphs, cells, revisions, content controls, properties) must be as it was.
            if (e is W.Run or W.Text || e.Ancestors<W.RunProperties>().Any() || e is W.RunProperties) continue;
            sb.Append(e.LocalName);
            foreach (var a in e.GetAttributes()) sb.Append(' ').Append(a.LocalName).Append('=').Append(a.Value);
            sb.Append('\n');
        }

        foreach (var p in body.Descendants<W.Paragraph>())
            sb.Append(string.Concat(p.Descendants<W.Text>().Select(t => t.Text))).Append('\n');
        return sb.ToString();
    }
}
