using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Writers.Word;

/// <summary>
/// Puts a comment's range markers and its reference mark into paragraphs without changing their text: a marker goes
/// between runs, and a run is split in two (both keeping its properties) where the range starts or ends inside it.
/// Markers stay beside the run inside whatever holds it (a tracked insertion, a hyperlink, a content control); the
/// reference mark goes after that, directly in the paragraph, so it never becomes part of someone's tracked change.
/// </summary>
internal static class CommentAnchors
{
    /// <summary>Marks a range from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static void AroundParagraphs(W.Paragraph first, W.Paragraph last, string id)
    {
        AtStart(first, new W.CommentRangeStart { Id = id });
        var end = new W.CommentRangeEnd { Id = id };
        last.AppendChild(end);
        last.AppendChild(ReferenceRun(id));
    }

    /// <summary>Marks a range from the character at <paramref name="first"/> to the character at <paramref name="last"/>, both included.</summary>
    public static void AroundCharacters(TextPoint first, TextPoint last, string id)
    {
        // The end first: splitting at the end never moves the start's character out of the element it is in.
        var end = new W.CommentRangeEnd { Id = id };
        InsertAfter(last, end);
        InsertBefore(first, new W.CommentRangeStart { Id = id });
        ParagraphLevel(end).InsertAfterSelf(ReferenceRun(id));
    }

    private static W.Run ReferenceRun(string id) => new(new W.CommentReference { Id = id });

    private static void AtStart(W.Paragraph paragraph, OpenXmlElement marker)
    {
        if (paragraph.ParagraphProperties is { } properties) properties.InsertAfterSelf(marker);
        else paragraph.PrependChild(marker);
    }

    /// <summary>The element that holds <paramref name="element"/> directly in its paragraph.</summary>
    private static OpenXmlElement ParagraphLevel(OpenXmlElement element)
    {
        var top = element;
        while (top.Parent is { } parent and not W.Paragraph) top = parent;
        return top;
    }

    private static void InsertBefore(TextPoint point, OpenXmlElement marker)
    {
        var source = point.Source is W.Text text && point.Offset > 0 ? SplitText(text, point.Offset) : point.Source;
        if (source.Parent is not W.Run run)
        {
            source.InsertBeforeSelf(marker);
            return;
        }

        if (run.ChildElements.FirstOrDefault(c => c is not W.RunProperties) == source)
        {
            run.InsertBeforeSelf(marker);
            return;
        }

        SplitAndMark(source, marker);
    }

    private static void InsertAfter(TextPoint point, OpenXmlElement marker)
    {
        if (point.Source is W.Text text && point.Offset < text.Text.Length - 1)
        {
            var second = SplitText(text, point.Offset + 1);
            SplitAndMark(second, marker);
            return;
        }

        if (point.Source.Parent is not W.Run run)
        {
            point.Source.InsertAfterSelf(marker);
            return;
        }

        if (point.Source.NextSibling() is { } following) SplitAndMark(following, marker);
        else run.InsertAfterSelf(marker);
    }

    /// <summary>Splits the run before <paramref name="second"/> (a child of it) and puts the marker between the halves.</summary>
    private static void SplitAndMark(OpenXmlElement second, OpenXmlElement marker)
    {
        var run = (W.Run)(second.Parent ?? throw new InvalidOperationException("A run's content without a run."));
        SplitRunBefore(run, second);
        run.InsertAfterSelf(marker);
    }

    /// <summary>Moves <paramref name="from"/> and everything after it into a new run, with the same properties, after <paramref name="run"/>.</summary>
    private static void SplitRunBefore(W.Run run, OpenXmlElement from)
    {
        var second = (W.Run)run.CloneNode(deep: false);
        if (run.RunProperties is { } properties) second.AppendChild(properties.CloneNode(deep: true));
        var moving = new List<OpenXmlElement>();
        for (var e = from; e is not null; e = e.NextSibling()) moving.Add(e);
        foreach (var e in moving)
        {
            e.Remove();
            second.AppendChild(e);
        }

        run.InsertAfterSelf(second);
    }

    /// <summary>Splits a w:t at <paramref name="offset"/>; returns the second half, placed right after the first.</summary>
    private static W.Text SplitText(W.Text text, int offset)
    {
        string value = text.Text;
        var second = new W.Text(value[offset..]) { Space = SpaceProcessingModeValues.Preserve };
        text.Text = value[..offset];
        text.Space = SpaceProcessingModeValues.Preserve;
        text.InsertAfterSelf(second);
        return second;
    }
}
