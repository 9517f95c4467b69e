using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>The rows of one recommendation, with its number, section and whether the number had to be inferred.</summary>
internal sealed class RecommendationGroup
{
    public required string Id { get; init; }
    public required SourceLocation IdLocation { get; init; }
    public string? Section { get; init; }
    public SourceLocation? SectionLocation { get; init; }

    /// <summary>True for rows that came before the first numbered recommendation.</summary>
    public bool IsPreamble { get; init; }
    public List<RowView> Rows { get; } = [];
    public bool HasAgreement { get; set; }

    /// <summary>How the number was read: inferred when Rec No did not give it.</summary>
    public FieldReading IdReading { get; init; } = FieldReading.AsRead;

    /// <summary>What could not be told for certain about the recommendation's rows, for the Reading rules.</summary>
    public List<ReadingNote> Notes { get; } = [];

    /// <summary>The last paragraph of the concern column so far: whether the concern ends mid-sentence.</summary>
    public string LastConcernParagraph { get; private set; } = "";

    public void Add(RowView row, TableColumns columns)
    {
        Rows.Add(row);
        if (row.ConcernParagraphs.Count > 0)
            LastConcernParagraph = row.ConcernParagraphs[^1].Text;
        if (columns.Agreement is not null && AgreementText.Read(row.AgreementText).Status is not null)
            HasAgreement = true;
    }
}

/// <summary>Splits a table's rows into recommendations: the first half of the rules in docs/readers.md.</summary>
internal static class RecommendationGroups
{
    /// <summary>Text in Rec No longer than this, without a digit, is concern text that slipped into the wrong column.</summary>
    private const int MaxGarbledNumberLength = 24;

    public static List<RecommendationGroup> Split(PlanTable table)
    {
        var beforeAny = new List<ReadingNote>();
        var columns = table.Columns;
        var groups = new List<RecommendationGroup>();
        var preamble = new List<RowView>();
        string? section = null;
        SourceLocation? sectionLocation = null;
        string? preambleSection = null;
        SourceLocation? preambleSectionLocation = null;
        RecommendationGroup? current = null;

        var views = table.Rows.Select(r => new RowView(r, columns)).ToList();
        var keyAndTally = KeyAndTallyRows.Find(views, columns);
        for (int r = 0; r < views.Count; r++)
        {
            var view = views[r];
            var row = view.Row;
            if (view.IsEmpty || keyAndTally.Contains(r)) continue;
            if (!CellText.IsRecNumber(view.RecText) && TableHeaders.IsHeaderRow([.. row.Cells.Select(c => c.Text)])) continue;

            if (SectionHeading(view) is { } heading)
            {
                section = CellText.Normalize(heading.Text);
                sectionLocation = heading.Location;
                continue;
            }

            string? startId = null;
            SourceLocation? idLocation = null;
            ReadingNote? idNote = null;
            string rec = view.RecText;
            if (CellText.IsRecNumber(rec))
            {
                startId = CellText.RecNumberOf(rec);
                idLocation = view.RecCell!.Location;
            }
            else if (!CellText.HasNoContent(rec))
            {
                bool hasDigit = rec.Any(char.IsDigit);
                if (!hasDigit && rec.Length > MaxGarbledNumberLength)
                {
                    // Concern text in the Rec No column: read it as the first paragraph of the concern column.
                    view.ConcernParagraphs.Insert(0, new TableParagraph(rec, view.RecCell!.Location));
                }
                else if (hasDigit || (view.ConcernParagraphs.Count > 0 && current is not null && !CellText.EndsMidSentence(current.LastConcernParagraph)))
                {
                    (startId, idNote) = Infer(current, view,
                        $"Rec No at {ReadingDiagnostics.Where(view.RecCell!.Location)} reads {CellText.Quote(rec)}, which is not a recommendation number");
                    idLocation = view.RecCell!.Location;
                }
                else
                {
                    var note = ReadingDiagnostics.Note(RuleIds.RecommendationNumberNotRead, view.RecCell!.Location,
                        $"Rec No at {ReadingDiagnostics.Where(view.RecCell.Location)} reads {CellText.Quote(rec)}, which is not a recommendation number; the row was read as continuing recommendation {current?.Id ?? "above"}.");
                    (current?.Notes ?? beforeAny).Add(note);
                }

                view.RecText = "";
            }

            if (startId is null && current is not null && current.HasAgreement && columns.Agreement is not null
                && AgreementText.Read(view.AgreementText).Status is not null)
            {
                (startId, idNote) = Infer(current, view,
                    $"The row at {ReadingDiagnostics.Where(view.Location)} gives its own agreement status but no Rec No");
                idLocation = view.Location;
            }

            if (startId is not null)
            {
                if (view.ConcernParagraphs.Count > 0 && CellText.SplitLeadingSection(view.ConcernParagraphs[0].Text) is { } split)
                {
                    section = split.Heading;
                    sectionLocation = view.ConcernParagraphs[0].Location;
                    view.ConcernParagraphs[0] = view.ConcernParagraphs[0] with { Text = split.Remainder };
                }

                current = new RecommendationGroup
                {
                    Id = startId,
                    IdLocation = idLocation!,
                    Section = section,
                    SectionLocation = sectionLocation,
                    IdReading = idNote is null ? FieldReading.AsRead : FieldReading.InferredFrom(
                        groups.Count > 0 ? $"Rec No gives no number; numbered as the one after {groups[^1].Id}" : "Rec No gives no number"),
                };
                if (idNote is not null) current.Notes.Add(idNote);
                groups.Add(current);
                current.Add(view, columns);
            }
            else if (current is not null)
            {
                current.Add(view, columns);
            }
            else
            {
                if (preamble.Count == 0)
                {
                    preambleSection = section;
                    preambleSectionLocation = sectionLocation;
                }

                preamble.Add(view);
            }
        }

        if (preamble.Any(r => r.ActionParagraphs.Count > 0 || r.ConcernParagraphs.Count > 0))
        {
            string id = groups.Count > 0 ? CellText.PreviousNumber(groups[0].Id) ?? "?" : "?";
            var first = preamble[0];
            var note = ReadingDiagnostics.Note(RuleIds.RecommendationNumberNotRead, first.Location, groups.Count > 0
                ? $"The table starts part-way through a recommendation: the rows from {ReadingDiagnostics.Where(first.Location)} come before the first numbered recommendation ({groups[0].Id}) and were read as recommendation {id}, whose number and concern are not in the file."
                : $"No row of the table has a recommendation number; its rows were read as one recommendation numbered {id}.");
            var group = new RecommendationGroup
            {
                Id = id,
                IdLocation = first.Location,
                Section = preambleSection,
                SectionLocation = preambleSectionLocation,
                IsPreamble = true,
                IdReading = FieldReading.InferredFrom(groups.Count > 0
                    ? $"the table starts part-way through the recommendation before {groups[0].Id}"
                    : "no row of the table has a recommendation number"),
            };
            group.Notes.Add(note);
            group.Notes.AddRange(beforeAny);
            foreach (var row in preamble) group.Add(row, columns);
            groups.Insert(0, group);
        }

        return groups;
    }

    /// <summary>A row whose only text is a section heading, or null.</summary>
    private static TableParagraph? SectionHeading(RowView view)
    {
        var cells = view.TextCells;
        if (cells.Count != 1) return null;
        var paragraphs = cells[0].Paragraphs.Where(p => !CellText.HasNoContent(p.Body)).ToList();
        // A heading numbered as a list item ("8. Recommendations") is named without its number.
        return paragraphs.Count == 1 && CellText.IsSectionHeading(paragraphs[0].Body) ? paragraphs[0] with { Text = paragraphs[0].Body, List = null } : null;
    }

    private static (string Id, ReadingNote Note) Infer(RecommendationGroup? previous, RowView view, string why)
    {
        string id = previous is null ? "?" : CellText.NextNumber(previous.Id) ?? "?";
        return (id, ReadingDiagnostics.Note(RuleIds.RecommendationNumberNotRead, view.Location,
            previous is null
                ? $"{why}; it was read as starting a recommendation numbered {id}."
                : $"{why}; it was read as starting a new recommendation, numbered {id} as the one after {previous.Id}."));
    }
}
