using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Readers.Word;
using PlanLint.Readers.Writing;
using W = DocumentFormat.OpenXml.Wordprocessing;

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
        using var stream = new MemoryStream();
        if (template is { } bytes)
        {
            if (WordPackageGuard.Check(bytes, WordLimits.Default) is { } refused)
                throw new InvalidDataException(refused);
            stream.Write(bytes);
            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, isEditable: true, new OpenSettings { AutoSave = true, MaxCharactersInPart = WordLimits.Default.MaxPartBytes });
            OnTemplate(document, plan);
        }
        else
        {
            using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
            var main = document.AddMainDocumentPart();
            HmppsTemplate.AddMissingStyles(main);
            string footer = HmppsTemplate.AddFooter(main);
            main.Document = new W.Document(Body(plan, HmppsTemplate.Section(footer)));
        }

        byte[] content = stream.ToArray();
        return new RenderedPlan(content, RenderCheck.Differences(plan, content));
    }

    private static void OnTemplate(WordprocessingDocument document, ActionPlan plan)
    {
        switch (document.DocumentType)
        {
            case WordprocessingDocumentType.Template:
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
                break;
            case WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate:
                throw new InvalidDataException("The template holds macros (.docm or .dotm); save it as a .docx or .dotx without them.");
        }

        var main = document.MainDocumentPart ?? throw new InvalidDataException("The template has no main document.");
        var oldBody = main.Document?.Body;
        var section = oldBody?.Elements<W.SectionProperties>().LastOrDefault()?.CloneNode(deep: true) as W.SectionProperties
            ?? HmppsTemplate.Section(footerId: null);
        // The template's own body goes, and with it the comments that were anchored in it.
        if (main.WordprocessingCommentsPart is { } comments) main.DeletePart(comments);
        if (main.WordprocessingCommentsExPart is { } threads) main.DeletePart(threads);
        if (main.WordprocessingCommentsIdsPart is { } ids) main.DeletePart(ids);
        if (main.WordCommentsExtensiblePart is { } extensible) main.DeletePart(extensible);
        HmppsTemplate.AddMissingStyles(main);
        if (main.Document is null) main.Document = new W.Document(Body(plan, section));
        else main.Document.Body = Body(plan, section);
    }

    private static W.Body Body(ActionPlan plan, W.SectionProperties section)
    {
        var body = new W.Body();
        bool recommendations = plan.Format == PlanFormat.Recommendations;
        body.AppendChild(Paragraph(HmppsTemplate.Organisation, bold: true));
        if (plan.Establishment is { } establishment && !ActionRows.IsBlank(establishment))
            body.AppendChild(Paragraph("Action Plan: " + establishment, style: HmppsTemplate.TitleStyle));
        if (plan.Submitted is { } submitted)
            body.AppendChild(Paragraph("Action Plan Submitted: " + Date(submitted)));
        if (Inspection(plan) is { } inspection)
            body.AppendChild(Paragraph("A Response to the HMIP Inspection: " + inspection));
        if (plan.ReportPublished is { } published)
            body.AppendChild(Paragraph("Report Published: " + Date(published)));
        body.AppendChild(Paragraph("INTRODUCTION", style: HmppsTemplate.HeadingStyle));
        body.AppendChild(Paragraph(recommendations ? HmppsTemplate.RecommendationsIntroduction : HmppsTemplate.ConcernsIntroduction));
        if (recommendations)
        {
            body.AppendChild(AgreementKey(Widths(section, [2200, 6400, 6798])));
            body.AppendChild(Paragraph(""));
        }

        // The heading and the establishment line stay on the page where the table starts.
        body.AppendChild(Paragraph("ACTION PLAN: HMIP REPORT", style: HmppsTemplate.HeadingStyle, keepWithNext: true));
        if (plan.Establishment is { } name && !ActionRows.IsBlank(name))
            body.AppendChild(Paragraph("ESTABLISHMENT: " + name.ToUpperInvariant(), bold: true, keepWithNext: true));
        body.AppendChild(PlanTable(plan, section));
        // Word wants a paragraph between a table and the end of the document.
        body.AppendChild(Paragraph(""));
        body.AppendChild(section);
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

    private static W.Table PlanTable(ActionPlan plan, W.SectionProperties section)
    {
        bool recommendations = plan.Format == PlanFormat.Recommendations;
        string[] headers = recommendations
            ? ["1. Rec No", "2. Recommendation", "3. Agreed/ Partly Agreed/ Not Agreed", "4. Response Action Taken/Planned", "5. Responsible Owner", "6. Target Date"]
            : ["1. Rec No", "2. Concerns", "3. Response Action Taken/Planned", "4. Responsible Owner", "5. Target Date"];
        int[] widths = Widths(section, recommendations ? [900, 3500, 1500, 5500, 2200, 1798] : [900, 4300, 6300, 2300, 1598]);

        var table = Table(widths);
        table.AppendChild(new W.TableRow(
            [new W.TableRowProperties(new W.TableHeader()), .. headers.Select((h, i) => Cell(widths[i], [Paragraph(h, bold: true)], shading: "D9E2F3"))]));

        string? printedSection = null;
        foreach (var concern in plan.Concerns)
        {
            // A heading the reader would not take for a section row would be read as concern text, so it is left out
            // (and reported by the read-back check) rather than misread.
            if (concern.Section is { } heading && heading != printedSection && CellText.IsSectionHeading(ActionRows.CellValue(heading)))
            {
                table.AppendChild(new W.TableRow(Cell(widths.Sum(), [Paragraph(heading, bold: true)], span: widths.Length, shading: "F2F2F2")));
                printedSection = heading;
            }

            foreach (var row in Rows(concern, widths, recommendations))
                table.AppendChild(row);
        }

        return table;
    }

    private static IEnumerable<W.TableRow> Rows(Concern concern, int[] widths, bool recommendations)
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

        W.TableCell FieldCell(int row, int width, string field)
        {
            var actions = row < groups.Count ? groups[row] : [];
            if (Merged(row, field) is not { } cell) return Cell(width, Entries(actions.Select(a => ActionRows.Value(a, field))));
            if (row > 0 && Merged(row - 1, field) == cell) return Cell(width, [Paragraph("")], merge: W.MergedCellValues.Continue);
            bool continues = Merged(row + 1, field) == cell;
            return Cell(width, Entries([ActionRows.Value(actions[0], field)]), merge: continues ? W.MergedCellValues.Restart : null);
        }

        int rowCount = Math.Max(1, groups.Count);
        for (int r = 0; r < rowCount; r++)
        {
            var actions = r < groups.Count ? groups[r] : [];
            bool first = r == 0;
            W.MergedCellValues? merge = rowCount == 1 ? null : first ? W.MergedCellValues.Restart : W.MergedCellValues.Continue;
            var cells = new List<W.TableCell>
            {
                Cell(widths[0], [Paragraph(first ? concern.Id : "")], merge: merge),
                Cell(widths[1], [Paragraph(first ? concern.Text : "")], merge: merge),
            };
            if (recommendations) cells.Add(Cell(widths[2], [Paragraph(first ? AgreementCell(concern) : "")], merge: merge));
            int c = recommendations ? 3 : 2;
            cells.Add(Cell(widths[c], Entries(actions.Select(a => a.Text))));
            cells.Add(FieldCell(r, widths[c + 1], PlanFields.Owner));
            cells.Add(FieldCell(r, widths[c + 2], PlanFields.TargetDate));
            yield return new W.TableRow(cells);
        }
    }

    /// <summary>One paragraph per entry, or one empty paragraph when there are none (a cell must hold a paragraph).</summary>
    private static IReadOnlyList<W.Paragraph> Entries(IEnumerable<string?> values)
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

    private static W.Table AgreementKey(int[] widths)
    {
        var table = Table(widths);
        for (int i = 0; i < HmppsTemplate.AgreementKey.Count; i++)
        {
            var (term, definition, comment) = HmppsTemplate.AgreementKey[i];
            bool header = i == 0;
            table.AppendChild(new W.TableRow(
                Cell(widths[0], [Paragraph(term, bold: true)], shading: header ? "D9E2F3" : null),
                Cell(widths[1], [Paragraph(definition, bold: header)], shading: header ? "D9E2F3" : null),
                Cell(widths[2], [Paragraph(comment, bold: header)], shading: header ? "D9E2F3" : null)));
        }

        return table;
    }

    private static W.Table Table(int[] widths) => new(
        new W.TableProperties(
            new W.TableStyle { Val = HmppsTemplate.TableStyle },
            new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.RightBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4U },
                new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4U })),
        new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    /// <summary>Column widths scaled to the page's text width, so a template's page (portrait or landscape) is filled.</summary>
    private static int[] Widths(W.SectionProperties section, int[] proportions)
    {
        int page = (int?)section.GetFirstChild<W.PageSize>()?.Width?.Value ?? HmppsTemplate.PageWidth;
        var margin = section.GetFirstChild<W.PageMargin>();
        int text = page - (int)(margin?.Left?.Value ?? (uint)HmppsTemplate.Margin) - (int)(margin?.Right?.Value ?? (uint)HmppsTemplate.Margin);
        if (text < 2000) text = page - (2 * HmppsTemplate.Margin);
        int total = proportions.Sum();
        var widths = proportions.Select(p => Math.Max(300, p * text / total)).ToArray();
        return widths;
    }

    private static W.TableCell Cell(int width, IReadOnlyList<W.Paragraph> paragraphs, int span = 1, W.MergedCellValues? merge = null, string? shading = null)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (span > 1) properties.AppendChild(new W.GridSpan { Val = span });
        if (merge is { } m) properties.AppendChild(new W.VerticalMerge { Val = m });
        if (shading is not null) properties.AppendChild(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = shading });
        return new W.TableCell([properties, .. paragraphs]);
    }

    private static W.Paragraph Paragraph(string text, bool bold = false, string? style = null, bool keepWithNext = false)
    {
        var paragraph = new W.Paragraph();
        if (style is not null || keepWithNext)
        {
            var properties = paragraph.AppendChild(new W.ParagraphProperties());
            if (style is not null) properties.AppendChild(new W.ParagraphStyleId { Val = style });
            if (keepWithNext) properties.AppendChild(new W.KeepNext());
        }

        string value = ActionRows.CellValue(text);
        if (value.Length == 0) return paragraph;
        var run = new W.Run();
        if (bold) run.AppendChild(new W.RunProperties(new W.Bold()));
        foreach (var content in WordTextContent.Runs(value))
            run.AppendChild(content);
        paragraph.AppendChild(run);
        return paragraph;
    }
}
