using System.Globalization;
using System.Text;
using System.Xml.Linq;
using PlanLint.Readers.Tables;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Readers.Word;

/// <summary>A paragraph's list label, and whether a space separates it from the text.</summary>
internal sealed record ListLabel(ListItem Item, bool Spaced);

/// <summary>A field entered and not yet ended: whether it is past its separator (showing its result), and a drop-down's choice.</summary>
internal sealed record OpenField(bool Result, string? Choice);

/// <summary>A paragraph as Word draws it: paragraphs whose mark is deleted or hidden run on into the next (<see cref="Last"/>), whose mark it keeps.</summary>
internal sealed record WordParagraph(XElement Last, IReadOnlyList<XElement>? Before);

/// <summary>
/// The text a reader of a Word document sees, as Word draws it with tracked changes accepted:
/// <list type="bullet">
/// <item>Revisions: insertions and moved-to text in; deletions, moved-away text, deleted rows and cells out; a paragraph
/// whose mark is deleted runs on into the next; formatting changes (w:rPrChange, w:pPrChange, …) change nothing.</item>
/// <item>Hidden text (w:vanish in the run, its character style, its paragraph's style or the defaults) and hidden rows
/// are left out; a hidden paragraph mark runs the paragraph on into the next.</item>
/// <item>Fields show their result, never their instruction, nested or not (a drop-down form field its chosen entry);
/// hyperlinks, smart tags, custom XML and content controls show their content, except a control that shows its
/// placeholder prompt ("Click or tap here to enter text."), which holds nothing written; of mc:AlternateContent, the
/// first choice Word understands, else the fallback.</item>
/// <item>Comment marks, footnote and endnote references (and their custom marks), drawings, pictures, objects and text
/// boxes are not text of the paragraph.</item>
/// <item>Tabs are spaces; line breaks (Shift+Enter) split the paragraph into lines, which read as one text joined by
/// spaces; list numbering draws the list label before the text (<see cref="WordNumbering"/>).</item>
/// </list>
/// List labels are assigned to every paragraph of the body in document order when the text is made, so drawing a
/// paragraph twice, or out of order, changes nothing. Drawn paragraphs are not kept (a cell of 100,000 paragraphs is
/// drawn in full once; the few drawn again, to find header rows and blank cells, cost less than keeping them all).
/// </summary>
internal sealed class WordText
{
    private readonly WordStyles styles;
    // Labels and open fields are record classes, not tuples: a framework collection over a value type is JIT-compiled at
    // every start of the ReadyToRun build.
    private readonly Dictionary<XElement, ListLabel> labels = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<XElement, List<WordParagraph>> paragraphsOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>One walker for every paragraph: a document is read on one thread, and this spares an allocation per paragraph.</summary>
    private readonly Walk walk;

    /// <summary>The text of a body, with the roots of the document's styles and numbering parts.</summary>
    public static WordText Of(XElement body, XElement? styles, XElement? numbering)
    {
        var drawn = new WordStyles(styles);
        return new WordText(body, drawn, new WordNumbering(numbering, drawn));
    }

    public WordText(XElement body, WordStyles styles, WordNumbering numbering)
    {
        this.styles = styles;
        walk = new Walk(styles);
        if (numbering.IsEmpty) return;
        foreach (var paragraph in Paragraphs(body))
        {
            if (numbering.Next(paragraph.Last.Child("pPr")) is { } label) labels[paragraph.Last] = new ListLabel(label.Item, label.Spaced);
        }
    }


    /// <summary>A paragraph's text (list label first), its text without the label, its lines when it has more than one, and its list label.</summary>
    public sealed record DrawnParagraph(string Text, string Body, IReadOnlyList<(string Text, int Line)> Lines, ListItem? List);

    /// <summary>The paragraphs and tables of a body, cell or content control in reading order (content controls and custom XML seen through).</summary>
    public IReadOnlyList<(WordParagraph? Paragraph, XElement? Table)> Blocks(XElement container)
    {
        var blocks = new List<(WordParagraph?, XElement?)>();
        List<XElement>? runOn = null;
        foreach (var element in BlockElements(container))
        {
            if (element.Is("p"))
            {
                var paragraph = element;
                if (RunsOn(paragraph))
                {
                    (runOn ??= []).Add(paragraph);
                    continue;
                }

                blocks.Add((new WordParagraph(paragraph, runOn), null));
                runOn = null;
            }
            else
            {
                var table = element;
                if (runOn is not null) blocks.Add((Closed(runOn), null));
                runOn = null;
                blocks.Add((null, table));
            }
        }

        if (runOn is not null) blocks.Add((Closed(runOn), null));
        return blocks;
    }

    /// <summary>
    /// The paragraphs of a cell or of the body in reading order, including those in content controls and, flattened row
    /// by row, in nested tables (whose text belongs to the cell that holds them). Worked out once per container.
    /// </summary>
    public IReadOnlyList<WordParagraph> Paragraphs(XElement container)
    {
        if (paragraphsOf.TryGetValue(container, out var known)) return known;
        var paragraphs = new List<WordParagraph>();
        foreach (var (paragraph, table) in Blocks(container))
        {
            if (paragraph is not null)
            {
                paragraphs.Add(paragraph);
                continue;
            }

            foreach (var row in Rows(table!))
            {
                foreach (var cell in Cells(row))
                    paragraphs.AddRange(Paragraphs(cell));
            }
        }

        paragraphsOf[container] = paragraphs;
        return paragraphs;
    }

    /// <summary>A table's rows as Word shows them: through row content controls, without deleted or hidden rows.</summary>
    public static IEnumerable<XElement> Rows(XElement table)
    {
        foreach (var child in table.Elements())
        {
            if (child.Name.Namespace == W)
            {
                switch (child.Name.LocalName)
                {
                    case "tr":
                        if (!Removed(child)) yield return child;
                        break;
                    case "sdt" or "sdtContent" or "customXml":
                        foreach (var inner in Rows(child)) yield return inner;
                        break;
                }
            }
            else if (IsAlternateContent(child) && Chosen(child) is { } branch)
            {
                foreach (var inner in Rows(branch)) yield return inner;
            }
        }
    }

    private static bool Removed(XElement row) =>
        row.Child("trPr") is { } properties && (properties.Child("del") is not null || properties.Child("hidden").IsOn());

    /// <summary>A row's own cells (through cell content controls, without deleted cells), not the cells of nested tables.</summary>
    public static IEnumerable<XElement> Cells(XElement row)
    {
        foreach (var child in row.Elements())
        {
            if (child.Name.Namespace == W)
            {
                switch (child.Name.LocalName)
                {
                    case "tc":
                        if (child.Child("tcPr").Child("cellDel") is null) yield return child;
                        break;
                    case "sdt" or "sdtContent" or "customXml":
                        foreach (var inner in Cells(child)) yield return inner;
                        break;
                }
            }
            else if (IsAlternateContent(child) && Chosen(child) is { } branch)
            {
                foreach (var inner in Cells(branch)) yield return inner;
            }
        }
    }

    /// <summary>A paragraph as drawn.</summary>
    public DrawnParagraph Draw(WordParagraph paragraph)
    {
        walk.Reset();
        if (!InPlaceholder(paragraph.Last))
        {
            foreach (var part in paragraph.Before ?? []) walk.Paragraph(part);
            walk.Paragraph(paragraph.Last);
        }

        var (body, text) = walk.Finish();
        var label = labels.TryGetValue(paragraph.Last, out var l) ? l : null;
        string shown = label is null ? body : body.Length == 0 ? label.Item.Label : label.Item.Label + (label.Spaced ? " " : "") + body;
        var result = new DrawnParagraph(shown, body, text, label?.Item);
        return result;
    }

    /// <summary>The text of a paragraph as drawn.</summary>
    public string Text(WordParagraph paragraph) => Draw(paragraph).Text;

    /// <summary>A drawn character and where it is written: a character of a w:t at its offset, or an element that shows as one (a tab); no source for what no element holds one to one (a drop-down's choice, math).</summary>
    public readonly record struct TracedChar(char Char, XElement? Source, int Offset);

    /// <summary>
    /// A paragraph's characters as drawn, before white space is collapsed: every line (empty ones too, numbered as the
    /// reader numbers them), and the list label drawn before them. <see cref="Draw"/> gives the same text collapsed;
    /// this is for putting something on a phrase of it (a comment) without changing it.
    /// </summary>
    public (IReadOnlyList<IReadOnlyList<TracedChar>> Lines, string? Label, bool Spaced) Trace(WordParagraph paragraph)
    {
        var trace = new List<List<TracedChar>> { new() };
        walk.Reset(trace);
        try
        {
            if (!InPlaceholder(paragraph.Last))
            {
                foreach (var part in paragraph.Before ?? []) walk.Paragraph(part);
                walk.Paragraph(paragraph.Last);
            }
        }
        finally
        {
            walk.Reset();
        }

        var label = labels.TryGetValue(paragraph.Last, out var l) ? l : null;
        return (trace, label?.Item.Label, label?.Spaced ?? false);
    }

    public static bool IsAlternateContent(XElement element) => element.Name == Mc + "AlternateContent";

    /// <summary>The first choice of an mc:AlternateContent whose requirements Word understands, else its fallback.</summary>
    public static XElement? Chosen(XElement content)
    {
        foreach (var choice in content.Elements(Mc + "Choice"))
        {
            if (Understood(choice)) return choice;
        }

        return content.Element(Mc + "Fallback");
    }

    /// <summary>Whether Word reads every namespace a choice requires: those of the Office Open XML standard and of Microsoft Office.</summary>
    private static bool Understood(XElement choice)
    {
        if (choice.Attribute("Requires")?.Value is not { Length: > 0 } requires) return false;
        foreach (string prefix in requires.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string? ns = choice.GetNamespaceOfPrefix(prefix)?.NamespaceName;
            if (ns is null || !(ns.StartsWith("http://schemas.microsoft.com/office/", StringComparison.Ordinal)
                || ns.StartsWith("http://schemas.openxmlformats.org/", StringComparison.Ordinal)
                || ns.StartsWith("urn:schemas-microsoft-com:", StringComparison.Ordinal)))
                return false;
        }

        return true;
    }

    private static IEnumerable<XElement> BlockElements(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name.Namespace == W)
            {
                switch (child.Name.LocalName)
                {
                    case "p" or "tbl":
                        yield return child;
                        break;
                    case "sdt" or "sdtContent" or "customXml":
                        foreach (var inner in BlockElements(child)) yield return inner;
                        break;
                }
            }
            else if (IsAlternateContent(child) && Chosen(child) is { } branch)
            {
                foreach (var inner in BlockElements(branch)) yield return inner;
            }
        }
    }

    private static WordParagraph Closed(List<XElement> runOn) => new(runOn[^1], runOn.Count > 1 ? runOn[..^1] : null);

    /// <summary>Whether a paragraph's mark is deleted, moved away or hidden, so Word draws it run on into the next paragraph.</summary>
    private bool RunsOn(XElement paragraph)
    {
        var properties = paragraph.Child("pPr");
        var mark = properties.Child("rPr");
        if (mark is not null && (mark.Child("del") is not null || mark.Child("moveFrom") is not null)) return true;
        return styles.IsMarkHidden(properties);
    }

    /// <summary>Whether the paragraph is inside a block, row or cell content control that shows its placeholder prompt.</summary>
    private static bool InPlaceholder(XElement paragraph)
    {
        for (var element = paragraph.Parent; element is not null && !element.Is("body"); element = element.Parent)
        {
            if (element.Is("sdt") && ShowsPlaceholder(element.Child("sdtPr"))) return true;
        }

        return false;
    }

    private static bool ShowsPlaceholder(XElement? properties) => properties.Child("showingPlcHdr").IsOn();

    /// <summary>Walks one paragraph's content into lines of text, keeping the state of the fields it passes through.</summary>
    private sealed class Walk(WordStyles styles)
    {
        private readonly List<StringBuilder> lines = [new()];

        /// <summary>The fields entered and not yet ended: whether each is past its separator (showing its result), and a drop-down's choice.</summary>
        private readonly List<OpenField> fields = [];

        /// <summary>How many of <see cref="fields"/> are still in their instruction: text shows only when none is.</summary>
        private int inInstruction;

        private string? paragraphStyle;

        /// <summary>Where each drawn character is written, line by line, while a paragraph is traced; null otherwise.</summary>
        private List<List<TracedChar>>? trace;

        public void Reset(List<List<TracedChar>>? tracing = null)
        {
            lines.Clear();
            lines.Add(new StringBuilder());
            fields.Clear();
            inInstruction = 0;
            trace = tracing;
        }

        private void Put(string text, XElement? source)
        {
            lines[^1].Append(text);
            if (trace is null) return;
            bool offsets = source is not null && source.Is("t");
            for (int i = 0; i < text.Length; i++) trace[^1].Add(new TracedChar(text[i], source, offsets ? i : 0));
        }

        private void Put(char c, XElement source)
        {
            lines[^1].Append(c);
            trace?[^1].Add(new TracedChar(c, source, 0));
        }

        private void NewLine()
        {
            lines.Add(new StringBuilder());
            trace?.Add([]);
        }

        public void Paragraph(XElement paragraph)
        {
            paragraphStyle = paragraph.Child("pPr").Child("pStyle").ValOf();
            Inline(paragraph);
        }

        /// <summary>
        /// The paragraph's text, its lines joined by spaces; and, when more than one line has text, those lines, each with
        /// its number among all the paragraph's lines (none otherwise: most paragraphs have one line, and need no list).
        /// </summary>
        public (string Text, IReadOnlyList<(string Text, int Line)> Lines) Finish()
        {
            if (lines.Count == 1) return (Normalise(lines[0]), []);
            var written = new List<(string Text, int Line)>();
            for (int i = 0; i < lines.Count; i++)
            {
                string line = Normalise(lines[i]);
                if (line.Length > 0) written.Add((line, i + 1));
            }

            return written.Count switch
            {
                0 => ("", []),
                1 => (written[0].Text, []),
                _ => (string.Join(" ", written.Select(l => l.Text)), written),
            };
        }

        private bool Showing => inInstruction == 0;

        private void Inline(XElement container)
        {
            foreach (var child in container.Elements())
            {
                if (child.Name.Namespace == W)
                {
                    switch (child.Name.LocalName)
                    {
                        case "r":
                            Run(child);
                            break;
                        case "ins" or "moveTo" or "hyperlink" or "fldSimple" or "customXml" or "bdo" or "dir" or "sdtContent":
                            Inline(child);
                            break;
                        case "sdt":
                            if (!ShowsPlaceholder(child.Child("sdtPr")) && child.Child("sdtContent") is { } content) Inline(content);
                            break;
                        case var name when !NotText.Contains(name):
                            // w:smartTag (Word 2003–2007) and other WordprocessingML a paragraph does not hold by the
                            // schema: their runs are text, as Word shows them.
                            Inline(child);
                            break;
                    }
                }
                else if (IsAlternateContent(child))
                {
                    if (Chosen(child) is { } branch) Inline(branch);
                }
                else if (child.Name == M + "oMath" || child.Name == M + "oMathPara")
                {
                    if (Showing) foreach (var math in child.Descendants(M + "t")) Put(math.Value, null);
                }
            }
        }

        /// <summary>WordprocessingML a paragraph, or what holds its runs, may hold that shows no text of the paragraph.</summary>
        private static readonly HashSet<string> NotText = new(StringComparer.Ordinal)
        {
            "pPr", "rPr", "del", "moveFrom", "proofErr", "permStart", "permEnd", "bookmarkStart", "bookmarkEnd",
            "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "commentRangeStart", "commentRangeEnd",
            "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
            "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
            "subDoc", "fldData", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "rubyPr",
        };

        private void Run(XElement run) => RunContent(run, styles.IsHidden(run.Child("rPr"), paragraphStyle));

        private void RunContent(XElement run, bool hidden)
        {
            foreach (var child in run.Elements())
            {
                if (IsAlternateContent(child))
                {
                    if (Chosen(child) is { } branch) RunContent(branch, hidden);
                    continue;
                }

                if (child.Name.Namespace != W) continue;
                switch (child.Name.LocalName)
                {
                    case "fldChar":
                        Field(child, hidden);
                        break;
                    case "footnoteReference" or "endnoteReference" when child.Attr("customMarkFollows") is { } custom && IsOn(custom):
                        // The text after a custom footnote mark in its run is the mark itself.
                        return;
                    case "ruby":
                        if (child.Child("rubyBase") is { } rubyBase) Inline(rubyBase);
                        break;
                    default:
                        if (!hidden && Showing) Append(child);
                        break;
                }
            }
        }

        private void Append(XElement content)
        {
            switch (content.Name.LocalName)
            {
                case "t":
                    Put(content.Value, content);
                    break;
                case "tab" or "ptab":
                    Put(' ', content);
                    break;
                case "br" when content.Attr("type") is null or "textWrapping" or "":
                case "cr":
                    NewLine();
                    break;
                case "br":
                    Put(' ', content);
                    break;
                case "noBreakHyphen":
                    Put('-', content);
                    break;
                case "sym" when int.TryParse(content.Attr("char"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)
                    && code is > 0x20 and < 0xD800 or > 0xF8FF and <= 0xFFFF:
                    // Symbol-font characters (U+F0xx) are glyphs, not letters.
                    Put((char)code, content);
                    break;
            }
        }

        private void Field(XElement field, bool hidden)
        {
            switch (field.Attr("fldCharType"))
            {
                case "begin":
                    fields.Add(new OpenField(false, DropDownChoice(field)));
                    inInstruction++;
                    break;
                case "separate" when fields.Count > 0 && !fields[^1].Result && fields[^1].Choice is null:
                    // A drop-down shows its chosen entry, not a result (a producer may write an empty one).
                    fields[^1] = fields[^1] with { Result = true };
                    inInstruction--;
                    break;
                case "end" when fields.Count > 0:
                    var (result, choice) = fields[^1];
                    fields.RemoveAt(fields.Count - 1);
                    if (!result) inInstruction--;
                    if (!result && choice is not null && !hidden && Showing) Put(choice, null);
                    break;
            }
        }

        /// <summary>The entry a drop-down form field shows (it has no result text): its w:result, else its w:default, else the first.</summary>
        private static string? DropDownChoice(XElement field)
        {
            if (field.Child("ffData").Child("ddList") is not { } dropDown) return null;
            var entries = dropDown.Elements(W + "listEntry").Select(e => e.ValOf() ?? "").ToList();
            int index = Int(dropDown.Child("result").ValOf()) ?? Int(dropDown.Child("default").ValOf()) ?? 0;
            return index >= 0 && index < entries.Count ? entries[index] : null;
        }

        private static string Normalise(StringBuilder line)
        {
            bool clean = line.Length == 0 || (!char.IsWhiteSpace(line[0]) && !char.IsWhiteSpace(line[^1]));
            for (int i = 1; clean && i < line.Length; i++)
            {
                if (char.IsWhiteSpace(line[i]) && (line[i] != ' ' || line[i - 1] == ' ')) clean = false;
            }

            if (clean) return line.ToString();
            var sb = new StringBuilder(line.Length);
            bool space = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
