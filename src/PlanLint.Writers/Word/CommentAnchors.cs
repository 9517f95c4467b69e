using System.Xml.Linq;
using PlanLint.Readers.Word;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Writers.Word;

/// <summary>
/// Puts a comment's range markers and its reference mark into paragraphs without changing their text: a marker goes
/// between runs, and a run is split in two (both keeping its properties) where the range starts or ends inside it.
/// Markers stay beside the run inside whatever holds it (a tracked insertion, a hyperlink, a content control); the
/// reference mark goes after that, directly in the paragraph, so it never becomes part of someone's tracked change.
/// </summary>
internal static class CommentAnchors
{
    /// <summary>Marks a range from the start of <paramref name="first"/> to the end of <paramref name="last"/> (w:p elements).</summary>
    public static void AroundParagraphs(XElement first, XElement last, string id)
    {
        AtStart(first, Marker("commentRangeStart", id));
        last.Add(Marker("commentRangeEnd", id));
        last.Add(ReferenceRun(id));
    }

    /// <summary>Marks a range from the character at <paramref name="first"/> to the character at <paramref name="last"/>, both included.</summary>
    public static void AroundCharacters(TextPoint first, TextPoint last, string id)
    {
        // The end first: splitting at the end never moves the start's character out of the element it is in.
        var end = Marker("commentRangeEnd", id);
        InsertAfter(last, end);
        InsertBefore(first, Marker("commentRangeStart", id));
        ParagraphLevel(end).AddAfterSelf(ReferenceRun(id));
    }

    private static XElement Marker(string name, string id) => new(W + name, new XAttribute(W + "id", id));

    private static XElement ReferenceRun(string id) => new(W + "r", Marker("commentReference", id));

    private static void AtStart(XElement paragraph, XElement marker)
    {
        if (paragraph.Child("pPr") is { } properties) properties.AddAfterSelf(marker);
        else paragraph.AddFirst(marker);
    }

    /// <summary>The element that holds <paramref name="element"/> directly in its paragraph.</summary>
    private static XElement ParagraphLevel(XElement element)
    {
        var top = element;
        while (top.Parent is { } parent && !parent.Is("p")) top = parent;
        return top;
    }

    private static bool IsText(XElement element) => element.Is("t");

    private static void InsertBefore(TextPoint point, XElement marker)
    {
        var source = IsText(point.Source) && point.Offset > 0 ? SplitText(point.Source, point.Offset) : point.Source;
        if (source.Parent is not { } run || !run.Is("r"))
        {
            source.AddBeforeSelf(marker);
            return;
        }

        if (run.Elements().FirstOrDefault(c => !c.Is("rPr")) == source)
        {
            run.AddBeforeSelf(marker);
            return;
        }

        SplitAndMark(source, marker);
    }

    private static void InsertAfter(TextPoint point, XElement marker)
    {
        if (IsText(point.Source) && point.Offset < point.Source.Value.Length - 1)
        {
            var second = SplitText(point.Source, point.Offset + 1);
            SplitAndMark(second, marker);
            return;
        }

        if (point.Source.Parent is not { } run || !run.Is("r"))
        {
            point.Source.AddAfterSelf(marker);
            return;
        }

        if (point.Source.ElementsAfterSelf().FirstOrDefault() is { } following) SplitAndMark(following, marker);
        else run.AddAfterSelf(marker);
    }

    /// <summary>Splits the run before <paramref name="second"/> (a child of it) and puts the marker between the halves.</summary>
    private static void SplitAndMark(XElement second, XElement marker)
    {
        var run = second.Parent ?? throw new InvalidOperationException("A run's content without a run.");
        SplitRunBefore(run, second);
        run.AddAfterSelf(marker);
    }

    /// <summary>Moves <paramref name="from"/> and everything after it into a new run, with the same properties, after <paramref name="run"/>.</summary>
    private static void SplitRunBefore(XElement run, XElement from)
    {
        var second = new XElement(run.Name, run.Attributes());
        if (run.Child("rPr") is { } properties) second.Add(new XElement(properties));
        var moving = new List<XNode> { from };
        moving.AddRange(from.NodesAfterSelf());
        foreach (var node in moving) node.Remove();
        second.Add(moving);
        run.AddAfterSelf(second);
    }

    /// <summary>Splits a w:t at <paramref name="offset"/>; returns the second half, placed right after the first.</summary>
    private static XElement SplitText(XElement text, int offset)
    {
        string value = text.Value;
        var preserve = new XAttribute(XNamespace.Xml + "space", "preserve");
        var second = new XElement(W + "t", preserve, value[offset..]);
        text.Value = value[..offset];
        text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        text.AddAfterSelf(second);
        return second;
    }
}
