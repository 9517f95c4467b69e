using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PlanLint.Readers.Word;
using static PlanLint.Readers.Word.WordML;

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

    private const string CommentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    private const string HyperlinkType = PackageParts.RelationshipTypes + "hyperlink";

    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private static readonly XNamespace W16Cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
    private static readonly XNamespace W16Cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex";

    private readonly PackageParts package;
    private readonly XDocument document;
    private readonly (string Part, XElement Root)? threads;
    private readonly (string Part, XElement Root)? durableIds;
    private readonly (string Part, XElement Root)? extensible;
    private readonly HashSet<uint> usedParagraphIds = [];
    private readonly HashSet<uint> usedDurableIds = [];
    private readonly IdSequence paragraphIdSequence = new(0x2C4E_1A07);
    private readonly IdSequence durableIdSequence = new(0x5D3B_7F11);
    private (string Part, XElement Root)? comments;
    private int nextId;

    private DocumentComments(PackageParts package, XDocument document)
    {
        this.package = package;
        this.document = document;
        comments = Part("comments", "comments");
        threads = Part("http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsEx");
        durableIds = Part("http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds");
        extensible = Part("http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible", "commentsExtensible");
        nextId = comments?.Root.Elements(W + "comment").Select(c => int.TryParse(c.Attr("id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) ? id + 1 : 0)
            .DefaultIfEmpty(0).Max() ?? 0;
        if (threads is not null || durableIds is not null)
        {
            CollectIds(document.ToString(SaveOptions.DisableFormatting));
            foreach (string part in ContentParts())
            {
                if (package.Text(part) is { } xml) CollectIds(xml);
            }
        }
    }

    private string Main => package.MainPart;

    /// <summary>The part of a relationship type from the main document, when it is there and its root is the expected element.</summary>
    private (string Part, XElement Root)? Part(string type, string root) =>
        package.Related(Main, type) is { } part && package.Xml(part)?.Root is { } element && element.Name.LocalName == root ? (part, element) : null;

    public static DocumentComments Open(PackageParts package, XDocument document) => new(package, document);

    /// <summary>
    /// Takes out the comments written by <paramref name="author"/> with <paramref name="initials"/>, except those someone
    /// replied to (the thread is theirs as much as ours); returns how many went and the text of each that stayed.
    /// </summary>
    public (int Removed, Dictionary<string, int> Kept) RemoveBy(string author, string initials)
    {
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        if (comments is not var (commentsPart, commentsRoot)) return (0, kept);
        var repliedTo = threads?.Root.Elements(W15 + "commentEx").Select(e => e.Attribute(W15 + "paraIdParent")?.Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var own = commentsRoot.Elements(W + "comment").Where(c => c.Attr("author") == author && c.Attr("initials") == initials).ToList();
        var removedIds = new HashSet<string>(StringComparer.Ordinal);
        var removedParagraphIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in own)
        {
            var paragraphIds = comment.Elements(W + "p").Select(p => p.Attribute(W14 + "paraId")?.Value).OfType<string>().ToList();
            if (paragraphIds.Any(repliedTo.Contains))
            {
                string text = PlainText(comment);
                kept[text] = kept.GetValueOrDefault(text) + 1;
                continue;
            }

            if (comment.Attr("id") is { } id) removedIds.Add(id);
            removedParagraphIds.UnionWith(paragraphIds);
            comment.Remove();
            package.Changed(commentsPart);
        }

        if (removedIds.Count > 0)
        {
            if (document.Root is { } root) RemoveMarkers(root, removedIds);
            foreach (string notes in new[] { "footnotes", "endnotes" }.Select(t => package.Related(Main, t)).OfType<string>())
            {
                if (package.Xml(notes)?.Root is { } notesRoot && RemoveMarkers(notesRoot, removedIds)) package.Changed(notes);
            }

            var linked = commentsRoot.Descendants(W + "hyperlink").Select(h => h.Attribute(R + "id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var relationship in package.Relationships(commentsPart).Where(r => r.Type == HyperlinkType && r.Id.StartsWith(LinkIdPrefix, StringComparison.Ordinal) && !linked.Contains(r.Id)).ToList())
                package.Unrelate(commentsPart, relationship.Id);
        }

        if (removedParagraphIds.Count > 0)
        {
            if (threads is var (threadsPart, threadsRoot))
            {
                threadsRoot.Elements(W15 + "commentEx").Where(e => e.Attribute(W15 + "paraId")?.Value is { } p && removedParagraphIds.Contains(p)).Remove();
                package.Changed(threadsPart);
            }

            var durable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (durableIds is var (idsPart, idsRoot))
            {
                foreach (var entry in idsRoot.Elements(W16Cid + "commentId").Where(e => e.Attribute(W16Cid + "paraId")?.Value is { } p && removedParagraphIds.Contains(p)).ToList())
                {
                    if (entry.Attribute(W16Cid + "durableId")?.Value is { } d) durable.Add(d);
                    entry.Remove();
                }

                package.Changed(idsPart);
            }

            if (extensible is var (extensiblePart, extensibleRoot))
            {
                extensibleRoot.Elements(W16Cex + "commentExtensible").Where(e => e.Attribute(W16Cex + "durableId")?.Value is { } d && durable.Contains(d)).Remove();
                package.Changed(extensiblePart);
            }
        }

        return (removedIds.Count, kept);
    }

    /// <summary>Adds a comment by <paramref name="author"/>; returns its id, for the markers in the text.</summary>
    public string Add(WordComment comment, string author, string initials, DateTime date)
    {
        if (comments is not var (commentsPart, commentsRoot))
        {
            commentsPart = package.FreeName(Main[..(Main.LastIndexOf('/') + 1)] + "comments.xml");
            commentsRoot = new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName), new XAttribute(XNamespace.Xmlns + "r", R.NamespaceName));
            package.Put(commentsPart, new XDocument(new XDeclaration("1.0", "utf-8", "yes"), commentsRoot), CommentsContentType);
            package.Relate(Main, PackageParts.RelationshipTypes + "comments", commentsPart[(Main.LastIndexOf('/') + 1)..]);
            comments = (commentsPart, commentsRoot);
        }

        package.Changed(commentsPart);
        string id = (nextId++).ToString(CultureInfo.InvariantCulture);
        // Word writes the local time marked as UTC, to the second, and the true UTC time in commentsExtensible.
        var local = new DateTime(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, DateTimeKind.Utc);
        var styles = package.Related(Main, "styles") is { } stylesPart && package.Xml(stylesPart)?.Root is { } stylesRoot
            ? stylesRoot.Elements(W + "style").Select(s => s.Attr("styleId")).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var element = new XElement(W + "comment", new XAttribute(W + "id", id), new XAttribute(W + "author", author), new XAttribute(W + "date", Iso(local)), new XAttribute(W + "initials", initials));
        string? lastParagraphId = null;
        bool numbered = threads is not null || durableIds is not null;
        if (numbered && commentsRoot.GetPrefixOfNamespace(W14) is null) commentsRoot.SetAttributeValue(XNamespace.Xmlns + "w14", W14.NamespaceName);
        for (int i = 0; i < comment.Paragraphs.Count; i++)
        {
            var paragraph = new XElement(W + "p");
            if (numbered) paragraph.SetAttributeValue(W14 + "paraId", lastParagraphId = Hex(Next(paragraphIdSequence, usedParagraphIds)));
            if (styles.Contains("CommentText"))
                paragraph.Add(new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(Val, "CommentText"))));
            if (i == 0)
            {
                var mark = new XElement(W + "r");
                if (styles.Contains("CommentReference")) mark.Add(new XElement(W + "rPr", new XElement(W + "rStyle", new XAttribute(Val, "CommentReference"))));
                mark.Add(new XElement(W + "annotationRef"));
                paragraph.Add(mark);
            }

            foreach (var run in comment.Paragraphs[i].Runs)
                paragraph.Add(Run(commentsPart, run));
            element.Add(paragraph);
        }

        commentsRoot.Add(element);
        if (lastParagraphId is null) return id;
        if (threads is var (threadsPart, threadsRoot))
        {
            threadsRoot.Add(new XElement(W15 + "commentEx", new XAttribute(W15 + "paraId", lastParagraphId), new XAttribute(W15 + "done", "0")));
            package.Changed(threadsPart);
        }

        if (durableIds is var (idsPart, idsRoot))
        {
            string durable = Hex(Next(durableIdSequence, usedDurableIds));
            idsRoot.Add(new XElement(W16Cid + "commentId", new XAttribute(W16Cid + "paraId", lastParagraphId), new XAttribute(W16Cid + "durableId", durable)));
            package.Changed(idsPart);
            if (extensible is var (extensiblePart, extensibleRoot))
            {
                extensibleRoot.Add(new XElement(W16Cex + "commentExtensible", new XAttribute(W16Cex + "durableId", durable), new XAttribute(W16Cex + "dateUtc", Iso(date.ToUniversalTime()))));
                package.Changed(extensiblePart);
            }
        }

        return id;
    }

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A comment's text as <see cref="WordComment.Text"/> gives it: paragraphs by line ends, tabs as tabs.</summary>
    public static string PlainText(XElement comment) =>
        string.Join("\n", comment.Elements(W + "p").Select(p =>
        {
            var sb = new StringBuilder();
            foreach (var e in p.Descendants())
            {
                if (e.Name == W + "t") sb.Append(e.Value);
                else if (e.Name == W + "tab") sb.Append('\t');
            }

            return sb.ToString();
        }));

    /// <summary>The text a comment is written with, as <see cref="PlainText"/> reads it back.</summary>
    public static string WrittenText(WordComment comment) =>
        string.Join("\n", comment.Paragraphs.Select(p => string.Concat(p.Runs.Select(r => WordTextContent.Safe(r.Text)))));

    private XElement Run(string commentsPart, WordCommentRun run)
    {
        var properties = new XElement(W + "rPr");
        if (run.Bold) properties.Add(new XElement(W + "b"));
        if (run.Link is not null)
        {
            properties.Add(new XElement(W + "color", new XAttribute(Val, "0563C1")));
            properties.Add(new XElement(W + "u", new XAttribute(Val, "single")));
        }

        var element = new XElement(W + "r");
        if (properties.HasElements) element.Add(properties);
        element.Add(WordTextContent.Runs(run.Text));
        if (run.Link is not { IsAbsoluteUri: true } link) return element;
        return new XElement(W + "hyperlink", new XAttribute(R + "id", LinkTo(commentsPart, link)), new XAttribute(W + "history", "1"), element);
    }

    /// <summary>The id of the comments part's relationship to an address: one per address, with ids that are the same on every run.</summary>
    private string LinkTo(string commentsPart, Uri address)
    {
        var relationships = package.Relationships(commentsPart);
        if (relationships.FirstOrDefault(r => r.Type == HyperlinkType && r.External && r.Target == address.AbsoluteUri && r.Id.StartsWith(LinkIdPrefix, StringComparison.Ordinal)) is { } existing)
            return existing.Id;
        var used = relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        int n = 1;
        while (used.Contains(LinkIdPrefix + n.ToString(CultureInfo.InvariantCulture))) n++;
        return package.Relate(commentsPart, HyperlinkType, address.AbsoluteUri, external: true, LinkIdPrefix + n.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Takes out a comment's range markers and reference marks; true when any was there.</summary>
    private static bool RemoveMarkers(XElement root, HashSet<string> ids)
    {
        bool Ours(XElement e) => e.Attribute(W + "id")?.Value is { } id && ids.Contains(id);
        var markers = root.Descendants().Where(e => (e.Name == W + "commentRangeStart" || e.Name == W + "commentRangeEnd") && Ours(e)).ToList();
        var references = root.Descendants(W + "commentReference").Where(Ours).ToList();
        foreach (var marker in markers) marker.Remove();
        foreach (var mark in references)
        {
            if (mark.Parent is { } run && run.Name == W + "r" && run.Elements().All(c => c == mark || c.Name == W + "rPr")) run.Remove();
            else mark.Remove();
        }

        return markers.Count + references.Count > 0;
    }

    /// <summary>Every part besides the main document whose XML can carry paragraph or durable ids.</summary>
    private IEnumerable<string> ContentParts()
    {
        foreach (var relationship in package.Relationships(Main))
        {
            if (relationship.Part is null) continue;
            string type = relationship.Type[(relationship.Type.LastIndexOf('/') + 1)..];
            if (type is "header" or "footer" or "footnotes" or "endnotes" or "comments" or "commentsIds" or "commentsExtensible")
                yield return relationship.Part;
        }
    }

    private void CollectIds(string xml)
    {
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
