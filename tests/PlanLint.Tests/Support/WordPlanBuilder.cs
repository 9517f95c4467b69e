using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanLint.Model;
using PlanLint.Writers.Plans;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Support;

/// <summary>
/// Writes a plan as a .docx the way HMPPS plans are laid out in Word: title paragraphs (with "th" superscripts),
/// the introduction, then one table with a repeated header row, full-width section rows ("Priority concerns"), and
/// each concern either as one row whose action, owner and date cells hold one paragraph per action (with blank
/// spacer paragraphs between actions, as authors add), or as one row per action with the Rec No, concern and
/// agreement cells merged vertically, and the owner and target date cells too where the plan says actions share one
/// cell (<see cref="FieldReading.SameCellAs"/>). Word cannot say that a value was inferred or unknown: render
/// <see cref="Expressible"/> plans.
/// </summary>
public static class WordPlanBuilder
{
    public enum Layout
    {
        /// <summary>One row per concern; multi-paragraph action, owner and date cells.</summary>
        RowPerConcern,

        /// <summary>One row per action; the concern's own cells vertically merged across them.</summary>
        RowPerAction,
    }

    /// <summary>Three recommendations of Long Lartin 2025 (7 with a missing owner and date, 8, 9): the plan the Word fixtures render.</summary>
    public static ActionPlan SamplePlan()
    {
        string path = Repo.Fixture("word", "long-lartin-2025.example.plan.json");
        return new PlanLint.Readers.Json.JsonPlanReader().Read(path, File.ReadAllBytes(path)).Plan!;
    }

    /// <summary>
    /// Rows per action where a cell would otherwise need a blank paragraph to keep owners in line (a missing owner or date),
    /// or where only some actions share an owner cell, which one owner paragraph beside all of them cannot say.
    /// </summary>
    public static Layout DefaultLayout(Concern concern) =>
        !FitsOneRow(concern) || concern.Ordinal % 2 == 1 ? Layout.RowPerAction : Layout.RowPerConcern;

    /// <summary>
    /// Whether one row with a paragraph per action can say the concern: every action has an owner and a date, and either
    /// every action after the first shares its owner cell or none does.
    /// </summary>
    public static bool FitsOneRow(Concern concern) =>
        concern.Actions.All(a => a.Owner is not null && a.TargetDate is not null)
        && SharesCell(concern, PlanFields.Owner) is not false && SharesCell(concern, PlanFields.TargetDate) is null;

    /// <summary>
    /// What a Word table can say of a plan: its text, owners and dates as facts, and which actions share an owner or target
    /// date cell. How a
    /// reader came by a value (inferred, unknown) and its reading notes are not in a Word document, so they are left out.
    /// </summary>
    public static ActionPlan Expressible(ActionPlan plan) => plan with
    {
        Suppressions = [],
        ReadingNotes = [],
        Concerns = [.. plan.Concerns.Select(c => c with
        {
            Suppressions = [],
            ReadingNotes = [],
            Readings = FieldReadings.AllRead,
            Actions = [.. c.Actions.Select(a => a with
            {
                Suppressions = [],
                Readings = FieldReadings.From(
                    from field in new[] { PlanFields.Owner, PlanFields.TargetDate }
                    where ContiguousCell(c, a, field) is not null
                    select KeyValuePair.Create(field, FieldReading.AsRead with { SameCellAs = ContiguousCell(c, a, field) })),
            })],
        })],
    };

    /// <summary>The <see cref="Expressible"/> form of a plan written as a canonical JSON plan at <paramref name="path"/>, which is returned.</summary>
    public static string WriteExpressible(ActionPlan plan, string path)
    {
        using (var file = File.Create(path))
            new PlanJsonWriter().Write(Expressible(plan), file, schemaUri: null);
        return path;
    }

    /// <summary>
    /// The action whose owner or target date cell this one shares, when every action between them shares it too (a vertical
    /// merge can say that; a cell shared by actions 1 and 3 but not 2 cannot be drawn), and the value is one a reader
    /// could tell (not unknown).
    /// </summary>
    private static int? ContiguousCell(Concern concern, PlanAction action, string field) =>
        action.ReadingOf(field) is { IsUnknown: false, SameCellAs: { } first }
        && !string.IsNullOrWhiteSpace(Value(action, field))
        && concern.Actions.Where(a => a.Index > first && a.Index <= action.Index)
            .All(a => a.ReadingOf(field).SameCellAs == first && Value(a, field) == Value(action, field))
        && concern.Actions.Any(a => a.Index == first)
            ? first
            : null;

    private static string? Value(PlanAction action, string field) => field == PlanFields.Owner ? action.Owner : action.TargetDate;

    /// <summary>The action whose owner or target date cell this action shares, when the plan says so.</summary>
    private static int? Shared(PlanAction action, string field) => action.ReadingOf(field) is { IsRead: true, SameCellAs: { } first } ? first : null;

    /// <summary>True when every action after the first shares the first one's cell; false when some do; null when none do.</summary>
    private static bool? SharesCell(Concern concern, string field) =>
        concern.Actions.Count > 1 && concern.Actions.Skip(1).All(a => Shared(a, field) == 1) ? true
        : concern.Actions.Skip(1).Any(a => Shared(a, field) is not null) ? false
        : null;

    /// <summary>A Word document with paragraphs and no table: meeting notes, a letter, not a plan.</summary>
    public static byte[] Memo(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            foreach (var text in paragraphs)
                body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text))));
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A raw zip package with the given entries, for packages Word would never write.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The plan as a .docx; <paramref name="borders"/> false draws the table without any border (a layout only text shows).</summary>
    public static byte[] Build(ActionPlan plan, Func<Concern, Layout>? layout = null, bool borders = true)
    {
        layout ??= DefaultLayout;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var paragraph in TitleParagraphs(plan)) body.Append(paragraph);
            body.Append(PlanTable(plan, layout, borders));
            body.Append(new Paragraph());
            body.Append(new SectionProperties(new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static IEnumerable<Paragraph> TitleParagraphs(ActionPlan plan)
    {
        yield return Para("HM Prison & Probation Service", bold: true);
        if (plan.Establishment is { } establishment) yield return Para("Action Plan: " + establishment, bold: true);
        if (plan.Submitted is { } submitted) yield return DateLine("Action Plan Submitted: ", submitted);
        if (plan.InspectionStart is { } start && plan.InspectionEnd is { } end)
            yield return Para($"A Response to the HMIP Inspection: {start.ToString("d MMMM", CultureInfo.InvariantCulture)} – {end.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        if (plan.ReportPublished is { } published) yield return DateLine("Report Published: ", published);
        yield return Para("INTRODUCTION", bold: true);
        yield return Para("HM Inspectorate of Prisons (HMIP) are an independent inspectorate. Action plans are sent to HMIP and published on the GOV.UK website.");
        yield return Para("ACTION PLAN: HMIP REPORT", bold: true);
        if (plan.Establishment is { } name) yield return Para("ESTABLISHMENT: " + name.ToUpperInvariant(), bold: true);
    }

    /// <summary>"Report Published: 14<sup>th</sup> January 2025", the ordinal as a superscript run as Word writes it.</summary>
    private static Paragraph DateLine(string label, DateOnly date)
    {
        string day = date.Day.ToString(CultureInfo.InvariantCulture);
        string suffix = date.Day is 1 or 21 or 31 ? "st" : date.Day is 2 or 22 ? "nd" : date.Day is 3 or 23 ? "rd" : "th";
        return new Paragraph(
            new Run(new W.Text(label + day) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new W.Text(suffix)),
            new Run(new W.Text(" " + date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table PlanTable(ActionPlan plan, Func<Concern, Layout> layout, bool borders)
    {
        bool recommendations = plan.Format == PlanFormat.Recommendations;
        string[] headers = recommendations
            ? ["Rec No", "Recommendation", "Agreed/Partly Agreed/Not Agreed", "Response Action Taken/Planned", "Responsible Owner", "Target Date"]
            : ["1. Rec No", "2. Concerns", "3. Response Action Taken/Planned", "4. Responsible Owner", "5. Target Date"];
        int[] widths = recommendations ? [900, 3200, 1400, 5200, 1800, 1400] : [900, 3600, 6000, 2000, 1400];

        var line = borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = line, Size = 4 }, new LeftBorder { Val = line, Size = 4 },
                    new BottomBorder { Val = line, Size = 4 }, new RightBorder { Val = line, Size = 4 },
                    new InsideHorizontalBorder { Val = line, Size = 4 }, new InsideVerticalBorder { Val = line, Size = 4 })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        table.Append(new TableRow(
            [new TableRowProperties(new TableHeader()), .. headers.Select((h, i) => Cell(widths[i], [Para(h, bold: true)]))]));

        string? section = null;
        foreach (var concern in plan.Concerns)
        {
            if (concern.Section is { } s && s != section)
            {
                table.Append(new TableRow(Cell(widths[0], [Para("")]), Cell(widths[1..].Sum(), [Para(s, bold: true)], span: widths.Length - 1)));
                section = s;
            }

            foreach (var row in layout(concern) == Layout.RowPerConcern ? RowPerConcern(concern, widths, recommendations) : RowPerAction(concern, widths, recommendations))
                table.Append(row);
        }

        return table;
    }

    private static IEnumerable<TableRow> RowPerConcern(Concern concern, int[] widths, bool recommendations)
    {
        var actionParagraphs = new List<Paragraph>();
        foreach (var action in concern.Actions)
        {
            if (actionParagraphs.Count > 0) actionParagraphs.Add(Para(""));
            actionParagraphs.Add(Para(action.Text));
        }

        var cells = new List<TableCell> { Cell(widths[0], [Para(concern.Id)]), Cell(widths[1], [Para(concern.Text)]) };
        if (recommendations) cells.Add(Cell(widths[2], [Para(Agreement(concern))]));
        int c = recommendations ? 3 : 2;
        cells.Add(Cell(widths[c], actionParagraphs.Count > 0 ? actionParagraphs : [Para("")]));
        cells.Add(SharesCell(concern, PlanFields.Owner) is true
            ? Cell(widths[c + 1], [Para(concern.Actions[0].Owner ?? "")])
            : Cell(widths[c + 1], [.. concern.Actions.Select(a => Para(a.Owner ?? ""))]));
        cells.Add(Cell(widths[c + 2], [.. concern.Actions.Select(a => Para(a.TargetDate ?? ""))]));
        yield return new TableRow(cells);
    }

    private static IEnumerable<TableRow> RowPerAction(Concern concern, int[] widths, bool recommendations)
    {
        var actions = concern.Actions.Count == 0 ? [null] : concern.Actions.Cast<PlanAction?>().ToList();
        for (int i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            MergedCellValues merge = i == 0 ? MergedCellValues.Restart : MergedCellValues.Continue;
            bool merged = actions.Count > 1;
            var cells = new List<TableCell>
            {
                Cell(widths[0], [Para(i == 0 ? concern.Id : "")], merge: merged ? merge : null),
                Cell(widths[1], [Para(i == 0 ? concern.Text : "")], merge: merged ? merge : null),
            };
            if (recommendations) cells.Add(Cell(widths[2], [Para(i == 0 ? Agreement(concern) : "")], merge: merged ? merge : null));
            int c = recommendations ? 3 : 2;
            cells.Add(Cell(widths[c], [Para(action?.Text ?? "")]));
            // An owner or date cell shared with the action above continues its vertical merge; one the next action shares starts one.
            foreach (var (field, width) in new[] { (PlanFields.Owner, widths[c + 1]), (PlanFields.TargetDate, widths[c + 2]) })
            {
                bool continues = action is not null && ContinuesCellAbove(concern.Actions, i, field);
                bool starts = !continues && i + 1 < actions.Count && actions[i + 1] is { } next && Shared(next, field) == action?.Index;
                cells.Add(continues
                    ? Cell(width, [Para("")], merge: MergedCellValues.Continue)
                    : Cell(width, [Para((action is null ? null : Value(action, field)) ?? "")], merge: starts ? MergedCellValues.Restart : null));
            }

            yield return new TableRow(cells);
        }
    }

    /// <summary>
    /// Whether, written a row per action, the owner or date cell of action <paramref name="i"/> (0-based) continues the
    /// vertical merge of the cell above: the plan says it shares that cell, so it is drawn blank below the entry.
    /// </summary>
    public static bool ContinuesCellAbove(IReadOnlyList<PlanAction> actions, int i, string field) =>
        i > 0 && Shared(actions[i], field) is { } first && (actions[i - 1].Index == first || Shared(actions[i - 1], field) == first);

    private static string Agreement(Concern concern) => concern.Agreement is { } a ? CanonicalPlanTree.AgreementText(a) : "";

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        return new TableCell([properties, .. paragraphs]);
    }

    private static Paragraph Para(string text, bool bold = false)
    {
        var run = new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run);
    }
}
