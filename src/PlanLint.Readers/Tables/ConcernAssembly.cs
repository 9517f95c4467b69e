using System.Globalization;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Builds one recommendation from its rows: concern text, agreement and reason, and the actions with their owners
/// and target dates, each field with how it was read (<see cref="FieldReading"/>), and a <see cref="ReadingNote"/> for
/// whatever the rows do not say for certain. The second half of the rules in docs/readers.md.
/// </summary>
internal sealed class ConcernAssembly(RecommendationGroup group, int ordinal, PlanTable table)
{
    private readonly TableColumns columns = table.Columns;
    private readonly List<ActionDraft> actions = [];
    private readonly List<SourceRow> sourceRows = [];
    private readonly List<ReadingNote> notes = [.. group.Notes];
    private readonly List<RunTogetherCell> runTogether = [];
    private readonly List<string> echoes = [];
    private readonly ColumnTally ownerTally = new();
    private readonly ColumnTally dateTally = new();

    /// <summary>The note that the agreement cell held text but no status, when it did: the tally may explain it.</summary>
    public ReadingNote? UnreadAgreement { get; private set; }

    /// <summary>The text of that cell.</summary>
    public string? UnreadAgreementText { get; private set; }

    public Concern Build()
    {
        var fields = new List<KeyValuePair<string, SourceLocation>> { new(PlanFields.Id, group.IdLocation) };
        if (group.SectionLocation is { } sectionAt) fields.Add(new(PlanFields.Section, sectionAt));

        var (text, textAt) = ConcernText();
        if (textAt is not null) fields.Add(new(PlanFields.Text, textAt));

        AgreementStatus? agreement = null;
        string? reason = null;
        var readings = new List<KeyValuePair<string, FieldReading>> { new(PlanFields.Id, group.IdReading) };
        if (echoes.Count > 0) readings.Add(new(PlanFields.Text, FieldReading.InferredFrom(string.Join("; ", echoes))));
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

        foreach (var cell in runTogether) notes.Add(cell.ToNote(group.Id));
        if (group.IsPreamble && string.IsNullOrEmpty(text))
            readings.Add(new(PlanFields.Text, FieldReading.UnknownBecause("the table starts part-way through this recommendation: its concern is not in the file")));

        if (actions.Count > 0) fields.Add(new(PlanFields.Actions, actions[0].Location));
        return new Concern
        {
            Id = group.Id,
            Ordinal = ordinal,
            Section = group.Section,
            Text = text,
            Agreement = agreement,
            Reason = reason,
            Actions = [.. actions.Select(a => a.ToAction(actions))],
            Rows = sourceRows,
            ReadingNotes = [.. notes.OrderBy(n => n.Location.Line).ThenBy(n => n.Location.Column)],
            Readings = FieldReadings.From(readings),
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
                else if (CellText.EchoesEnd(text, part))
                {
                    // A garbled copy of the concern's own last words (the extraction read one line twice): nothing of
                    // the plan is in it, so leaving it out is no loss to report.
                    echoes.Add($"{CellText.Quote(part)} at {ReadingDiagnostics.Where(paragraph.Location)} repeats the concern's last words garbled by the extraction; it was left out");
                }
                else
                {
                    notes.Add(ReadingDiagnostics.Note(RuleIds.TextNotRead, paragraph.Location,
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
        var debris = new List<ReadingNote>();
        foreach (var row in group.Rows)
        {
            if (row.AgreementCell is not { } cell || CellText.HasNoContent(row.AgreementText)) continue;
            var reading = AgreementText.Read(row.AgreementText);
            if (reading.Status is null)
            {
                var note = ReadingDiagnostics.Note(RuleIds.TextNotRead, cell.Location,
                    $"The agreement cell at {ReadingDiagnostics.Where(cell.Location)} reads {CellText.Quote(row.AgreementText)}, not Agreed, Partly Agreed or Not Agreed; it was not read as a status.");
                if (CellText.IsDebris(row.AgreementText)) debris.Add(note);
                else notes.Add(note);
                if (status is null && UnreadAgreement is null)
                {
                    UnreadAgreement = note;
                    UnreadAgreementText = row.AgreementText;
                }

                continue;
            }

            if (!reading.StatusAtStart)
            {
                notes.Add(ReadingDiagnostics.Note(RuleIds.TextNotRead, cell.Location,
                    $"The agreement cell at {ReadingDiagnostics.Where(cell.Location)} reads {CellText.Quote(row.AgreementText)}; it was read as '{reading.Status.Value.TemplateName()}'."));
            }

            if (status is null)
            {
                status = reading.Status;
                at = cell.Location;
                reasonInCell = reading.Rest;
            }
            else if (status != reading.Status)
            {
                notes.Add(ReadingDiagnostics.Note(RuleIds.ConflictingEntries, cell.Location,
                    $"Recommendation {group.Id} gives a second agreement status, '{reading.Status.Value.TemplateName()}', at {ReadingDiagnostics.Where(cell.Location)}; the first, '{status.Value.TemplateName()}', was kept."));
            }
        }

        if (status is not null)
        {
            UnreadAgreement = null;
            UnreadAgreementText = null;
        }
        else
        {
            // Page debris (letters of a margin, no word) matters only when no cell gives the status: then the cell may
            // be the status lost in the source, and is said.
            notes.AddRange(debris);
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
        var walk = new RowWalk();
        for (int i = 0; i < group.Rows.Count; i++)
        {
            if (walk.Consumed.Contains(i)) continue;
            var row = group.Rows[i];
            var entries = new RowEntries([.. row.Owners], [.. row.Dates]);
            var last = actions.Count > 0 ? actions[^1] : null;
            if (row.ActionParagraphs.Count == 0)
            {
                ReadEntryOnlyRow(i, row, entries, last);
                continue;
            }

            entries = entries.SplitOnSpaceRuns(row.ActionParagraphs.Count);
            var start = StartActions(row, entries, last);
            if (start.Continued is not null)
            {
                JoinDateSplitAcrossColumns(entries.Owners, entries.Dates);
                DropNoise(entries.Dates);
            }

            if (start.Continued is { } above && SplitContinuation(row, entries, above, start) is { } split)
            {
                walk.Remember(entries);
                sourceRows.Add(new SourceRow(row.Location, [.. split.Select(a => a.Index)], entries.Owners.Count, entries.Dates.Count));
                Tally(entries, new PlacedRow(split, split), default, default);
                continue;
            }

            var taken = start.Continued is { } continued ? TakeContinuedEntries(row, entries, continued, start) : default;
            var fromAbove = walk.FillMergedFromAbove(row, entries);
            var placed = PlaceEntries(i, row, entries, start, walk);
            walk.Remember(entries);

            if (placed.Actions.Count > 0 || entries.Owners.Count > 0 || entries.Dates.Count > 0)
                sourceRows.Add(new SourceRow(row.Location, [.. placed.OwnerTargets.Select(a => a.Index)], entries.Owners.Count, entries.Dates.Count));
            Tally(entries, placed, taken, fromAbove);
        }

        ApplyColumnShapes();
    }

    /// <summary>A row with owner or date entries but no action: text spilled from the action above, or entries said to be unplaced.</summary>
    private void ReadEntryOnlyRow(int rowIndex, RowView row, RowEntries entries, ActionDraft? last)
    {
        if (last is not null)
        {
            bool textGoesOn = rowIndex + 1 < group.Rows.Count && group.Rows[rowIndex + 1].ActionParagraphs is [var next, ..] && CellText.StartsLowerCase(next.Text);
            MoveSpilledText(last, entries.Owners, "owner", textGoesOn);
            MoveSpilledText(last, entries.Dates, "target date", textGoesOn);
        }

        if (entries.Owners.Count == 0 && entries.Dates.Count == 0) return;
        sourceRows.Add(new SourceRow(row.Location, [], entries.Owners.Count, entries.Dates.Count));
        notes.Add(ReadingDiagnostics.Note(RuleIds.OwnersNotAlignedWithActions, row.Location,
            $"Row at {ReadingDiagnostics.Where(row.Location)} of recommendation {group.Id} has {EntryCounts(entries.Owners.Count, entries.Dates.Count)} but no action; {(entries.Owners.Count + entries.Dates.Count == 1 ? "it" : "they")} could not be matched to an action"));
        ownerTally.Later += entries.Owners.Count;
        dateTally.Later += entries.Dates.Count;
    }

    /// <summary>
    /// Whether the row's first paragraph continues the action above or is an orphan the table starts part-way through,
    /// and the actions its other paragraphs start.
    /// </summary>
    private RowStart StartActions(RowView row, RowEntries entries, ActionDraft? last)
    {
        var paragraphs = row.ActionParagraphs;
        bool startsLower = CellText.StartsLowerCase(paragraphs[0].Text);
        // A Word owner cell merged from above names the owner: only a blank one leaves the paragraph without.
        bool noOwnOwner = (entries.Owners.Count < paragraphs.Count || entries.Owners is [{ IsGap: true }, ..]) && !row.OwnerMerged;
        var continued = last is not null && CellText.EndsMidSentence(last.Text)
            && (startsLower || CellText.EndsWithJoiner(last.Text) || noOwnOwner) ? last : null;
        bool orphan = last is null && group.IsPreamble && startsLower;

        int textBefore = last?.Text.Length ?? 0;
        continued?.Append(paragraphs[0].Text);
        var created = new List<ActionDraft>();
        foreach (var paragraph in continued is not null ? paragraphs.Skip(1) : paragraphs)
        {
            var draft = new ActionDraft(actions.Count + 1, paragraph, row);
            actions.Add(draft);
            created.Add(draft);
        }

        if (orphan)
        {
            created[0].MarkFragment(
                $"the table starts part-way through this action: its start, and the owner and target date beside it, are not in the file (rows from {ReadingDiagnostics.Where(row.Location)})");
        }

        return new RowStart(continued, orphan, textBefore, created);
    }

    /// <summary>The entries a continuing row gives the action it continues, and the conflict when it gives another.</summary>
    private EntriesTaken TakeContinuedEntries(RowView row, RowEntries entries, ActionDraft continued, RowStart start)
    {
        var conflicts = new List<string>();
        bool ownerTaken = TakeContinuedEntry(continued, entries.Owners, start.Created.Count, ActionField.Owner, conflicts);
        bool dateTaken = TakeContinuedEntry(continued, entries.Dates, start.Created.Count, ActionField.TargetDate, conflicts);
        if (conflicts.Count > 0)
        {
            // The row's own entry may belong to a paragraph that starts in it: past the sentence the row
            // completes, the action's end could not be told.
            int known = CellText.SentenceEndFrom(continued.Text, start.TextBefore);
            continued.LimitExtent(known, $"the row at {ReadingDiagnostics.Where(row.Location)} continues this paragraph but gives it an entry of its own, so past the sentence it completes ({CellText.Quote(continued.Text[Math.Min(start.TextBefore, known)..known].Trim())}) where the action ends could not be told");
            notes.Add(ReadingDiagnostics.Note(RuleIds.ConflictingEntries, row.ActionParagraphs[0].Location,
                $"The row at {ReadingDiagnostics.Where(row.Location)} continues {ActionNames.InRecommendation(continued.Index, group.Id)} from the row above but gives it {string.Join(" and ", conflicts)}.",
                continued.Index));
        }

        return new EntriesTaken(ownerTaken, dateTaken);
    }

    /// <summary>
    /// In text that can lose paragraph breaks, a row whose paragraph finishes the sentence of the action above and goes on
    /// with more, beside an owner or target date of its own that differs from that action's, holds the end of that action
    /// and, run into it, the paragraphs its own entries sit beside. When exactly one cut at sentence boundaries fits the
    /// action's entry and the row's (<see cref="RunTogether.Cut"/>), the action above keeps the first part and each entry
    /// of the row gets one of the others as a new action; a blank the row leaves is the action above's, inferred. The cut
    /// is recorded in the actions' text readings with its cue. Null, and the row read as before, otherwise.
    /// </summary>
    private List<ActionDraft>? SplitContinuation(RowView row, RowEntries entries, ActionDraft continued, RowStart start)
    {
        if (!table.ParagraphBreaksMayBeLost || start.Created.Count != 0 || row.ActionParagraphs.Count != 1) return null;
        if (entries.Owners.Count > 1 || entries.Dates.Count > 1 || runTogether.Any(c => ReferenceEquals(c.Action, continued))) return null;

        // An action whose text is already in doubt (a fragment, or an extent a row above left unknown) is not cut again.
        if (continued.TextReading.IsUnknown || continued.KnownExtent is not null) return null;
        var owner = entries.Owners is [{ IsGap: false } o] ? o : null;
        var date = entries.Dates is [{ IsGap: false } d] ? d : null;

        // A field the row gives and the action above lacks would be that action's (TakeContinuedEntry), not a sign of a new one.
        if ((owner is not null && continued.Owner is null) || (date is not null && continued.Date is null)) return null;
        bool ownerDiffers = owner is not null && continued.Owner is { } keptOwner
            && !Same(keptOwner.Value, owner.Value) && !RunTogether.IsWrappedTail(keptOwner.Value, owner.Value);
        bool dateDiffers = date is not null && continued.Date is { } keptDate && !Same(keptDate.Value, date.Value);
        if (!ownerDiffers && !dateDiffers) return null;

        var dateParts = date is null ? null : RunTogether.Dates(date.Value);
        var ownerParts = owner is null ? null : RunTogether.Owners(owner.Value);
        int parts = dateParts?.Count ?? ownerParts?.Count ?? 1;
        if (dateParts is not null && ownerParts is not null && dateParts.Count != ownerParts.Count) return null;

        var kinds = new List<EntryKind> { continued.Date is { } above ? ParagraphTense.KindOf(above.Value) : EntryKind.Ongoing };
        kinds.AddRange(dateParts is not null
            ? dateParts.Select(p => ParagraphTense.KindOf(p.Text))
            : Enumerable.Repeat(date is null ? EntryKind.Ongoing : ParagraphTense.KindOf(date.Value), parts));
        string rowText = continued.Text[start.TextBefore..];
        int lead = rowText.Length - rowText.TrimStart().Length;
        if (RunTogether.Cut(rowText.TrimStart(), kinds) is not { } cut) return null;

        string where = ReadingDiagnostics.Where(row.Location);
        var rowEntries = string.Join(" and ", new[]
        {
            owner is null ? null : $"owner {CellText.Quote(owner.Value)}",
            date is null ? null : $"target date {CellText.Quote(date.Value)}",
        }.OfType<string>());
        string ends = CellText.Quote(cut[0].Text);
        string newActions = Numbered(Enumerable.Range(actions.Count + 1, cut.Count - 1));
        continued.TruncateText(start.TextBefore + lead + cut[1].Offset);
        continued.MarkInferred($"it ends in the row at {where} with {ends}, which finishes its sentence; the rest of that row, beside the row's own {rowEntries}, is another paragraph run into it by the extraction and was read as {newActions}");
        string why = $"cut from the row at {where}, whose first words ({ends}) finish {ActionNames.InRecommendation(continued.Index, group.Id)}: the rest is another paragraph run into it by the extraction, beside the row's own {rowEntries}";

        var ownerEntries = ownerParts is null || owner is null ? null : Split(owner, ownerParts);
        var dateEntries = dateParts is null || date is null ? null : Split(date, dateParts);
        var paragraph = row.ActionParagraphs[0].Location;
        var pieces = new List<ActionDraft>();
        for (int k = 1; k < cut.Count; k++)
        {
            int offset = Math.Max(0, cut[k].Offset + lead - 1);
            var piece = ActionDraft.CutFrom(actions.Count + 1, cut[k].Text, paragraph.HasLine ? paragraph with { Column = paragraph.Column + offset } : paragraph, row, why);
            if (ownerEntries is not null) piece.Set(ActionField.Owner, ownerEntries[k - 1], FieldReading.InferredFrom($"the owner cell at {ReadingDiagnostics.Where(ownerEntries[k - 1].Location)} runs {parts} owners together; this is the one beside part {k} of the row's paragraph after the sentence it finishes"));
            else if (owner is not null) piece.Set(ActionField.Owner, owner);
            else piece.BlankFrom = continued;
            if (dateEntries is not null) piece.Set(ActionField.TargetDate, dateEntries[k - 1], FieldReading.InferredFrom($"the target date cell at {ReadingDiagnostics.Where(dateEntries[k - 1].Location)} runs {parts} dates together; this is the one beside part {k} of the row's paragraph after the sentence it finishes"));
            else if (date is not null) piece.Set(ActionField.TargetDate, date);
            else piece.BlankFrom = continued;
            actions.Add(piece);
            pieces.Add(piece);
        }

        return pieces;
    }

    /// <summary>
    /// An action cut from a continuation row whose owner or date cell is blank beside it: the cell of the action above may
    /// run down beside it, so that action's entry is its own only as an inferred value, and unknown when there is none.
    /// </summary>
    private static void FillBlanksFromAbove(ActionDraft action)
    {
        if (action.BlankFrom is not { } above) return;
        foreach (var field in new[] { ActionField.Owner, ActionField.TargetDate })
        {
            if (action.Get(field) is not null || !action.ReadingOf(field).IsRead) continue;
            string name = FieldName(field);
            if (above.Get(field) is { } entry)
                action.Set(field, entry, FieldReading.InferredFrom($"the {name} cell beside this action is blank: it was cut from a row that continues action {above.Index}, whose {name} cell may run down beside it"));
            else
                action.MarkUnknown(field, $"the {name} cell beside this action is blank, and it was cut from a row that continues action {above.Index}, which has none either");
        }
    }

    /// <summary>Lines the row's entries up with its actions: cut a run-together paragraph at its sentences, or align the row.</summary>
    private PlacedRow PlaceEntries(int rowIndex, RowView row, RowEntries entries, RowStart start, RowWalk walk)
    {
        var created = start.Created;
        var ownerTargets = Targets(created, entries.Owners.Count, start.Orphan);
        var dateTargets = Targets(created, entries.Dates.Count, start.Orphan);
        PairEntryOnlyRowsBelow(rowIndex, ownerTargets.Count, dateTargets.Count, entries.Owners, entries.Dates, walk.Consumed);

        int rowStart = actions.Count - created.Count;
        void Replace(IReadOnlyList<ActionDraft> replacement) => ReplaceRowActions(rowStart, replacement);
        var cut = table.ParagraphBreaksMayBeLost && created.Count == 1 && start.Continued is null && !start.Orphan
            ? ReadRunTogether(row, created[0], entries.Owners, entries.Dates, Replace)
            : null;
        if (cut is not null) return new PlacedRow(cut, cut);

        var alignment = new RowAlignment(group.Id, row.Location, created, entries.Owners, entries.Dates, ownerTargets, dateTargets, Replace);
        alignment.Apply();
        if (alignment.Note is { } note) notes.Add(note);
        return new PlacedRow(alignment.Actions, alignment.OwnerTargets);
    }

    /// <summary>Counts the row's entries: the first action row's start the column's shape, later rows add to it.</summary>
    private void Tally(RowEntries entries, PlacedRow placed, EntriesTaken taken, EntriesFromAbove fromAbove)
    {
        if (ownerTally.First is null && placed.Actions.Count > 0)
        {
            ownerTally.Start(entries.Owners);
            dateTally.Start(entries.Dates);
        }
        else
        {
            ownerTally.Later += (fromAbove.Owner ? 0 : entries.Owners.Count) + (taken.Owner ? 1 : 0);
            dateTally.Later += (fromAbove.Date ? 0 : entries.Dates.Count) + (taken.Date ? 1 : 0);
        }
    }

    /// <summary>What the owner and date columns' shapes say once every row is read: one merged cell, or blanks that may be.</summary>
    private void ApplyColumnShapes()
    {
        string merged = $"one merged cell: given once, on the first action row of recommendation {group.Id}, with the cells below it blank";
        ownerTally.ApplyMergedCell(actions, ActionField.Owner, merged);
        dateTally.ApplyMergedCell(actions, ActionField.TargetDate, merged);
        foreach (var action in actions) FillBlanksFromAbove(action);
        if (!table.MergedCellsMarked || table.BlanksWithinACellUnmarked)
        {
            LeaveSparseBlanksUnknown(ActionField.Owner);
            LeaveSparseBlanksUnknown(ActionField.TargetDate);
        }
    }

    /// <summary>
    /// A recommendation that gives an owner (or date) beside only some of its actions, in a source that does not mark
    /// cells spanning several rows: a blank cell below an entry may be part of a taller cell above or truly blank. In
    /// published text, when the recommendation writes one entry per action (blanks are at most a third of its actions), a
    /// blank is missing; otherwise, and always on a PDF page without ruling lines (<see cref="PlanTable.BlanksBelowEntriesUndecided"/>),
    /// the blanks below an entry are left unknown, and said once for the recommendation. In a source that marks merged
    /// cells but not blanks within a cell (a ruled PDF), the same holds for a blank in the cell of an entry above it.
    /// </summary>
    private void LeaveSparseBlanksUnknown(ActionField field)
    {
        var judged = actions.Where(a => !a.TextReading.IsUnknown && a.Text.Length > 0).ToList();
        int first = judged.FindIndex(a => a.Get(field) is not null);
        if (first < 0) return;
        var given = judged.Where(a => a.Get(field) is not null).ToList();
        bool withinACell = table.MergedCellsMarked;
        var blanks = judged.Skip(first + 1)
            .Where(a => a.Get(field) is null && a.ReadingOf(field).IsRead && (!withinACell || given.Any(g => g.Index < a.Index && CellOf(g, field) == CellOf(a, field))))
            .ToList();
        if (blanks.Count == 0 || (!table.BlanksBelowEntriesUndecided && blanks.Count * 2 <= given.Count)) return;

        string name = FieldName(field);
        string givenAt = Numbered(given.Select(a => a.Index));
        string blankAt = Numbered(blanks.Select(a => a.Index));
        string source = withinACell ? "within one cell of a PDF table" : table.BlanksBelowEntriesUndecided ? "on a page without ruling lines" : "in text extracted from a PDF";
        string covered = withinACell ? $"the {name} given above {(blanks.Count == 1 ? "it" : "them")} in the cell" : $"a taller {name} cell above";
        string why = withinACell
            ? $"recommendation {group.Id} gives {name}s beside {givenAt} only; {source} empty space beside an action cannot be told from the {name} above meant to cover it"
            : $"recommendation {group.Id} gives {name}s beside {givenAt} only; {source} a {name} cell that spans several rows cannot be told from a blank one";
        foreach (var a in blanks) a.MarkUnknown(field, why);
        notes.Add(ReadingDiagnostics.Note(RuleIds.OwnersNotAlignedWithActions, CellOf(blanks[0], field),
            $"Recommendation {group.Id} gives {name}s beside {givenAt} only, so {blankAt} may share {covered} or have none; {source} the two cannot be told apart, so no {name} is reported missing for {(blanks.Count == 1 ? "it" : "them")}",
            blanks.Select(a => a.Index)));
    }

    private static SourceLocation CellOf(ActionDraft action, ActionField field) => field == ActionField.Owner ? action.OwnerCell : action.DateCell;

    /// <summary>"action 9", "actions 6–8", "actions 1, 6–7".</summary>
    internal static string Numbered(IEnumerable<int> indexes)
    {
        var list = indexes.ToList();
        var ranges = new List<string>();
        for (int i = 0; i < list.Count;)
        {
            int j = i;
            while (j + 1 < list.Count && list[j + 1] == list[j] + 1) j++;
            ranges.Add(i == j ? list[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{list[i]}\u2013{list[j]}"));
            i = j + 1;
        }

        return (list.Count == 1 ? "action " : "actions ") + string.Join(", ", ranges);
    }

    /// <summary>Replaces the actions from <paramref name="rowStart"/> on (the row's) with <paramref name="replacement"/>, numbering them again.</summary>
    private void ReplaceRowActions(int rowStart, IReadOnlyList<ActionDraft> replacement)
    {
        actions.RemoveRange(rowStart, actions.Count - rowStart);
        actions.AddRange(replacement);
        for (int k = rowStart; k < actions.Count; k++) actions[k].Index = k + 1;
    }

    /// <summary>
    /// A paragraph whose owner or target date cell runs several entries together on one line (text extracted from a PDF
    /// loses paragraph breaks): cut the paragraph into as many actions when exactly one cut at sentence boundaries fits the
    /// entries; otherwise keep it whole, with the run-together field unknown and one note for the cell. The row's actions
    /// and their entries are settled either way, unless neither cell runs entries together (null).
    /// </summary>
    private List<ActionDraft>? ReadRunTogether(RowView row, ActionDraft draft, List<Entry> owners, List<Entry> dates, Action<IReadOnlyList<ActionDraft>> replace)
    {
        var dateParts = dates.Count == 1 ? RunTogether.Dates(dates[0].Value) : null;
        var ownerParts = owners.Count == 1 ? RunTogether.Owners(owners[0].Value) : null;
        if (dateParts is null && ownerParts is null) return null;

        bool datesAlike = dateParts is not null && dateParts.All(p => Same(p.Text, dateParts[0].Text));
        bool ownersAlike = ownerParts is not null && ownerParts.All(p => Same(p.Text, ownerParts[0].Text));

        // One word repeated, where every other owner of the recommendation is one post that begins with it: that post.
        var post = ownersAlike && ownerParts is not null
            ? RunTogether.RepeatedWordPost(ownerParts, group.Rows.Where(r => !ReferenceEquals(r, row)).SelectMany(r => r.Owners).Where(e => !e.IsGap).Select(e => e.Value))
            : null;
        var postEntry = post is null ? null : new Entry(post, owners[0].Location);
        var postReading = post is null || ownerParts is null ? null : FieldReading.InferredFrom(
            $"the owner cell at {ReadingDiagnostics.Where(owners[0].Location)} repeats {CellText.Quote(ownerParts[0].Text)} {ownerParts.Count} times on one line; every other owner entry of recommendation {group.Id} is {CellText.Quote(post)}, which it begins: read as that post, its cells run together and cut short by the extraction");
        int parts = dateParts?.Count ?? ownerParts!.Count;
        bool countsAgree = dateParts is null || ownerParts is null || dateParts.Count == ownerParts.Count;

        IReadOnlyList<(string Text, int Offset)>? cut = null;
        if (countsAgree && !CellText.EndsMidSentence(draft.Text))
        {
            var kinds = dateParts is null
                ? Enumerable.Repeat(EntryKind.Ongoing, parts).ToList()
                : dateParts.Select(p => ParagraphTense.KindOf(p.Text)).ToList();
            cut = RunTogether.Cut(draft.Text, kinds);
        }

        if (cut is not null)
        {
            var pieces = new List<ActionDraft>();
            var ownerEntries = ownerParts is null ? null : Split(owners[0], ownerParts);
            var dateEntries = dateParts is null ? null : Split(dates[0], dateParts);
            string where = ReadingDiagnostics.Where(draft.Location);
            string cells = string.Join(" and ", new[]
            {
                dateParts is null ? null : $"{Count(parts, "target date")} ({Quotes(dateParts.Select(p => p.Text))})",
                ownerParts is null ? null : $"{Count(parts, "owner")} ({Quotes(ownerParts.Select(p => p.Text))})",
            }.OfType<string>());
            string why = $"cut from the paragraph at {where}, which runs {parts} actions together beside {cells} on one line";
            for (int k = 0; k < cut.Count; k++)
            {
                var piece = draft.Piece(draft.Index + k, cut[k].Text, cut[k].Offset, why);
                if (postEntry is not null) piece.Set(ActionField.Owner, postEntry, postReading);
                else if (ownerEntries is not null) piece.Set(ActionField.Owner, ownerEntries[k], FieldReading.InferredFrom($"the owner cell at {ReadingDiagnostics.Where(owners[0].Location)} runs {parts} owners together; this is the one beside part {k + 1} of the paragraph"));
                else if (owners.Count == 1) piece.Set(ActionField.Owner, owners[0]);
                if (dateEntries is not null) piece.Set(ActionField.TargetDate, dateEntries[k], FieldReading.InferredFrom($"the target date cell at {ReadingDiagnostics.Where(dates[0].Location)} runs {parts} dates together; this is the one beside part {k + 1} of the paragraph"));
                else if (dates.Count == 1) piece.Set(ActionField.TargetDate, dates[0]);
                pieces.Add(piece);
            }

            // Exactly one cut fits the entries: a decision the reader could make, recorded in the pieces' readings (their
            // cue), not a finding; what could not be cut is one (below).
            replace(pieces);
            return pieces;
        }

        // Kept whole. The same date written twice is one date; anything else run together cannot be placed. Either way
        // the paragraph may be several run together, so where the action ends could not be told.
        var runCells = new[]
        {
            dateParts is null ? null : $"the target date cell at {ReadingDiagnostics.Where(dates[0].Location)} runs {parts} dates together ({Quotes(dateParts.Select(p => p.Text))})",
            ownerParts is null ? null : $"the owner cell at {ReadingDiagnostics.Where(owners[0].Location)} runs {ownerParts.Count} owners together ({Quotes(ownerParts.Select(p => p.Text))})",
        }.OfType<string>();
        draft.LimitExtent(0, $"{string.Join(" and ", runCells)} beside this paragraph, which could not be cut to match: it may be as many actions run together");
        if (postEntry is not null) draft.Set(ActionField.Owner, postEntry, postReading);
        else if (owners.Count == 1) draft.Set(ActionField.Owner, owners[0]);
        if (dates.Count == 1) draft.Set(ActionField.TargetDate, dates[0]);
        var cell = new RunTogetherCell(draft);
        if (dateParts is not null && !datesAlike)
        {
            cell.Dates.AddRange(dateParts.Select(p => p.Text));
            cell.DateAt = dates[0].Location;
        }

        if (ownerParts is not null && postEntry is null)
        {
            cell.Owners.AddRange(ownerParts.Select(p => p.Text));
            cell.OwnerAt = owners[0].Location;
            cell.OwnersAlike = ownersAlike;
        }
        else if (cell.Dates.Count > 0 && owners.Count == 1 && CellText.NamesSeveral(owners[0].Value))
        {
            // Beside dates of several paragraphs run together, an owner cell that lists several names ran together too.
            cell.OwnerSuspect = owners[0];
        }

        if (cell.Dates.Count > 0 || cell.Owners.Count > 0)
        {
            cell.Mark();
            runTogether.Add(cell);
        }

        return [draft];
    }

    private static List<Entry> Split(Entry entry, IReadOnlyList<(string Text, int Offset)> parts) =>
        [.. parts.Select(p => new Entry(p.Text, entry.Location.HasLine ? entry.Location with { Column = entry.Location.Column + p.Offset } : entry.Location))];

    private static bool Same(string a, string b) => string.Equals(CellText.Normalize(a), CellText.Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static string Quotes(IEnumerable<string> texts) => string.Join(", ", texts.Select(t => CellText.Quote(t)));

    /// <summary>
    /// Owner or date text that starts lower-case in a row without action text, below an action that stops
    /// mid-sentence, is the rest of that action spilled into the wrong column by the extraction. When the text stops
    /// mid-sentence too and the action column goes on lower-case in the next row (<paramref name="textGoesOn"/>), it sits
    /// inside one sentence of the action: the wrap is plain, recorded in the action's reading, and no finding.
    /// </summary>
    private void MoveSpilledText(ActionDraft last, List<Entry> entries, string column, bool textGoesOn)
    {
        for (int k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            if (!CellText.StartsLowerCase(entry.Text) || !CellText.EndsMidSentence(last.Text) || CellText.LooksLikeDate(entry.Text)) continue;
            last.Append(entry.Text);
            entries.RemoveAt(k--);
            if (textGoesOn && CellText.EndsMidSentence(entry.Text))
            {
                last.MarkInferred($"the text {CellText.Quote(entry.Value)} in the {column} column at {ReadingDiagnostics.Where(entry.Location)} sits inside a sentence of this action, which goes on in the row below: it was read as part of the action");
                continue;
            }

            notes.Add(ReadingDiagnostics.Note(RuleIds.TextReadAcrossColumns, entry.Location,
                $"Text {CellText.Quote(entry.Value)} in the {column} column at {ReadingDiagnostics.Where(entry.Location)} continues the sentence of {ActionNames.InRecommendation(last.Index, group.Id)}; it was read as part of that action, not as {(column == "owner" ? "an owner" : "a target date")}.",
                last.Index));
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
    /// used if the action has none, reported if it differs from the one it has (or added to the entries already
    /// run together beside it).
    /// </summary>
    private bool TakeContinuedEntry(ActionDraft continued, List<Entry> entries, int created, ActionField field, List<string> conflicts)
    {
        if (entries.Count != created + 1) return false;
        var entry = entries[0];
        entries.RemoveAt(0);
        if (entry.IsGap) return false;
        var existing = continued.Get(field);
        if (existing is null)
        {
            continued.Set(field, entry, entry.Cue is { } cue ? FieldReading.InferredFrom(cue) : null);
            return true;
        }

        if (string.Equals(existing.Value, entry.Value, StringComparison.OrdinalIgnoreCase)) return false;
        if (field == ActionField.Owner && table.ParagraphBreaksMayBeLost && RunTogether.IsWrappedTail(existing.Value, entry.Value))
        {
            continued.Infer(field, $"read at {ReadingDiagnostics.Where(existing.Location)}; {CellText.Quote(entry.Value)} in the owner column at {ReadingDiagnostics.Where(entry.Location)}, in a row that continues this action's sentence, is the end of {CellText.Quote(existing.Value)} wrapped by the extraction, not another owner");
            return false;
        }

        if (runTogether.FirstOrDefault(c => ReferenceEquals(c.Action, continued)) is { } cell && cell.Has(field))
        {
            cell.Later(field, entry);
            return false;
        }

        conflicts.Add($"another {FieldName(field)}, {CellText.Quote(entry.Value)}, beside {CellText.Quote(existing.Value)} (which was kept)");
        return false;
    }

    /// <summary>
    /// An owner entry that ends the owner cell and a date entry that starts the date cell, neither a date alone, that
    /// join into one ("Aug" | "just 2022"): one date split across the column boundary by the extraction, not an owner
    /// and a date. They are read as that date, in the date column; the owner cell gave nothing.
    /// </summary>
    private static void JoinDateSplitAcrossColumns(List<Entry> owners, List<Entry> dates)
    {
        if (owners.Count == 0 || dates.Count == 0 || owners[^1].IsGap || dates[0].IsGap) return;
        var owner = owners[^1];
        var date = dates[0];
        if (PlanDates.JoinSplit(owner.Value, date.Value) is not { } joined) return;
        owners.RemoveAt(owners.Count - 1);
        dates[0] = new Entry(joined, owner.Location)
        {
            Cue = $"{CellText.Quote(owner.Value)} in the owner column and {CellText.Quote(date.Value)} in the date column at {ReadingDiagnostics.Where(owner.Location)} join into one date, split across the columns by the extraction",
        };
    }

    /// <summary>
    /// A date entry that is extraction debris, not a value (<see cref="CellText.IsNumericDebris"/>: "2001000.000"): a row
    /// that continues an action does not give it another target date by it.
    /// </summary>
    private static void DropNoise(List<Entry> dates) =>
        dates.RemoveAll(e => !e.IsGap && CellText.IsNumericDebris(e.Value));

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

    internal static string FieldName(ActionField field) => field == ActionField.Owner ? "owner" : "target date";

    internal static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s");

    private static string EntryCounts(int owners, int dates) =>
        string.Join(" and ", new[] { owners > 0 ? Count(owners, "owner") : null, dates > 0 ? Count(dates, "target date") : null }.OfType<string>());

    /// <summary>One row's owner and date entries, as the steps of <see cref="BuildActions"/> take and move them.</summary>
    private sealed record RowEntries(List<Entry> Owners, List<Entry> Dates)
    {
        public RowEntries SplitOnSpaceRuns(int paragraphs) =>
            new(ConcernAssembly.SplitOnSpaceRuns(Owners, paragraphs), ConcernAssembly.SplitOnSpaceRuns(Dates, paragraphs));
    }

    /// <summary>How a row's paragraphs begin: <see cref="Continued"/> is the action above its first paragraph completes.</summary>
    private sealed record RowStart(ActionDraft? Continued, bool Orphan, int TextBefore, List<ActionDraft> Created);

    /// <summary>Whether a continuing row's owner and date went to the action it continues.</summary>
    private readonly record struct EntriesTaken(bool Owner, bool Date);

    /// <summary>Whether a row's owner and date came from a Word cell merged down from the row above.</summary>
    private readonly record struct EntriesFromAbove(bool Owner, bool Date);

    /// <summary>A row's actions once its entries are placed, and the actions its owners went to.</summary>
    private sealed record PlacedRow(IReadOnlyList<ActionDraft> Actions, IReadOnlyList<ActionDraft> OwnerTargets);

    /// <summary>What the walk over a recommendation's rows carries from row to row.</summary>
    private sealed class RowWalk
    {
        private Entry? ownerAbove;
        private Entry? dateAbove;

        /// <summary>Entry-only rows below that an earlier row paired with its actions, and so already read.</summary>
        public HashSet<int> Consumed { get; } = [];

        /// <summary>Gives a row whose Word cell is merged down from above the single entry of the row above.</summary>
        public EntriesFromAbove FillMergedFromAbove(RowView row, RowEntries entries)
        {
            bool owner = row.OwnerMerged && entries.Owners.Count == 0 && ownerAbove is not null;
            bool date = row.DateMerged && entries.Dates.Count == 0 && dateAbove is not null;
            if (owner && ownerAbove is { } o) entries.Owners.Add(o);
            if (date && dateAbove is { } d) entries.Dates.Add(d);
            return new EntriesFromAbove(owner, date);
        }

        /// <summary>A row's single entry is what a merged cell below it repeats.</summary>
        public void Remember(RowEntries entries)
        {
            ownerAbove = entries.Owners.Count == 1 ? entries.Owners[0] : null;
            dateAbove = entries.Dates.Count == 1 ? entries.Dates[0] : null;
        }
    }

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
        public void ApplyMergedCell(List<ActionDraft> actions, ActionField field, string why)
        {
            if (First != 1 || Later != 0 || FirstEntry is null) return;
            foreach (var a in actions.Where(a => a.Get(field) is null && !a.ReadingOf(field).IsUnknown))
                a.Set(field, FirstEntry, FieldReading.InferredFrom(why));
        }
    }

    /// <summary>A cell beside one paragraph whose entries were run together and could not be placed, reported once.</summary>
    private sealed class RunTogetherCell(ActionDraft action)
    {
        private readonly List<Entry> laterOwners = [];
        private readonly List<Entry> laterDates = [];

        public ActionDraft Action => action;
        public List<string> Dates { get; } = [];
        public List<string> Owners { get; } = [];
        public SourceLocation? DateAt { get; set; }
        public SourceLocation? OwnerAt { get; set; }
        public bool OwnersAlike { get; set; }

        /// <summary>An owner cell that names several beside the run-together dates: which owner is whose cannot be told.</summary>
        public Entry? OwnerSuspect { get; set; }

        public bool Has(ActionField field) => field == ActionField.Owner ? Owners.Count > 0 : Dates.Count > 0;

        public void Later(ActionField field, Entry entry) => (field == ActionField.Owner ? laterOwners : laterDates).Add(entry);

        public void Mark()
        {
            if (Dates.Count > 0)
                action.MarkUnknown(ActionField.TargetDate, $"the target date cell at {ReadingDiagnostics.Where(DateAt!)} runs {Dates.Count} dates together ({Quotes(Dates)}) beside one paragraph that could not be cut to match");
            if (OwnerSuspect is { } suspect)
                action.MarkUnknown(ActionField.Owner, $"the owner cell {CellText.Quote(suspect.Value)} sits beside {Dates.Count} dates run together and may run as many owners together");
            if (Owners.Count > 0)
            {
                action.MarkUnknown(ActionField.Owner, OwnersAlike
                    ? $"the owner cell at {ReadingDiagnostics.Where(OwnerAt!)} repeats {CellText.Quote(Owners[0])} {Owners.Count} times on one line"
                    : $"the owner cell at {ReadingDiagnostics.Where(OwnerAt!)} runs {Owners.Count} owners together ({Quotes(Owners)}) beside one paragraph that could not be cut to match");
            }
        }

        public ReadingNote ToNote(string recId)
        {
            var cells = new List<string>();
            if (Dates.Count > 0)
            {
                string later = laterDates.Count == 0 ? "" : $", and the row at {ReadingDiagnostics.Where(laterDates[0].Location)} adds {Quotes(laterDates.Select(e => e.Value))}";
                cells.Add($"its target date cell at {ReadingDiagnostics.Where(DateAt!)} runs {Dates.Count} dates together ({Quotes(Dates)}){later}");
            }

            if (Owners.Count > 0)
            {
                cells.Add(OwnersAlike
                    ? $"its owner cell at {ReadingDiagnostics.Where(OwnerAt!)} repeats {CellText.Quote(Owners[0])} {Owners.Count} times on one line"
                    : $"its owner cell at {ReadingDiagnostics.Where(OwnerAt!)} runs {Owners.Count} owners together ({Quotes(Owners)})");
            }

            if (OwnerSuspect is { } suspect)
                cells.Add($"its owner cell {CellText.Quote(suspect.Value)} may run as many owners together");

            string unknown = (Dates.Count > 0, Owners.Count > 0 || OwnerSuspect is not null) switch
            {
                (true, true) => "owner and target date",
                (true, false) => "target date",
                _ => "owner",
            };
            return ReadingDiagnostics.Note(RuleIds.EntriesRunTogether, DateAt ?? OwnerAt ?? action.Location,
                $"{ActionNames.InRecommendationAtStart(action.Index, recId)} is one paragraph, but {string.Join(", and ", cells)}: paragraphs run together by the extraction, and the action could not be cut to match; its {unknown} could not be read for certain.",
                action.Index);
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
    private FieldReading ownerReading = FieldReading.AsRead;
    private FieldReading dateReading = FieldReading.AsRead;

    public ActionDraft(int index, TableParagraph first, RowView row)
        : this(index, CellText.Normalize(first.Text), first.Location, row.OwnerCell?.Location ?? row.Location, row.DateCell?.Location ?? row.Location)
    {
    }

    private ActionDraft(int index, string text, SourceLocation location, SourceLocation ownerCell, SourceLocation dateCell)
    {
        Index = index;
        Text = text;
        Location = location;
        OwnerCell = ownerCell;
        DateCell = dateCell;
    }

    public int Index { get; set; }
    public string Text { get; private set; }
    public SourceLocation Location { get; }
    public Entry? Owner { get; private set; }
    public Entry? Date { get; private set; }
    public FieldReading TextReading { get; private set; } = FieldReading.AsRead;

    /// <summary>How much of <see cref="Text"/> is known to be this action's (<see cref="FieldReading.KnownExtent"/>); null when all of it.</summary>
    public int? KnownExtent { get; private set; }

    /// <summary>Only the first <paramref name="length"/> characters are known to be this action's (the shortest such limit wins); <paramref name="why"/> says why, unless the text was inferred, whose cue stays.</summary>
    public void LimitExtent(int length, string why)
    {
        if (KnownExtent <= length) return;
        KnownExtent = length;
        if (TextReading.IsRead) TextReading = new FieldReading(ReadingStatus.Read, why);
    }

    /// <summary>Where the owner and date cells (or the empty paragraphs) beside the action are, for findings about a missing owner or date.</summary>
    public SourceLocation OwnerCell { get; private set; }
    public SourceLocation DateCell { get; private set; }

    /// <summary>The first paragraph of the action at <see cref="Location"/>, for messages.</summary>
    public string Opening => CellText.Quote(Text);

    public void Append(string text) => Text = CellText.Join(Text, CellText.Normalize(text));

    /// <summary>Keeps the first <paramref name="length"/> characters of the text: the rest was read as actions of its own.</summary>
    public void TruncateText(int length) => Text = Text[..Math.Min(length, Text.Length)].TrimEnd();

    /// <summary>The action above, whose owner or date cell may run down beside this one where its own is blank (set for actions cut from a continuation row).</summary>
    public ActionDraft? BlankFrom { get; set; }

    /// <summary>An action cut from a row's paragraph after the sentence it finishes (<see cref="ConcernAssembly"/>): its text inferred, by <paramref name="why"/>.</summary>
    public static ActionDraft CutFrom(int index, string text, SourceLocation location, RowView row, string why) =>
        new(index, text, location, row.OwnerCell?.Location ?? row.Location, row.DateCell?.Location ?? row.Location)
        {
            TextReading = FieldReading.InferredFrom(why),
        };

    /// <summary>A value read where it stands whose reading now rests on a decision the reader made (<paramref name="cue"/>).</summary>
    public void Infer(ActionField field, string cue)
    {
        if (field == ActionField.Owner && ownerReading.IsRead) ownerReading = FieldReading.InferredFrom(cue);
        else if (field == ActionField.TargetDate && dateReading.IsRead) dateReading = FieldReading.InferredFrom(cue);
    }

    /// <summary>Joins the text of a following paragraph that the reader took to continue this one (an inferred boundary).</summary>
    public void Absorb(ActionDraft next, string why)
    {
        Append(next.Text);
        TextReading = FieldReading.InferredFrom(why);
    }

    /// <summary>The text holds more than its own cell as read, by a plain cue (<paramref name="cue"/>); an unknown text stays unknown.</summary>
    public void MarkInferred(string cue)
    {
        if (!TextReading.IsUnknown) TextReading = FieldReading.InferredFrom(cue);
    }

    /// <summary>A part of this action's paragraph cut off at a sentence boundary, as its own action.</summary>
    public ActionDraft Piece(int index, string text, int offset, string why) => new(
        index,
        text,
        offset == 0 || !Location.HasLine ? Location : Location with { Column = Location.Column + offset },
        OwnerCell,
        DateCell)
    {
        TextReading = FieldReading.InferredFrom(why),
    };

    public Entry? Get(ActionField field) => field == ActionField.Owner ? Owner : Date;

    public FieldReading ReadingOf(ActionField field) => field == ActionField.Owner ? ownerReading : dateReading;

    public void Set(ActionField field, Entry entry, FieldReading? reading = null)
    {
        if (entry.IsGap)
        {
            if (field == ActionField.Owner) OwnerCell = entry.Location;
            else DateCell = entry.Location;
        }
        else if (field == ActionField.Owner)
        {
            Owner = entry;
            ownerReading = reading ?? FieldReading.AsRead;
        }
        else
        {
            Date = entry;
            dateReading = reading ?? FieldReading.AsRead;
        }
    }

    private int? FirstSharing(IReadOnlyList<ActionDraft> all, Func<ActionDraft, Entry?> entry, Entry? mine)
    {
        if (mine is null) return null;
        var first = all.FirstOrDefault(a => ReferenceEquals(entry(a), mine));
        return first is null || ReferenceEquals(first, this) ? null : first.Index;
    }

    /// <summary>The field could not be read for certain: its value, if any, stays as the source's text.</summary>
    public void MarkUnknown(ActionField field, string why)
    {
        if (field == ActionField.Owner) ownerReading = FieldReading.UnknownBecause(why);
        else dateReading = FieldReading.UnknownBecause(why);
    }

    /// <summary>A fragment whose start is not in the file: nothing about it can be judged.</summary>
    public void MarkFragment(string why)
    {
        TextReading = FieldReading.UnknownBecause(why);
        MarkUnknown(ActionField.Owner, why);
        MarkUnknown(ActionField.TargetDate, why);
    }

    /// <param name="all">The recommendation's actions, to name the first that shares this one's owner or date cell.</param>
    public PlanAction ToAction(IReadOnlyList<ActionDraft> all) => new()
    {
        Index = Index,
        Text = Text,
        Owner = Owner?.Value,
        TargetDate = Date?.Value,
        Location = Location,
        Readings = FieldReadings.From(
        [
            new(PlanFields.Text, TextReading with { KnownExtent = KnownExtent }),
            new(PlanFields.Owner, ownerReading with { SameCellAs = FirstSharing(all, a => a.Owner, Owner) }),
            new(PlanFields.TargetDate, dateReading with { SameCellAs = FirstSharing(all, a => a.Date, Date) }),
        ]),
        Fields = FieldLocations.From(
        [
            new(PlanFields.Text, Location),
            new(PlanFields.Owner, Owner?.Location ?? OwnerCell),
            new(PlanFields.TargetDate, Date?.Location ?? DateCell),
        ]),
    };
}
