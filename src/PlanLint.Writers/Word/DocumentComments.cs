using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Office2019.Word.Cid;
using DocumentFormat.OpenXml.Office2021.Word.CommentsExt;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Writers.Word;

/// <summary>
/// A document's comments across the parts Word keeps them in: the comments themselves (comments.xml), their threads
/// and resolved state (commentsExtended.xml: each comment's last paragraph id, its parent's, "done"), and their durable
/// ids and dates (commentsIds.xml, commentsExtensible.xml). Taking a comment out takes out its entry in each and its
/// markers in the text; adding one adds the entries the document already keeps, so the parts stay consistent.
/// </summary>
internal sealed partial class DocumentComments
{
    /// <summary>The prefix of the relationship ids of the links PlanLint's comments hold.</summary>
    private const string LinkIdPrefix = "rIdPlanLintLink";

    private readonly MainDocumentPart main;
    private readonly CommentsEx? threads;
    private readonly CommentsIds? durableIds;
    private readonly CommentsExtensible? extensible;
    private readonly HashSet<uint> usedParagraphIds = [];
    private readonly HashSet<uint> usedDurableIds = [];
    private readonly IdSequence paragraphIdSequence = new(0x2C4E_1A07);
    private readonly IdSequence durableIdSequence = new(0x5D3B_7F11);
    private W.Comments? comments;
    private int nextId;

    private DocumentComments(MainDocumentPart main)
    {
        this.main = main;
        comments = main.WordprocessingCommentsPart?.Comments;
        threads = main.WordprocessingCommentsExPart?.CommentsEx;
        durableIds = main.WordprocessingCommentsIdsPart?.CommentsIds;
        extensible = main.WordCommentsExtensiblePart?.CommentsExtensible;
        nextId = comments?.Elements<W.Comment>().Select(c => int.TryParse(c.Id?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) ? id + 1 : 0)
            .DefaultIfEmpty(0).Max() ?? 0;
        if (threads is not null || durableIds is not null)
        {
            foreach (var part in ContentParts(main))
                CollectIds(part);
        }
    }

    public static DocumentComments Open(MainDocumentPart main) => new(main);

    /// <summary>
    /// Takes out the comments written by <paramref name="author"/> with <paramref name="initials"/>, except those someone
    /// replied to (the thread is theirs as much as ours); returns how many went and the text of each that stayed.
    /// </summary>
    public (int Removed, Dictionary<string, int> Kept) RemoveBy(string author, string initials)
    {
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        if (comments is null) return (0, kept);
        var repliedTo = threads?.Elements<CommentEx>().Select(e => e.ParaIdParent?.Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var own = comments.Elements<W.Comment>().Where(c => c.Author?.Value == author && c.Initials?.Value == initials).ToList();
        var removedIds = new HashSet<string>(StringComparer.Ordinal);
        var removedParagraphIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in own)
        {
            var paragraphIds = comment.Elements<W.Paragraph>().Select(p => p.ParagraphId?.Value).OfType<string>().ToList();
            if (paragraphIds.Any(repliedTo.Contains))
            {
                string text = PlainText(comment);
                kept[text] = kept.GetValueOrDefault(text) + 1;
                continue;
            }

            if (comment.Id?.Value is { } id) removedIds.Add(id);
            removedParagraphIds.UnionWith(paragraphIds);
            comment.Remove();
        }

        if (removedIds.Count > 0)
        {
            foreach (var root in MarkerRoots())
                RemoveMarkers(root, removedIds);
            var linked = comments.Descendants<W.Hyperlink>().Select(h => h.Id?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var part = main.WordprocessingCommentsPart!;
            foreach (var relationship in part.HyperlinkRelationships.Where(r => r.Id.StartsWith(LinkIdPrefix, StringComparison.Ordinal) && !linked.Contains(r.Id)).ToList())
                part.DeleteReferenceRelationship(relationship);
        }

        if (removedParagraphIds.Count > 0)
        {
            foreach (var entry in threads?.Elements<CommentEx>().Where(e => e.ParaId?.Value is { } p && removedParagraphIds.Contains(p)).ToList() ?? [])
                entry.Remove();
            var durable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in durableIds?.Elements<CommentId>().Where(e => e.ParaId?.Value is { } p && removedParagraphIds.Contains(p)).ToList() ?? [])
            {
                if (entry.DurableId?.Value is { } d) durable.Add(d);
                entry.Remove();
            }

            foreach (var entry in extensible?.Elements<CommentExtensible>().Where(e => e.DurableId?.Value is { } d && durable.Contains(d)).ToList() ?? [])
                entry.Remove();
        }

        return (removedIds.Count, kept);
    }

    /// <summary>Adds a comment by <paramref name="author"/>; returns its id, for the markers in the text.</summary>
    public string Add(WordComment comment, string author, string initials, DateTime date)
    {
        if (comments is null)
        {
            var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            comments = part.Comments = new W.Comments();
        }

        string id = (nextId++).ToString(CultureInfo.InvariantCulture);
        // Word writes the local time marked as UTC, to the second, and the true UTC time in commentsExtensible.
        var local = new DateTime(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, DateTimeKind.Utc);
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<W.Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var element = new W.Comment { Id = id, Author = author, Initials = initials, Date = local };
        string? lastParagraphId = null;
        for (int i = 0; i < comment.Paragraphs.Count; i++)
        {
            var paragraph = new W.Paragraph();
            if (styles.Contains("CommentText"))
                paragraph.AppendChild(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "CommentText" }));
            if (i == 0)
            {
                var mark = new W.Run(new W.AnnotationReferenceMark());
                if (styles.Contains("CommentReference")) mark.PrependChild(new W.RunProperties(new W.RunStyle { Val = "CommentReference" }));
                paragraph.AppendChild(mark);
            }

            foreach (var run in comment.Paragraphs[i].Runs)
                paragraph.AppendChild(Run(run));
            if (threads is not null || durableIds is not null)
                paragraph.ParagraphId = lastParagraphId = Hex(Next(paragraphIdSequence, usedParagraphIds));
            element.AppendChild(paragraph);
        }

        comments.AppendChild(element);
        if (lastParagraphId is null) return id;
        threads?.AppendChild(new CommentEx { ParaId = lastParagraphId, Done = false });
        if (durableIds is not null)
        {
            string durable = Hex(Next(durableIdSequence, usedDurableIds));
            durableIds.AppendChild(new CommentId { ParaId = lastParagraphId, DurableId = durable });
            extensible?.AppendChild(new CommentExtensible { DurableId = durable, DateUtc = TruncatedToSeconds(date.ToUniversalTime()) });
        }

        return id;
    }

    /// <summary>A comment's text as <see cref="WordComment.Text"/> gives it: paragraphs by line ends, tabs as tabs.</summary>
    public static string PlainText(W.Comment comment) =>
        string.Join("\n", comment.Elements<W.Paragraph>().Select(p =>
        {
            var sb = new StringBuilder();
            foreach (var e in p.Descendants())
            {
                if (e is W.Text t) sb.Append(t.Text);
                else if (e is W.TabChar) sb.Append('\t');
            }

            return sb.ToString();
        }));

    /// <summary>The text a comment is written with, as <see cref="PlainText"/> reads it back.</summary>
    public static string WrittenText(WordComment comment) =>
        string.Join("\n", comment.Paragraphs.Select(p => string.Concat(p.Runs.Select(r => WordTextContent.Safe(r.Text)))));

    private OpenXmlElement Run(WordCommentRun run)
    {
        var properties = new W.RunProperties();
        if (run.Bold) properties.AppendChild(new W.Bold());
        if (run.Link is not null)
        {
            properties.AppendChild(new W.Color { Val = "0563C1" });
            properties.AppendChild(new W.Underline { Val = W.UnderlineValues.Single });
        }

        var element = new W.Run();
        if (properties.HasChildren) element.AppendChild(properties);
        foreach (var content in WordTextContent.Runs(run.Text))
            element.AppendChild(content);
        if (run.Link is not { IsAbsoluteUri: true } link) return element;
        return new W.Hyperlink(element) { Id = LinkTo(link), History = true };
    }

    /// <summary>The id of the comments part's relationship to an address: one per address, with ids that are the same on every run.</summary>
    private string LinkTo(Uri address)
    {
        var part = main.WordprocessingCommentsPart!;
        if (part.HyperlinkRelationships.FirstOrDefault(r => r.Uri == address && r.Id.StartsWith(LinkIdPrefix, StringComparison.Ordinal)) is { } existing)
            return existing.Id;
        var used = part.HyperlinkRelationships.Select(r => r.Id).Concat(part.Parts.Select(p => p.RelationshipId))
            .Concat(part.ExternalRelationships.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);
        int n = 1;
        while (used.Contains(LinkIdPrefix + n.ToString(CultureInfo.InvariantCulture))) n++;
        return part.AddHyperlinkRelationship(address, isExternal: true, LinkIdPrefix + n.ToString(CultureInfo.InvariantCulture)).Id;
    }

    private static DateTime TruncatedToSeconds(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, t.Kind);

    /// <summary>The parts whose text can hold comment markers: the body, footnotes and endnotes.</summary>
    private IEnumerable<OpenXmlElement> MarkerRoots()
    {
        if (main.Document is { } document) yield return document;
        if (main.FootnotesPart?.Footnotes is { } footnotes) yield return footnotes;
        if (main.EndnotesPart?.Endnotes is { } endnotes) yield return endnotes;
    }

    private static void RemoveMarkers(OpenXmlElement root, HashSet<string> ids)
    {
        foreach (var start in root.Descendants<W.CommentRangeStart>().Where(e => e.Id?.Value is { } id && ids.Contains(id)).ToList())
            start.Remove();
        foreach (var end in root.Descendants<W.CommentRangeEnd>().Where(e => e.Id?.Value is { } id && ids.Contains(id)).ToList())
            end.Remove();
        foreach (var reference in root.Descendants<W.CommentReference>().Where(e => e.Id?.Value is { } id && ids.Contains(id)).ToList())
        {
            if (reference.Parent is W.Run run && run.ChildElements.All(c => c == reference || c is W.RunProperties)) run.Remove();
            else reference.Remove();
        }
    }

    /// <summary>Every part whose XML can carry paragraph or durable ids, read as text so that no part is loaded (and saved again) for this.</summary>
    private static IEnumerable<OpenXmlPart> ContentParts(MainDocumentPart main)
    {
        yield return main;
        foreach (var part in main.HeaderParts) yield return part;
        foreach (var part in main.FooterParts) yield return part;
        if (main.FootnotesPart is { } footnotes) yield return footnotes;
        if (main.EndnotesPart is { } endnotes) yield return endnotes;
        if (main.WordprocessingCommentsPart is { } commentsPart) yield return commentsPart;
        if (main.WordprocessingCommentsIdsPart is { } ids) yield return ids;
        if (main.WordCommentsExtensiblePart is { } ext) yield return ext;
    }

    private void CollectIds(OpenXmlPart part)
    {
        string xml;
        if (part.RootElement is { } loaded)
        {
            xml = loaded.OuterXml;
        }
        else
        {
            using var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read));
            xml = reader.ReadToEnd();
        }

        foreach (Match m in ParagraphIdAttribute().Matches(xml))
            usedParagraphIds.Add(uint.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        foreach (Match m in DurableIdAttribute().Matches(xml))
            usedDurableIds.Add(uint.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    /// <summary>The next id of the sequence that is not used yet; ids are below 0x7FFFFFFF, as Word requires.</summary>
    private static uint Next(IdSequence sequence, HashSet<uint> used)
    {
        uint id;
        do id = sequence.Next();
        while (id == 0 || !used.Add(id));
        return id;
    }

    private static string Hex(uint id) => id.ToString("X8", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"paraId=""([0-9A-Fa-f]{1,8})""")]
    private static partial Regex ParagraphIdAttribute();

    [GeneratedRegex(@"durableId=""([0-9A-Fa-f]{1,8})""")]
    private static partial Regex DurableIdAttribute();

    /// <summary>A fixed pseudo-random sequence of 31-bit ids, so the same draft always gets the same ids.</summary>
    private sealed class IdSequence(uint seed)
    {
        private uint state = seed;

        public uint Next()
        {
            state = unchecked((state * 1_103_515_245u) + 12_345u);
            return state & 0x7FFF_FFFE;
        }
    }
}
