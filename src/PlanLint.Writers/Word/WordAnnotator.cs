using System.Xml.Linq;
using PlanLint.Readers.Word;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Writers.Word;

/// <summary>
/// Writes a copy of a Word draft with comments in it, as a reviewer would add them: each anchored on the phrase,
/// paragraph, cell or row it is about. The copy is the draft with comment markers added and runs split where a
/// phrase starts or ends inside one, nothing else: its text, tracked changes, content controls, styles, layout and
/// other people's comments (with their replies and resolved state) stay as they were. Comments this annotator wrote
/// on an earlier run are replaced, except those someone replied to, which stay with their thread.
/// </summary>
public static class WordAnnotator
{
    /// <summary>The author PlanLint's comments carry, and by which (with <see cref="Initials"/>) they are recognised on the next run.</summary>
    public const string Author = "PlanLint";

    public const string Initials = "PL";

    /// <summary>Annotates a copy of <paramref name="draft"/> (the bytes of a .docx the Word reader has opened).</summary>
    /// <exception cref="InvalidDataException">The package has no main document or body.</exception>
    /// <exception cref="System.Xml.XmlException">A part is not well-formed XML.</exception>
    public static AnnotatedDocument Annotate(ReadOnlyMemory<byte> draft, IReadOnlyList<WordComment> comments, DateTime date, WordLimits? limits = null)
    {
        int added = 0, removed, keptForReplies, onTitle = 0;
        var package = PackageParts.Open(draft, (limits ?? WordLimits.Default).MaxPartBytes);
        var xml = package.Xml(package.MainPart) ?? throw new InvalidDataException("The package has no main document.");
        var body = xml.Root?.Child("body") ?? throw new InvalidDataException("The main document has no body.");
        var store = DocumentComments.Open(package, xml);
        (removed, var kept) = store.RemoveBy(Author, Initials);
        // Places are counted as the reader counted them; adding comment marks changes no paragraph, row or cell.
        var places = WordPlaces.Of(body, Root(package, "styles"), Root(package, "numbering"));
        keptForReplies = kept.Values.Sum();
        foreach (var comment in comments)
        {
            string text = DocumentComments.WrittenText(comment);
            if (kept.TryGetValue(text, out int left) && left > 0)
            {
                kept[text] = left - 1;
                continue;
            }

            string id = store.Add(comment, Author, Initials, date);
            if (!Anchor(body, places, comment, id)) onTitle++;
            added++;
        }

        package.Changed(package.MainPart);
        byte[] content = package.Save();
        return new AnnotatedDocument(content) { Added = added, Removed = removed, KeptForReplies = keptForReplies, OnTitleInstead = onTitle };
    }

    /// <summary>Marks the comment's range in the text; false when its place was not found and it went on the title.</summary>
    private static bool Anchor(XElement body, WordPlaces places, WordComment comment, string id)
    {
        if (comment.Place is { } place && places.Find(place) is { } match)
        {
            if (comment.Phrase is { Length: > 0 } phrase)
            {
                foreach (var paragraph in match.Paragraphs)
                {
                    if (VisibleText.Of(places.Text, paragraph).Find(phrase, comment.PhraseOffset) is { } range)
                    {
                        CommentAnchors.AroundCharacters(range.First, range.Last, id);
                        return true;
                    }
                }

                // An action whose steps are list items is placed at its first paragraph and reads on to its last.
                if (VisibleText.Find(places.FromParagraphOn(place).Select(p => VisibleText.Of(places.Text, p)), phrase, comment.PhraseOffset) is { } steps)
                {
                    CommentAnchors.AroundCharacters(steps.First, steps.Last, id);
                    return true;
                }
            }

            if (match is { Line: { } line, Paragraphs: [var single] } && VisibleText.Of(places.Text, single).LineRange(line) is { } lineRange)
            {
                CommentAnchors.AroundCharacters(lineRange.First, lineRange.Last, id);
                return true;
            }

            CommentAnchors.AroundParagraphs(match.First, match.LastParagraph, id);
            return true;
        }

        var title = places.Title() ?? NewLastParagraph(body);
        CommentAnchors.AroundParagraphs(title, title, id);
        return comment.Place is null;
    }

    /// <summary>A paragraph for a body with none, before its section properties (which must come last).</summary>
    private static XElement NewLastParagraph(XElement body)
    {
        var paragraph = new XElement(W + "p");
        if (body.Elements().LastOrDefault() is { } last && last.Is("sectPr")) last.AddBeforeSelf(paragraph);
        else body.Add(paragraph);
        return paragraph;
    }

    private static XElement? Root(PackageParts package, string type) =>
        package.Related(package.MainPart, type) is { } part ? package.Xml(part)?.Root : null;
}
