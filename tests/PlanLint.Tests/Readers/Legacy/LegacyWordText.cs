using PlanLint.Readers.Word;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using PlanLint.Readers.Tables;
using M = DocumentFormat.OpenXml.Math;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Readers.Legacy;

/// <summary>A paragraph as Word draws it: paragraphs whose mark is deleted or hidden run on into the next (<see cref="Last"/>), whose mark it keeps.</summary>
internal sealed record WordParagraph(W.Paragraph Last, IReadOnlyList<W.Paragraph>? Before);

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
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly WordStyles styles;
    private readonly Dictionary<W.Paragraph, (ListItem Item, bool Spaced)> labels = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenXmlElement, List<WordParagraph>> paragraphsOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>One walker for every paragraph: a document is read on one thread, and this spares an allocation per paragraph.</summary>
    private readonly Walk walk;

    /// <summary>The text of a main document part's body, with the part's styles and list numbering.</summary>
    public static WordText Of(DocumentFormat.OpenXml.Packaging.MainDocumentPart main, W.Body body)
    {
        var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
        return new WordText(body, styles, new WordNumbering(main.NumberingDefinitionsPart?.Numbering, styles));
    }

    public WordText(OpenXmlElement body, WordStyles styles, WordNumbering numbering)
    {
        this.styles = styles;
        walk = new Walk(styles);
        if (numbering.IsEmpty) return;
        foreach (var paragraph in Paragraphs(body))
        {
            if (numbering.Next(paragraph.Last.ParagraphProperties) is { } label) labels[paragraph.Last] = label;
        }
    }


    /// <summary>A paragraph's text (list label first), its text without the label, its lines when it has more than one, and its list label.</summary>
    public sealed record DrawnParagraph(string Text, string Body, IReadOnlyList<(string Text, int Line)> Lines, ListItem? List);

    /// <summary>The paragraphs and tables of a body, cell or content control in reading order (content controls and custom XML seen through).</summary>
    public IReadOnlyList<(WordParagraph? Paragraph, W.Table? Table)> Blocks(OpenXmlElement container)
    {
        var blocks = new List<(WordParagraph?, W.Table?)>();
        List<W.Paragraph>? runOn = null;
        foreach (var element in BlockElements(container))
        {
            if (element is W.Paragraph paragraph)
            {
                if (RunsOn(paragraph))
                {
                    (runOn ??= []).Add(paragraph);
                    continue;
                }

                blocks.Add((new WordParagraph(paragraph, runOn), null));
                runOn = null;
            }
            else if (element is W.Table table)
            {
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
    public IReadOnlyList<WordParagraph> Paragraphs(OpenXmlElement container)
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
    public static IEnumerable<W.TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            switch (child)
            {
                case W.TableRow row:
                    if (!Removed(row)) yield return row;
                    break;
                case W.SdtRow or W.SdtContentRow or W.CustomXmlRow:
                    foreach (var inner in Rows(child)) yield return inner;
                    break;
                case AlternateContent alternate when Chosen(alternate) is { } branch:
                    foreach (var inner in Rows(branch)) yield return inner;
                    break;
            }
        }
    }

    private static bool Removed(W.TableRow row) =>
        row.TableRowProperties is { } properties
        && (properties.GetFirstChild<W.Deleted>() is not null || (properties.GetFirstChild<W.Hidden>() is { } hidden && WordStyles.IsOn(hidden.Val)));

    /// <summary>A row's own cells (through cell content controls, without deleted cells), not the cells of nested tables.</summary>
    public static IEnumerable<W.TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            switch (child)
            {
                case W.TableCell cell:
                    if (cell.TableCellProperties?.GetFirstChild<W.CellDeletion>() is null) yield return cell;
                    break;
                case W.SdtCell or W.SdtContentCell or W.CustomXmlCell:
                    foreach (var inner in Cells(child)) yield return inner;
                    break;
                case AlternateContent alternate when Chosen(alternate) is { } branch:
                    foreach (var inner in Cells(branch)) yield return inner;
                    break;
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
        var label = labels.TryGetValue(paragraph.Last, out var l) ? l : ((ListItem Item, bool Spaced)?)null;
        string shown = label is not { } list ? body : body.Length == 0 ? list.Item.Label : list.Item.Label + (list.Spaced ? " " : "") + body;
        var result = new DrawnParagraph(shown, body, text, label?.Item);
        return result;
    }

    /// <summary>The text of a paragraph as drawn.</summary>
    public string Text(WordParagraph paragraph) => Draw(paragraph).Text;

    /// <summary>A drawn character and where it is written: a character of a w:t at its offset, or an element that shows as one (a tab); no source for what no element holds one to one (a drop-down's choice, math).</summary>
    public readonly record struct TracedChar(char Char, OpenXmlElement? Source, int Offset);

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

        var label = labels.TryGetValue(paragraph.Last, out var l) ? l : ((ListItem Item, bool Spaced)?)null;
        return (trace, label?.Item.Label, label?.Spaced ?? false);
    }

    /// <summary>The first choice of an mc:AlternateContent whose requirements Word understands, else its fallback.</summary>
    public static OpenXmlElement? Chosen(AlternateContent content)
    {
        foreach (var choice in content.Elements<AlternateContentChoice>())
        {
            if (Understood(choice)) return choice;
        }

        return content.GetFirstChild<AlternateContentFallback>();
    }

    /// <summary>Whether Word reads every namespace a choice requires: those of the Office Open XML standard and of Microsoft Office.</summary>
    private static bool Understood(AlternateContentChoice choice)
    {
        if (choice.Requires?.Value is not { Length: > 0 } requires) return false;
        foreach (string prefix in requires.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string? ns = choice.LookupNamespace(prefix);
            if (ns is null || !(ns.StartsWith("http://schemas.microsoft.com/office/", StringComparison.Ordinal)
                || ns.StartsWith("http://schemas.openxmlformats.org/", StringComparison.Ordinal)
                || ns.StartsWith("urn:schemas-microsoft-com:", StringComparison.Ordinal)))
                return false;
        }

        return true;
    }

    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph or W.Table:
                    yield return child;
                    break;
                case W.SdtBlock or W.SdtContentBlock or W.CustomXmlBlock:
                    foreach (var inner in BlockElements(child)) yield return inner;
                    break;
                case AlternateContent alternate when Chosen(alternate) is { } branch:
                    foreach (var inner in BlockElements(branch)) yield return inner;
                    break;
            }
        }
    }

    private static WordParagraph Closed(List<W.Paragraph> runOn) => new(runOn[^1], runOn.Count > 1 ? runOn[..^1] : null);

    /// <summary>Whether a paragraph's mark is deleted, moved away or hidden, so Word draws it run on into the next paragraph.</summary>
    private bool RunsOn(W.Paragraph paragraph)
    {
        var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        if (mark is not null && (mark.GetFirstChild<W.Deleted>() is not null || mark.GetFirstChild<W.MoveFrom>() is not null)) return true;
        return styles.IsMarkHidden(paragraph.ParagraphProperties);
    }

    /// <summary>Whether the paragraph is inside a block, row or cell content control that shows its placeholder prompt.</summary>
    private static bool InPlaceholder(W.Paragraph paragraph)
    {
        for (var element = paragraph.Parent; element is not null and not W.Body; element = element.Parent)
        {
            if (element is W.SdtBlock or W.SdtCell or W.SdtRow && ShowsPlaceholder(element.GetFirstChild<W.SdtProperties>())) return true;
        }

        return false;
    }

    private static bool ShowsPlaceholder(W.SdtProperties? properties) =>
        properties?.GetFirstChild<W.ShowingPlaceholder>() is { } showing && WordStyles.IsOn(showing.Val);

    /// <summary>Walks one paragraph's content into lines of text, keeping the state of the fields it passes through.</summary>
    private sealed class Walk(WordStyles styles)
    {
        private readonly List<StringBuilder> lines = [new()];

        /// <summary>The fields entered and not yet ended: whether each is past its separator (showing its result), and a drop-down's choice.</summary>
        private readonly List<(bool Result, string? Choice)> fields = [];

        /// <summary>How many of <see cref="fields"/> are still in their instruction: text shows only when none is.</summary>
        private int inInstruction;

        private string? paragraphStyle;

        /// <summary>Where each drawn character is written, line by line, while a paragraph is traced; null otherwise.</summary>
        private List<List<TracedChar>>? trace;

        /// <summary>How deep the walk is in a typed copy of unmodelled markup, whose elements are not the document's.</summary>
        private int detached;

        public void Reset(List<List<TracedChar>>? tracing = null)
        {
            lines.Clear();
            lines.Add(new StringBuilder());
            fields.Clear();
            inInstruction = 0;
            detached = 0;
            trace = tracing;
        }

        private void Put(string text, OpenXmlElement? source)
        {
            lines[^1].Append(text);
            if (trace is null) return;
            if (detached > 0) source = null;
            bool offsets = source is W.Text;
            for (int i = 0; i < text.Length; i++) trace[^1].Add(new TracedChar(text[i], source, offsets ? i : 0));
        }

        private void Put(char c, OpenXmlElement source)
        {
            lines[^1].Append(c);
            trace?[^1].Add(new TracedChar(c, detached > 0 ? null : source, 0));
        }

        private void NewLine()
        {
            lines.Add(new StringBuilder());
            trace?.Add([]);
        }

        public void Paragraph(W.Paragraph paragraph)
        {
            paragraphStyle = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
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

        private void Inline(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case W.Run run:
                        Run(run);
                        break;
                    case W.InsertedRun or W.MoveToRun or W.Hyperlink or W.SimpleField or W.CustomXmlRun
                        or W.BidirectionalOverride or W.BidirectionalEmbedding or W.SdtContentRun:
                        Inline(child);
                        break;
                    case W.SdtRun control:
                        if (!ShowsPlaceholder(control.SdtProperties) && control.SdtContentRun is { } content) Inline(content);
                        break;
                    case AlternateContent alternate when Chosen(alternate) is { } branch:
                        Inline(branch);
                        break;
                    case M.OfficeMath or M.Paragraph:
                        if (Showing) foreach (var math in child.Descendants<M.Text>()) Put(math.Text, null);
                        break;
                    case OpenXmlUnknownElement { NamespaceUri: WordNamespace } unknown when Typed(unknown) is { } typed:
                        // w:smartTag (Word 2003–2007) and other WordprocessingML the SDK does not model: their runs are text,
                        // drawn from a typed copy, so no character of it is traced to the document.
                        detached++;
                        Inline(typed);
                        detached--;
                        break;
                }
            }
        }

        /// <summary>An unmodelled element's content read again as a paragraph's, so its runs are typed; null when it does not parse.</summary>
        private static W.Paragraph? Typed(OpenXmlUnknownElement unknown)
        {
            try
            {
                return new W.Paragraph($"<w:p xmlns:w=\"{WordNamespace}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">{unknown.InnerXml}</w:p>");
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or ArgumentException)
            {
                return null;
            }
        }

        private void Run(W.Run run) => RunContent(run, styles.IsHidden(run.RunProperties, paragraphStyle));

        private void RunContent(OpenXmlElement run, bool hidden)
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case W.FieldChar field:
                        Field(field, hidden);
                        break;
                    case W.FootnoteReference { CustomMarkFollows: { } custom } when WordStyles.IsOn(custom):
                    case W.EndnoteReference { CustomMarkFollows: { } endCustom } when WordStyles.IsOn(endCustom):
                        // The text after a custom footnote mark in its run is the mark itself.
                        return;
                    case W.Ruby ruby:
                        if (ruby.GetFirstChild<W.RubyBase>() is { } rubyBase) Inline(rubyBase);
                        break;
                    case AlternateContent alternate when Chosen(alternate) is { } branch:
                        RunContent(branch, hidden);
                        break;
                    default:
                        if (!hidden && Showing) Append(child);
                        break;
                }
            }
        }

        private void Append(OpenXmlElement content)
        {
            switch (content)
            {
                case W.Text text:
                    Put(text.Text, text);
                    break;
                case W.TabChar or W.PositionalTab:
                    Put(' ', content);
                    break;
                case W.Break br when br.Type is null || br.Type.InnerText is "textWrapping" or "":
                case W.CarriageReturn:
                    NewLine();
                    break;
                case W.Break:
                    Put(' ', content);
                    break;
                case W.NoBreakHyphen:
                    Put('-', content);
                    break;
                case W.SymbolChar symbol when int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)
                    && code is > 0x20 and < 0xD800 or > 0xF8FF and <= 0xFFFF:
                    // Symbol-font characters (U+F0xx) are glyphs, not letters.
                    Put((char)code, symbol);
                    break;
            }
        }

        private void Field(W.FieldChar field, bool hidden)
        {
            switch (field.FieldCharType?.InnerText)
            {
                case "begin":
                    fields.Add((false, DropDownChoice(field)));
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
        private static string? DropDownChoice(W.FieldChar field)
        {
            if (field.FormFieldData?.GetFirstChild<W.DropDownListFormField>() is not { } dropDown) return null;
            var entries = dropDown.Elements<W.ListEntryFormField>().Select(e => e.Val?.Value ?? "").ToList();
            int index = dropDown.GetFirstChild<W.DropDownListSelection>()?.Val?.Value
                ?? dropDown.GetFirstChild<W.DefaultDropDownListItemIndex>()?.Val?.Value ?? 0;
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
