using System.Globalization;
using System.Xml.Linq;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Readers.Word;
using PlanLint.Readers.Writing;
using static PlanLint.Readers.Word.WordML;
using static PlanLint.Writers.Word.HmppsTemplate;

namespace PlanLint.Writers.Word;

/// <summary>A rendered plan, and where reading it back does not give the plan it was rendered from (empty when it does).</summary>
public sealed record RenderedPlan(byte[] Content, IReadOnlyList<string> Differences);

/// <summary>
/// Writes a plan as a Word document in the HMPPS template's layout: the title block (organisation, establishment,
/// submission, inspection and publication dates), the introduction, for recommendation-format plans the key to the
/// agreement categories, then the plan table: its header row repeated on every page, each section as a row across the
/// table, and each recommendation as rows of actions with the owner and target date beside each (the recommendation's
/// own cells merged down them, and an owner or target date cell the plan says several actions share merged down theirs).
/// The layout follows the Word reader's rules (docs/readers.md), and the document is read back before it is returned:
/// anything that would not read back as the plan is listed in <see cref="RenderedPlan.Differences"/>.
/// Suppressions and other PlanLint-only data are not printed.
/// </summary>
public static class WordPlanRenderer
{
    /// <summary>Renders the plan on the built-in template, or on <paramref name="template"/> (a .docx or .dotx) whose styles, page setup, headers and footers are used.</summary>
    /// <exception cref="InvalidDataException">The template is not a Word document or template that can be used.</exception>
    public static RenderedPlan Render(ActionPlan plan, byte[]? template = null)
    {
        PackageParts package;
        if (template is { } bytes)
        {
            if (WordPackageGuard.Check(bytes, WordLimits.Default) is { } refused)
                throw new InvalidDataException(refused);
            package = PackageParts.Open(bytes, WordLimits.Default.MaxPartBytes);
            OnTemplate(package, plan);
        }
        else
        {
            package = PackageParts.Create();
            string main = package.MainPart;
            package.Put(main, new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XElement(W + "document",
                new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName), new XAttribute(XNamespace.Xmlns + "r", R.NamespaceName))), DocumentContentType);
            package.Relate("/", PackageParts.RelationshipTypes + "officeDocument", main.TrimStart('/'));
            AddMissingStyles(package);
            string footer = AddFooter(package);
            package.Xml(main)!.Root!.Add(Body(plan, Section(footer)));
        }

        byte[] content = package.Save();
        return new RenderedPlan(content, RenderCheck.Differences(plan, content));
    }

    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static void OnTemplate(PackageParts package, ActionPlan plan)
    {
        string main = package.MainPart;
        switch (package.ContentType(main))
        {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":
                package.SetContentType(main, DocumentContentType);
                break;
            case "application/vnd.ms-word.document.macroEnabled.main+xml" or "application/vnd.ms-word.template.macroEnabledTemplate.main+xml":
                throw new InvalidDataException("The template holds macros (.docm or .dotm); save it as a .docx or .dotx without them.");
            case DocumentContentType:
                break;
            default:
                throw new InvalidDataException("The template has no main document.");
        }

        var document = package.Xml(main)?.Root is { } root && root.Name == W + "document" ? root
            : throw new InvalidDataException("The template has no main document.");
        var oldBody = document.Child("body");
        var section = oldBody?.Elements(W + "sectPr").LastOrDefault() is { } kept ? new XElement(kept) : Section(footerId: null);
        // The template's own body goes, and with it the comments that were anchored in it.
        foreach (string type in new[] { PackageParts.RelationshipTypes + "comments", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
            "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible" })
        {
            foreach (var relationship in package.Relationships(main).Where(r => r.Type == type).ToList())
            {
                if (relationship.Part is { } part) package.Delete(part);
                package.Unrelate(main, relationship.Id);
            }
        }

        AddMissingStyles(package);
        if (oldBody is null) document.Add(Body(plan, section));
        else oldBody.ReplaceWith(Body(plan, section));
        package.Changed(main);
    }

    private static XElement Body(ActionPlan plan, XElement section)
    {
        var body = E("body");
        bool recommendations = plan.Format == PlanFormat.Recommendations;
        body.Add(Paragraph(Organisation, bold: true));
        if (plan.Establishment is { } establishment && !ActionRows.IsBlank(establishment))
            body.Add(Paragraph("Action Plan: " + establishment, style: HmppsTemplate.TitleStyle));
        if (plan.Submitted is { } submitted)
            body.Add(Paragraph("Action Plan Submitted: " + Date(submitted)));
        if (Inspection(plan) is { } inspection)
            body.Add(Paragraph("A Response to the HMIP Inspection: " + inspection));
        if (plan.ReportPublished is { } published)
            body.Add(Paragraph("Report Published: " + Date(published)));
        body.Add(Paragraph("INTRODUCTION", style: HmppsTemplate.HeadingStyle));
        body.Add(Paragraph(recommendations ? HmppsTemplate.RecommendationsIntroduction : HmppsTemplate.ConcernsIntroduction));
        if (recommendations)
        {
            body.Add(AgreementKey(Widths(section, [2200, 6400, 6798])));
            body.Add(Paragraph(""));
        }

        // The heading and the establishment line stay on the page where the table starts.
        body.Add(Paragraph("ACTION PLAN: HMIP REPORT", style: HmppsTemplate.HeadingStyle, keepWithNext: true));
        if (plan.Establishment is { } name && !ActionRows.IsBlank(name))
            body.Add(Paragraph("ESTABLISHMENT: " + name.ToUpperInvariant(), bold: true, keepWithNext: true));
        body.Add(PlanTable(plan, section));
        // Word wants a paragraph between a table and the end of the document.
        body.Add(Paragraph(""));
        body.Add(section);
        return body;
    }

    private static string? Inspection(ActionPlan plan) => (plan.InspectionStart, plan.InspectionEnd) switch
    {
        ({ } start, { } end) when start == end => Date(start),
        ({ } start, { } end) => Date(start) + " \u2013 " + Date(end),
        ({ } start, null) => Date(start),
        (null, { } end) => Date(end),
        _ => null,
    };

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static XElement PlanTable(ActionPlan plan, XElement section)
    {
        bool recommendations = plan.Format == PlanFormat.Recommendations;
        string[] headers = recommendations
            ? ["1. Rec No", "2. Recommendation", "3. Agreed/ Partly Agreed/ Not Agreed", "4. Response Action Taken/Planned", "5. Responsible Owner", "6. Target Date"]
            : ["1. Rec No", "2. Concerns", "3. Response Action Taken/Planned", "4. Responsible Owner", "5. Target Date"];
        int[] widths = Widths(section, recommendations ? [900, 3500, 1500, 5500, 2200, 1798] : [900, 4300, 6300, 2300, 1598]);

        var table = Table(widths);
        table.Add(E("tr", E("trPr", E("tblHeader")), headers.Select((h, i) => Cell(widths[i], [Paragraph(h, bold: true)], shading: "D9E2F3"))));

        string? printedSection = null;
        foreach (var concern in plan.Concerns)
        {
            // A heading the reader would not take for a section row would be read as concern text, so it is left out
            // (and reported by the read-back check) rather than misread.
            if (concern.Section is { } heading && heading != printedSection && CellText.IsSectionHeading(ActionRows.CellValue(heading)))
            {
                table.Add(E("tr", Cell(widths.Sum(), [Paragraph(heading, bold: true)], span: widths.Length, shading: "F2F2F2")));
                printedSection = heading;
            }

            foreach (var row in Rows(concern, widths, recommendations))
                table.Add(row);
        }

        return table;
    }

    private static IEnumerable<XElement> Rows(Concern concern, int[] widths, bool recommendations)
    {
        var groups = ActionRows.Of(concern);
        // Per row and field, the action whose cell all the row's actions share (so one cell, merged down the rows that share it too).
        int? Merged(int row, string field)
        {
            if (row >= groups.Count || groups[row].Count == 0) return null;
            var actions = groups[row];
            int cell = ActionRows.SharedCell(concern, actions[0], field) ?? actions[0].Index;
            return actions.Skip(1).All(a => ActionRows.SharedCell(concern, a, field) == cell)
                && (actions.Count > 1 || cell != actions[0].Index || (row + 1 < groups.Count && ActionRows.SharedCell(concern, groups[row + 1][0], field) == cell))
                ? cell
                : null;
        }

        XElement FieldCell(int row, int width, string field)
        {
            var actions = row < groups.Count ? groups[row] : [];
            if (Merged(row, field) is not { } cell) return Cell(width, Entries(actions.Select(a => ActionRows.Value(a, field))));
            if (row > 0 && Merged(row - 1, field) == cell) return Cell(width, [Paragraph("")], merge: "continue");
            bool continues = Merged(row + 1, field) == cell;
            return Cell(width, Entries([ActionRows.Value(actions[0], field)]), merge: continues ? "restart" : null);
        }

        int rowCount = Math.Max(1, groups.Count);
        for (int r = 0; r < rowCount; r++)
        {
            var actions = r < groups.Count ? groups[r] : [];
            bool first = r == 0;
            string? merge = rowCount == 1 ? null : first ? "restart" : "continue";
            var cells = new List<XElement>
            {
                Cell(widths[0], [Paragraph(first ? concern.Id : "")], merge: merge),
                Cell(widths[1], [Paragraph(first ? concern.Text : "")], merge: merge),
            };
            if (recommendations) cells.Add(Cell(widths[2], [Paragraph(first ? AgreementCell(concern) : "")], merge: merge));
            int c = recommendations ? 3 : 2;
            cells.Add(Cell(widths[c], Entries(actions.Select(a => a.Text))));
            cells.Add(FieldCell(r, widths[c + 1], PlanFields.Owner));
            cells.Add(FieldCell(r, widths[c + 2], PlanFields.TargetDate));
            yield return E("tr", cells);
        }
    }

    /// <summary>One paragraph per entry, or one empty paragraph when there are none (a cell must hold a paragraph).</summary>
    private static IReadOnlyList<XElement> Entries(IEnumerable<string?> values)
    {
        var written = values.Where(v => !ActionRows.IsBlank(v)).Select(v => Paragraph(v!)).ToList();
        return written.Count > 0 ? written : [Paragraph("")];
    }

    /// <summary>
    /// The status, and the reason after it when the reader would not find that reason in the response itself
    /// (docs/readers.md, rule 23: the text after the status comes first, then the response).
    /// </summary>
    private static string AgreementCell(Concern concern)
    {
        if (concern.Agreement is not { } status) return "";
        string text = CanonicalPlanTree.AgreementText(status);
        if (ActionRows.IsBlank(concern.Reason)) return text;
        string reason = ActionRows.CellValue(concern.Reason);
        if (status is AgreementStatus.PartlyAgreed or AgreementStatus.NotAgreed
            && concern.Actions.Select(a => AgreementText.FindReason(ActionRows.CellValue(a.Text))).FirstOrDefault(r => r is not null) == reason)
            return text;
        return text + " \u2013 " + reason;
    }

    private static XElement AgreementKey(int[] widths)
    {
        var table = Table(widths);
        for (int i = 0; i < HmppsTemplate.AgreementKey.Count; i++)
        {
            var (term, definition, comment) = HmppsTemplate.AgreementKey[i];
            bool header = i == 0;
            table.Add(E("tr",
                Cell(widths[0], [Paragraph(term, bold: true)], shading: header ? "D9E2F3" : null),
                Cell(widths[1], [Paragraph(definition, bold: header)], shading: header ? "D9E2F3" : null),
                Cell(widths[2], [Paragraph(comment, bold: header)], shading: header ? "D9E2F3" : null)));
        }

        return table;
    }

    private static XElement Table(int[] widths)
    {
        XElement Border(string side) => E(side, V("single"), new XAttribute(W + "sz", "4"));
        return E("tbl",
            E("tblPr",
                E("tblStyle", V(HmppsTemplate.TableStyle)),
                E("tblW", new XAttribute(W + "w", "5000"), new XAttribute(W + "type", "pct")),
                E("tblBorders", Border("top"), Border("left"), Border("bottom"), Border("right"), Border("insideH"), Border("insideV"))),
            E("tblGrid", widths.Select(w => E("gridCol", new XAttribute(W + "w", w.ToString(CultureInfo.InvariantCulture))))));
    }

    /// <summary>Column widths scaled to the page's text width, so a template's page (portrait or landscape) is filled.</summary>
    private static int[] Widths(XElement section, int[] proportions)
    {
        int page = Twips(section.Child("pgSz").Attr("w")) ?? HmppsTemplate.PageWidth;
        var margin = section.Child("pgMar");
        int text = page - (Twips(margin.Attr("left")) ?? HmppsTemplate.Margin) - (Twips(margin.Attr("right")) ?? HmppsTemplate.Margin);
        if (text < 2000) text = page - (2 * HmppsTemplate.Margin);
        int total = proportions.Sum();
        var widths = proportions.Select(p => Math.Max(300, p * text / total)).ToArray();
        return widths;
    }

    /// <summary>A measure in twentieths of a point as a template writes it (a whole number; a fraction or unit is not read).</summary>
    private static int? Twips(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null;

    private static XElement Cell(int width, IReadOnlyList<XElement> paragraphs, int span = 1, string? merge = null, string? shading = null)
    {
        var properties = E("tcPr", E("tcW", new XAttribute(W + "w", width.ToString(CultureInfo.InvariantCulture)), new XAttribute(W + "type", "dxa")));
        if (span > 1) properties.Add(E("gridSpan", V(span.ToString(CultureInfo.InvariantCulture))));
        if (merge is { } m) properties.Add(E("vMerge", V(m)));
        if (shading is not null) properties.Add(E("shd", V("clear"), new XAttribute(W + "color", "auto"), new XAttribute(W + "fill", shading)));
        return E("tc", properties, paragraphs);
    }

    private static XElement Paragraph(string text, bool bold = false, string? style = null, bool keepWithNext = false)
    {
        var paragraph = E("p");
        if (style is not null || keepWithNext)
        {
            var properties = E("pPr");
            if (style is not null) properties.Add(E("pStyle", V(style)));
            if (keepWithNext) properties.Add(E("keepNext"));
            paragraph.Add(properties);
        }

        string value = ActionRows.CellValue(text);
        if (value.Length == 0) return paragraph;
        var run = E("r");
        if (bold) run.Add(E("rPr", E("b")));
        run.Add(WordTextContent.Runs(value));
        paragraph.Add(run);
        return paragraph;
    }
}
