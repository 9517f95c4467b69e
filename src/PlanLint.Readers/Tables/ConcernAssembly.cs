using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Builds one recommendation from its rows: concern text, agreement and reason, and the actions with their owners
/// and target dates. The second half of the rules in docs/readers.md.
/// </summary>
internal sealed class ConcernAssembly(RecommendationGroup group, int ordinal, TableColumns columns, List<Diagnostic> diagnostics)
{
    private readonly List<ActionDraft> actions = [];
    private readonly List<SourceRow> sourceRows = [];
    private readonly ColumnTally ownerTally = new();
    private readonly ColumnTally dateTally = new();

    public Concern Build()
    {
        var fields = new List<KeyValuePair<string, SourceLocation>> { new(PlanFields.Id, group.IdLocation) };
        if (group.SectionLocation is { } sectionAt) fields.Add(new(PlanFields.Section, sectionAt));

        var (text, textAt) = ConcernText();
        if (textAt is not null) fields.Add(new(PlanFields.Text, textAt));

        AgreementStatus? agreement = null;
        string? reason = null;
        if (columns.Agreement is not null)
        {
            (agreement, var agreementAt, string? reasonInCell) = Agreement();
            if (agreementAt is not null) fields.Add(new(PlanFields.Agreement, agreementAt));
            BuildActions();
            if (agreement is AgreementStatus.PartlyAgreed or AgreementStatus.NotAgreed)
            {
                (reason, var reasonAt) = reasonInCell is { Length: > 0 } ? (reasonInCell, agreementAt) : ReasonInResponse();
                if (reasonAt is not null) fields.Add(new(PlanFields.Reason, reasonAt));
            }
        }
        else
        {
            BuildActions();
        }

        if (actions.Count > 0) fields.Add(new(PlanFields.Actions, actions[0].Location));
        return new Concern
        {
            Id = group.Id,
            Ordinal = ordinal,
            Section = group.Section,
            Text = text,
            Agreement = agreement,
            Reason = reason,
            Actions = [.. actions.Select(a => a.ToAction())],
            Rows = sourceRows,
            Location = group.IdLocation,
            Fields = FieldLocations.From(fields),
        };
    }

    /// <summary>
    /// The concern column of every row, joined. Text in a continuation row is part of the concern unless it starts
    /// lower-case after the concern has finished a sentence: no sentence starts lower-case, so it is stray text.
    /// </summary>
    private (string Text, SourceLocation? Location) ConcernText()
    {
        string text = "";
        SourceLocation? at = null;
        foreach (var row in group.Rows)
        {
            foreach (var paragraph in row.ConcernParagraphs)
            {
                string part = CellText.Normalize(paragraph.Text);
                if (part.Length == 0) continue;
                if (text.Length == 0)
                {
                    text = part;
                    at = paragraph.Location;
                }
                else if (CellText.EndsMidSentence(text) || !CellText.StartsLowerCase(part))
                {
                    text = CellText.Join(text, part);
                }
                else
                {
                    diagnostics.Add(ReadingDiagnostics.Warning(paragraph.Location,
                        $"Text {CellText.Quote(part)} in the concern column at {ReadingDiagnostics.Where(paragraph.Location)} starts lower-case after the concern of recommendation {group.Id} has ended a sentence, so it continues nothing; it was not read."));
                }
            }
        }

        return (text, at);
    }

    /// <summary>The status from the first agreement cell that gives one; stray text in the column is reported.</summary>
    private (AgreementStatus? Status, SourceLocation? Location, string? ReasonInCell) Agreement()
    {
        AgreementStatus? status = null;
        SourceLocation? at = null;
        string? reasonInCell = null;
        foreach (var row in group.Rows)
        {
            if (row.AgreementCell is not { } cell || CellText.HasNoContent(row.AgreementText)) continue;
            var reading = AgreementText.Read(row.AgreementText);
            if (reading.Status is null)
            {
                diagnostics.Add(ReadingDiagnostics.Warning(cell.Location,
                    $"The agreement cell at {ReadingDiagnostics.Where(cell.Location)} reads {CellText.Quote(row.AgreementText)}, not Agreed, Partly Agreed or Not Agreed; it was not read as a status."));
                continue;
            }

            if (!reading.StatusAtStart)
            {
                diagnostics.Add(ReadingDiagnostics.Warning(cell.Location,
                    $"The agreement cell at {ReadingDiagnostics.Where(cell.Location)} reads {CellText.Quote(row.AgreementText)}; it was read as '{StatusName(reading.Status.Value)}'."));
            }

            if (status is null)
            {
                status = reading.Status;
                at = cell.Location;
                reasonInCell = reading.Rest;
            }
            else if (status != reading.Status)
            {
                diagnostics.Add(ReadingDiagnostics.Warning(cell.Location,
                    $"Recommendation {group.Id} gives a second agreement status, '{StatusName(reading.Status.Value)}', at {ReadingDiagnostics.Where(cell.Location)}; the first, '{StatusName(status.Value)}', was kept."));
            }
        }

        return (status, at, reasonInCell);
    }

    private (string? Reason, SourceLocation? Location) ReasonInResponse()
    {
        foreach (var action in actions)
        {
            if (AgreementText.FindReason(action.Text) is { } reason) return (reason, action.Location);
        }

        return (null, null);
    }

    private void BuildActions()
    {
        var consumed = new HashSet<int>();
        Entry? ownerAbove = null, dateAbove = null;
        for (int i = 0; i < group.Rows.Count; i++)
        {
            if (consumed.Contains(i)) continue;
            var row = group.Rows[i];
            var owners = new List<Entry>(row.Owners);
            var dates = new List<Entry>(row.Dates);
            var paragraphs = row.ActionParagraphs;
            var last = actions.Count > 0 ? actions[^1] : null;

            if (paragraphs.Count == 0)
            {
                if (last is not null)
                {
                    MoveSpilledText(last, owners, "owner");
                    MoveSpilledText(last, dates, "target date");
                }

                if (owners.Count == 0 && dates.Count == 0) continue;
                sourceRows.Add(new SourceRow(row.Location, [], owners.Count, dates.Count));
                ownerTally.Later += owners.Count;
                dateTally.Later += dates.Count;
                continue;
            }

            bool startsLower = CellText.StartsLowerCase(paragraphs[0].Text);
            owners = SplitOnSpaceRuns(owners, paragraphs.Count);
            dates = SplitOnSpaceRuns(dates, paragraphs.Count);
            // A Word owner cell merged from above names the owner: only a blank one leaves the paragraph without.
            bool noOwnOwner = (owners.Count < paragraphs.Count || owners is [{ IsGap: true }, ..]) && !row.OwnerMerged;
            bool continues = last is not null && CellText.EndsMidSentence(last.Text)
                && (startsLower || CellText.EndsWithJoiner(last.Text) || noOwnOwner);
            bool orphan = last is null && group.IsPreamble && startsLower;

            if (continues) last!.Append(paragraphs[0].Text);
            var created = new List<ActionDraft>();
            foreach (var paragraph in continues ? paragraphs.Skip(1) : paragraphs)
            {
                var draft = new ActionDraft(actions.Count + 1, paragraph, row);
                actions.Add(draft);
                created.Add(draft);
            }

            bool ownerTaken = false, dateTaken = false;
            if (continues)
            {
                var conflicts = new List<string>();
                ownerTaken = TakeContinuedEntry(last!, owners, created.Count, ActionField.Owner, conflicts);
                dateTaken = TakeContinuedEntry(last!, dates, created.Count, ActionField.TargetDate, conflicts);
                if (conflicts.Count > 0)
                {
                    diagnostics.Add(ReadingDiagnostics.Warning(paragraphs[0].Location,
                        $"The row at {ReadingDiagnostics.Where(row.Location)} continues action {last!.Index} of recommendation {group.Id} from the row above but gives it {string.Join(" and ", conflicts)}."));
                }
            }

            bool ownerFromAbove = row.OwnerMerged && owners.Count == 0 && ownerAbove is not null;
            bool dateFromAbove = row.DateMerged && dates.Count == 0 && dateAbove is not null;
            if (ownerFromAbove) owners.Add(ownerAbove!);
            if (dateFromAbove) dates.Add(dateAbove!);

            var ownerTargets = Targets(created, owners.Count, orphan);
            var dateTargets = Targets(created, dates.Count, orphan);
            PairEntryOnlyRowsBelow(i, ownerTargets.Count, dateTargets.Count, owners, dates, consumed);
            Assign(ownerTargets, owners, ActionField.Owner);
            Assign(dateTargets, dates, ActionField.TargetDate);
            ownerAbove = owners.Count == 1 ? owners[0] : null;
            dateAbove = dates.Count == 1 ? dates[0] : null;

            if (created.Count > 0 || owners.Count > 0 || dates.Count > 0)
                sourceRows.Add(new SourceRow(row.Location, [.. ownerTargets.Select(a => a.Index)], owners.Count, dates.Count));

            if (ownerTally.First is null && created.Count > 0)
            {
                ownerTally.Start(owners);
                dateTally.Start(dates);
            }
            else
            {
                ownerTally.Later += (ownerFromAbove ? 0 : owners.Count) + (ownerTaken ? 1 : 0);
                dateTally.Later += (dateFromAbove ? 0 : dates.Count) + (dateTaken ? 1 : 0);
            }
        }

        ownerTally.ApplyMergedCell(actions, ActionField.Owner);
        dateTally.ApplyMergedCell(actions, ActionField.TargetDate);
    }

    /// <summary>
    /// Owner or date text that starts lower-case in a row without action text, below an action that stops
    /// mid-sentence, is the rest of that action spilled into the wrong column by the extraction.
    /// </summary>
    private void MoveSpilledText(ActionDraft last, List<Entry> entries, string column)
    {
        for (int k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            if (!CellText.StartsLowerCase(entry.Text) || !CellText.EndsMidSentence(last.Text) || CellText.LooksLikeDate(entry.Text)) continue;
            last.Append(entry.Text);
            entries.RemoveAt(k--);
            diagnostics.Add(ReadingDiagnostics.Warning(entry.Location,
                $"Text {CellText.Quote(entry.Value)} in the {column} column at {ReadingDiagnostics.Where(entry.Location)} continues the sentence of action {last.Index} of recommendation {group.Id}; it was read as part of that action, not as {(column == "owner" ? "an owner" : "a target date")}."));
        }
    }

    /// <summary>"Governor  LTHSE Contracts Team  Governor" beside three actions: one entry per action, split at runs of spaces.</summary>
    private static List<Entry> SplitOnSpaceRuns(List<Entry> entries, int paragraphs)
    {
        if (entries.Count != 1 || paragraphs < 2) return entries;
        var parts = CellText.SplitOnSpaceRuns(entries[0].Text);
        if (parts.Count < 2 || (parts.Count != paragraphs && parts.Count != paragraphs - 1)) return entries;
        var at = entries[0].Location;
        return [.. parts.Select(p => new Entry(p.Text, at.HasLine
            ? at with { Column = at.Column + p.Offset, EndLine = at.Line, EndColumn = at.Column + p.Offset + p.Text.Length }
            : at))];
    }

    /// <summary>
    /// A continuation row whose entries outnumber its new actions by one gives the continued action its own entry:
    /// used if the action has none, reported if it differs from the one it has.
    /// </summary>
    private static bool TakeContinuedEntry(ActionDraft continued, List<Entry> entries, int created, ActionField field, List<string> conflicts)
    {
        if (entries.Count != created + 1) return false;
        var entry = entries[0];
        entries.RemoveAt(0);
        if (entry.IsGap) return false;
        var existing = continued.Get(field);
        if (existing is null)
        {
            continued.Set(field, entry);
            return true;
        }

        if (!string.Equals(existing.Value, entry.Value, StringComparison.OrdinalIgnoreCase))
            conflicts.Add($"another {FieldName(field)}, {CellText.Quote(entry.Value)}, beside {CellText.Quote(existing.Value)} (which was kept)");
        return false;
    }

    /// <summary>In a table that starts mid-recommendation, a leading fragment has no entry when the row is one short.</summary>
    private static List<ActionDraft> Targets(List<ActionDraft> created, int entries, bool orphan) =>
        orphan && created.Count > 1 && entries == created.Count - 1 ? created[1..] : created;

    /// <summary>
    /// Rows that hold only owners and dates, right below a row with more actions than entries, supply the missing
    /// entries when their counts make up the difference exactly.
    /// </summary>
    private void PairEntryOnlyRowsBelow(int row, int ownerTargets, int dateTargets, List<Entry> owners, List<Entry> dates, HashSet<int> consumed)
    {
        int needOwners = ownerTargets - owners.Count, needDates = dateTargets - dates.Count;
        if (needOwners <= 0 && needDates <= 0) return;

        var below = new List<int>();
        int moreOwners = 0, moreDates = 0;
        for (int j = row + 1; j < group.Rows.Count; j++)
        {
            var r = group.Rows[j];
            if (r.ActionParagraphs.Count > 0 || r.ConcernParagraphs.Count > 0 || !r.HasEntries) break;
            if (r.Owners.Concat(r.Dates).Any(e => CellText.StartsLowerCase(e.Text) && !CellText.LooksLikeDate(e.Text))) break;
            below.Add(j);
            moreOwners += r.Owners.Count;
            moreDates += r.Dates.Count;
        }

        bool ownersFit = moreOwners == 0 || moreOwners == needOwners;
        bool datesFit = moreDates == 0 || moreDates == needDates;
        if (below.Count == 0 || !ownersFit || !datesFit) return;
        foreach (int j in below)
        {
            owners.AddRange(group.Rows[j].Owners);
            dates.AddRange(group.Rows[j].Dates);
            consumed.Add(j);
        }
    }

    /// <summary>One entry per action in order; one entry for several actions is shared; extra actions or entries stay unmatched.</summary>
    private static void Assign(List<ActionDraft> targets, List<Entry> entries, ActionField field)
    {
        if (entries.Count == 0) return;
        if (entries.Count == 1)
        {
            foreach (var t in targets) t.Set(field, entries[0]);
            return;
        }

        for (int k = 0; k < Math.Min(entries.Count, targets.Count); k++)
            targets[k].Set(field, entries[k]);
    }

    private static string FieldName(ActionField field) => field == ActionField.Owner ? "owner" : "target date";

    private static string StatusName(AgreementStatus status) => status switch
    {
        AgreementStatus.PartlyAgreed => "Partly Agreed",
        AgreementStatus.NotAgreed => "Not Agreed",
        _ => "Agreed",
    };

    /// <summary>Owner or date entries of a recommendation: how many its first action row gave, and how many rows below.</summary>
    private sealed class ColumnTally
    {
        public int? First { get; private set; }
        public Entry? FirstEntry { get; private set; }
        public int Later { get; set; }

        public void Start(List<Entry> entries)
        {
            First = entries.Count;
            FirstEntry = entries.Count == 1 ? entries[0] : null;
        }

        /// <summary>One entry on the first row and none below: a merged cell, so it applies to every action.</summary>
        public void ApplyMergedCell(List<ActionDraft> actions, ActionField field)
        {
            if (First != 1 || Later != 0 || FirstEntry is null) return;
            foreach (var a in actions.Where(a => a.Get(field) is null)) a.Set(field, FirstEntry);
        }
    }
}

internal enum ActionField
{
    Owner,
    TargetDate,
}

/// <summary>An action while its rows are read.</summary>
internal sealed class ActionDraft
{
    public ActionDraft(int index, TableParagraph first, RowView row)
    {
        Index = index;
        Text = CellText.Normalize(first.Text);
        Location = first.Location;
        OwnerCell = row.OwnerCell?.Location ?? row.Location;
        DateCell = row.DateCell?.Location ?? row.Location;
    }

    public int Index { get; }
    public string Text { get; private set; }
    public SourceLocation Location { get; }
    public Entry? Owner { get; private set; }
    public Entry? Date { get; private set; }

    /// <summary>Where the owner and date cells (or the empty paragraphs) beside the action are, for findings about a missing owner or date.</summary>
    public SourceLocation OwnerCell { get; private set; }
    public SourceLocation DateCell { get; private set; }

    public void Append(string text) => Text = CellText.Join(Text, CellText.Normalize(text));

    public Entry? Get(ActionField field) => field == ActionField.Owner ? Owner : Date;

    public void Set(ActionField field, Entry entry)
    {
        if (entry.IsGap)
        {
            if (field == ActionField.Owner) OwnerCell = entry.Location;
            else DateCell = entry.Location;
        }
        else if (field == ActionField.Owner)
        {
            Owner = entry;
        }
        else
        {
            Date = entry;
        }
    }

    public PlanAction ToAction() => new()
    {
        Index = Index,
        Text = Text,
        Owner = Owner?.Value,
        TargetDate = Date?.Value,
        Location = Location,
        Fields = FieldLocations.From(
        [
            new(PlanFields.Text, Location),
            new(PlanFields.Owner, Owner?.Location ?? OwnerCell),
            new(PlanFields.TargetDate, Date?.Location ?? DateCell),
        ]),
    };
}
