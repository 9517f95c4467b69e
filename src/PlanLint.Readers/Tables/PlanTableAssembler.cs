using PlanLint.Model;
using PlanLint.Reading;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Turns a plan's table (rows of cells of paragraphs, each located) and header into the plan model, by one set of
/// rules for every table format (Word, published text). docs/readers.md states each rule and why; in short:
/// <list type="bullet">
/// <item>Section rows (only a heading such as "Priority concerns") set the section of the recommendations below.</item>
/// <item>A row with a number in Rec No starts a recommendation; a row with Rec No blank continues the one above
/// (page breaks split tables). Rows before the first number form a recommendation whose number is inferred.</item>
/// <item>Each non-blank paragraph of the action cell is an action, except that the first paragraph of a continuation
/// row continues the previous action when that action stops mid-sentence and the paragraph starts lower-case, or the
/// action ends with a word that cannot end a sentence, or the row gives the paragraph no owner of its own.</item>
/// <item>Owner and date cells hold one paragraph per action; one entry beside several actions is shared by them;
/// counts that do not line up are matched in order as far as they go, the rest left unassigned and recorded in
/// <see cref="Concern.Rows"/> for rule PL0002. An owner or date given only on a recommendation's first row, with
/// blank cells below, is a merged cell: it applies to every action of the recommendation.</item>
/// </list>
/// Whatever the rules cannot settle with confidence is a <see cref="ReadingNote"/> in the plan, located in the source and
/// reported by a Reading rule; every field says whether it was read, inferred or unknown (<see cref="FieldReading"/>).
/// Nothing is guessed silently.
/// This API is shared by the readers: keep it stable.
/// </summary>
public static class PlanTableAssembler
{
    /// <summary>
    /// Builds the plan from its header and table. <paramref name="table"/>'s rows may include header rows (they are
    /// skipped) and rows with fewer cells than the columns (missing cells read as blank).
    /// Never throws for odd content: a PL0001 error only when no plan could be read; what could not be told for certain
    /// is in the plan's reading notes.
    /// </summary>
    public static PlanReadResult Assemble(string path, PlanHeader header, PlanTable table)
    {
        var groups = RecommendationGroups.Split(table);
        if (groups.Count == 0)
        {
            return new PlanReadResult(null, [ReadingDiagnostics.Error(table.Location,
                "The plan table has no recommendation rows: expected rows with a number in Rec No and the response beside it.")]);
        }

        var assemblies = groups.Select((g, i) => new ConcernAssembly(g, i, table)).ToList();
        var concerns = assemblies.Select(a => a.Build()).ToList();
        if (table.Tally is { } tally && table.Columns.Agreement is not null)
            concerns = TallyEvidence.Apply(concerns, assemblies, tally);

        var plan = new ActionPlan
        {
            Path = path,
            Establishment = header.Establishment?.Value,
            Submitted = header.Submitted?.Value,
            InspectionStart = header.InspectionStart?.Value,
            InspectionEnd = header.InspectionEnd?.Value,
            ReportPublished = header.ReportPublished?.Value,
            Format = table.Columns.Format,
            Concerns = concerns,
            Location = header.Location ?? table.Location,
            Fields = HeaderFields(header),
        };
        return new PlanReadResult(plan, []);
    }

    private static FieldLocations HeaderFields(PlanHeader header)
    {
        var fields = new List<KeyValuePair<string, SourceLocation>>();
        if (header.Establishment is { } e) fields.Add(new(PlanFields.Establishment, e.Location));
        if (header.Submitted is { } s) fields.Add(new(PlanFields.Submitted, s.Location));
        if (header.InspectionStart is { } i) fields.Add(new(PlanFields.Inspection, i.Location));
        if (header.ReportPublished is { } r) fields.Add(new(PlanFields.ReportPublished, r.Location));
        return FieldLocations.From(fields);
    }
}
