using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Lines up the owner and target date entries of one table row with its action paragraphs (docs/readers.md, rules
/// 14–18). One entry per paragraph, or one entry for all, is read as it stands. When the counts do not line up, the
/// reader uses the cues a person uses, in this order, and marks what it placed by a cue as inferred:
/// <list type="number">
/// <item>a paragraph that continues the description before it ("The reforms will…" after a paragraph about the reforms)
/// is part of that action, when reading it so makes the counts line up;</item>
/// <item>every entry of a column the same ("The Governor" eight times beside nine actions) is every action's entry;</item>
/// <item>the first entry sits beside the first paragraph, and "Completed" beside work done, a date beside work promised:
/// the entries go where the only order-keeping placement that fits the tenses puts them;</item>
/// <item>an action that opens with one of the row's owners ("HMPPS is exploring…") is owned by it.</item>
/// </list>
/// Whatever stays ambiguous is left unknown (no owner or date is reported missing for it) and said once, for the row,
/// in a PL0002 note naming the actions and why.
/// </summary>
internal sealed partial class RowAlignment(
    string recId,
    SourceLocation rowLocation,
    List<ActionDraft> created,
    List<Entry> owners,
    List<Entry> dates,
    List<ActionDraft> ownerTargets,
    List<ActionDraft> dateTargets,
    Action<IReadOnlyList<ActionDraft>> replaceRowActions)
{
    private string? mergedWhy;

    public List<ActionDraft> Actions { get; private set; } = created;

    public List<ActionDraft> OwnerTargets { get; private set; } = ownerTargets;

    private List<ActionDraft> DateTargets { get; set; } = dateTargets;

    /// <summary>The PL0002 note for the row, when some entry or action could not be placed.</summary>
    public ReadingNote? Note { get; private set; }

    private string Where => ReadingDiagnostics.Where(rowLocation);

    public void Apply()
    {
        if (Lines(owners.Count, OwnerTargets.Count) && Lines(dates.Count, DateTargets.Count))
        {
            Assign(OwnerTargets, owners, ActionField.Owner, null);
            Assign(DateTargets, dates, ActionField.TargetDate, null);
            return;
        }

        MergeContinuedDescriptions();

        var ownerResult = Resolve(OwnerTargets, owners, ActionField.Owner);
        var dateResult = Resolve(DateTargets, dates, ActionField.TargetDate);
        if (ownerResult is null && dateResult is null) return;

        if (ownerResult is not null && dateResult is not null && owners.Count == dates.Count && ReferenceEquals(OwnerTargets, DateTargets))
            Place(OwnerTargets, [ownerResult, dateResult]);
        else
        {
            if (ownerResult is not null) Place(OwnerTargets, [ownerResult]);
            if (dateResult is not null) Place(DateTargets, [dateResult]);
        }

        Note = Describe(ownerResult, dateResult);
    }

    /// <summary>One entry per target, one entry for all, or none: nothing to settle.</summary>
    private static bool Lines(int entries, int targets) => entries <= 1 || entries == targets;

    /// <summary>
    /// Cue 1: paragraphs that continue the description before them, when reading them as part of it makes every column
    /// with several entries line up.
    /// </summary>
    private void MergeContinuedDescriptions()
    {
        int n = Actions.Count;
        if (!ReferenceEquals(OwnerTargets, Actions) || !ReferenceEquals(DateTargets, Actions)) return;
        var counts = new[] { owners.Count, dates.Count }.Where(c => c > 1).Distinct().ToList();
        if (counts.Count != 1 || counts[0] >= n) return;
        var continuing = Enumerable.Range(1, n - 1).Where(j => ContinuesDescription(Actions[j - 1].Text, Actions[j].Text)).ToList();
        if (continuing.Count != n - counts[0]) return;

        var merged = new List<ActionDraft>();
        for (int j = 0; j < n; j++)
        {
            if (continuing.Contains(j))
                merged[^1].Absorb(Actions[j], $"the paragraph {Actions[j].Opening} at {ReadingDiagnostics.Where(Actions[j].Location)} continues the description before it, so it was read as part of this action");
            else
                merged.Add(Actions[j]);
        }

        replaceRowActions(merged);
        mergedWhy = $"the row at {Where} has {n} paragraphs beside {ConcernAssembly.Count(counts[0], "entry")} per column; they line up once {Actions[continuing[0]].Opening}{(continuing.Count > 1 ? " and the like" : "")} is read as continuing the description before it";
        Actions = merged;
        OwnerTargets = merged;
        DateTargets = merged;
    }

    /// <summary>
    /// "The reforms will prevent…" after a paragraph about the Bill's reforms, or "This will…", "They…": a paragraph
    /// whose opening refers back to the one before it continues it.
    /// </summary>
    private static bool ContinuesDescription(string before, string paragraph)
    {
        if (BackReference().IsMatch(paragraph)) return true;
        var m = DefiniteNoun().Match(paragraph);
        if (!m.Success) return false;
        string noun = m.Groups[1].Value;
        string stem = noun.EndsWith('s') ? noun[..^1] : noun;
        return Regex.IsMatch(before, $@"\b{Regex.Escape(stem)}s?\b", RegexOptions.IgnoreCase);
    }

    private sealed record Column(ActionField Field, List<Entry> Entries);

    /// <summary>Assigns a column that lines up (or whose entries are all the same); returns the column when it does not.</summary>
    private Column? Resolve(List<ActionDraft> targets, List<Entry> entries, ActionField field)
    {
        if (Lines(entries.Count, targets.Count))
        {
            Assign(targets, entries, field, mergedWhy);
            return null;
        }

        if (entries.All(e => string.Equals(e.Value, entries[0].Value, StringComparison.OrdinalIgnoreCase)))
        {
            string why = $"every {ConcernAssembly.FieldName(field)} entry in the row at {Where} is {CellText.Quote(entries[0].Value)} ({entries.Count} entries beside {targets.Count} actions)";
            // Each action gets an entry of its own (they are separate paragraphs of the cell), not a share of the first.
            for (int k = 0; k < targets.Count; k++)
            {
                var entry = entries[Math.Min(k, entries.Count - 1)];
                targets[k].Set(field, k < entries.Count ? entry : entry with { }, FieldReading.InferredFrom(why));
            }

            return null;
        }

        return new Column(field, entries);
    }

    private static void Assign(List<ActionDraft> targets, List<Entry> entries, ActionField field, string? why)
    {
        if (entries.Count == 0) return;
        var reading = why is null ? null : FieldReading.InferredFrom(why);
        if (entries.Count == 1)
        {
            foreach (var t in targets) t.Set(field, entries[0], reading);
            return;
        }

        for (int k = 0; k < Math.Min(entries.Count, targets.Count); k++)
            targets[k].Set(field, entries[k], reading);
    }

    /// <summary>What could not be placed, for the note.</summary>
    private readonly List<int> unknownOwners = [];
    private readonly List<int> unknownDates = [];
    private readonly List<ExtraParagraphs> extra = [];
    private bool placedByTense;

    // A record, not a tuple: a list of tuples (value types) cannot be compiled ahead of time (ReadyToRun), so every run
    // would JIT-compile it.
    private sealed record ExtraParagraphs(ActionField Field, int From, int To);

    /// <summary>
    /// Cues 3 and 4 for the columns that do not line up, placed together when they have as many entries (an owner and
    /// its date sit side by side in the row).
    /// </summary>
    private void Place(List<ActionDraft> targets, IReadOnlyList<Column> columns)
    {
        int k = columns[0].Entries.Count, n = targets.Count;
        if (k > n)
        {
            foreach (var column in columns)
            {
                string why = $"matched in order: the row at {Where} has {ConcernAssembly.Count(n, "action")} but {ConcernAssembly.Count(k, ConcernAssembly.FieldName(column.Field))}";
                for (int j = 0; j < n; j++) targets[j].Set(column.Field, column.Entries[j], FieldReading.InferredFrom(why));
                extra.Add(new ExtraParagraphs(column.Field, n + 1, k));
            }

            return;
        }

        var dateColumn = columns.FirstOrDefault(c => c.Field == ActionField.TargetDate);
        var kinds = dateColumn?.Entries.Select(e => ParagraphTense.KindOf(e.Value)).ToArray();
        var tenses = targets.Select(t => ParagraphTense.Of(t.Text)).ToArray();
        bool Fits(int entry, int target) => kinds is null || ParagraphTense.Fits(kinds[entry], tenses[target]);

        if (kinds is not null && Fits(0, 0) && UniquePlacement(k, n, Fits) is { } positions)
        {
            placedByTense = true;
            string why = $"the row at {Where} has {ConcernAssembly.Count(n, "action")} but {ConcernAssembly.Count(k, "entry")} per column; only one order-keeping placement puts 'Completed' beside work done rather than beside a promise";
            foreach (var column in columns)
            {
                for (int e = 0; e < k; e++) targets[positions[e]].Set(column.Field, column.Entries[e], FieldReading.InferredFrom(why));
                foreach (int j in Enumerable.Range(0, n).Except(positions))
                {
                    targets[j].MarkUnknown(column.Field, $"the row at {Where} has {ConcernAssembly.Count(n, "action")} but {ConcernAssembly.Count(k, ConcernAssembly.FieldName(column.Field))}, and none sits beside this one");
                    (column.Field == ActionField.Owner ? unknownOwners : unknownDates).Add(targets[j].Index);
                }
            }

            return;
        }

        bool topPlaced = Fits(0, 0);
        foreach (var column in columns)
        {
            string counts = $"the row at {Where} has {ConcernAssembly.Count(n, "action")} but {ConcernAssembly.Count(k, ConcernAssembly.FieldName(column.Field))}";
            if (topPlaced)
                targets[0].Set(column.Field, column.Entries[0], FieldReading.InferredFrom($"the first {ConcernAssembly.FieldName(column.Field)} of the row, beside its first paragraph; {counts}"));
            for (int j = topPlaced ? 1 : 0; j < n; j++)
            {
                if (column.Field == ActionField.Owner && NamedOwner(targets[j].Text, column.Entries) is { } named)
                {
                    targets[j].Set(column.Field, named, FieldReading.InferredFrom($"the action names {CellText.Quote(named.Value)}, one of the row's owners, as who acts; {counts}"));
                    continue;
                }

                targets[j].MarkUnknown(column.Field, $"{counts}, and nothing in the row shows which goes with which");
                (column.Field == ActionField.Owner ? unknownOwners : unknownDates).Add(targets[j].Index);
            }
        }
    }

    /// <summary>
    /// The positions of entries 1… when exactly one order-keeping placement of <paramref name="entries"/> entries into
    /// <paramref name="targets"/> paragraphs, with entry 0 beside paragraph 0, fits; null when none or several do.
    /// </summary>
    private static int[]? UniquePlacement(int entries, int targets, Func<int, int, bool> fits)
    {
        // ways[i, j]: placements of entries i… into paragraphs j…, counted up to 2.
        var ways = new int[entries + 1, targets + 2];
        for (int j = 0; j <= targets + 1; j++) ways[entries, j] = 1;
        for (int i = entries - 1; i >= 1; i--)
        {
            for (int j = targets - 1; j >= 0; j--)
                ways[i, j] = Math.Min(2, ways[i, j + 1] + (fits(i, j) ? ways[i + 1, j + 1] : 0));
        }

        if (entries > 1 && ways[1, 1] != 1) return null;
        var positions = new int[entries];
        int at = 1;
        for (int i = 1; i < entries; i++)
        {
            while (!(fits(i, at) && ways[i + 1, at + 1] == 1)) at++;
            positions[i] = at++;
        }

        return positions;
    }

    /// <summary>An owner of the row that the paragraph opens with ("HMPPS is exploring…"), as who acts; null otherwise.</summary>
    private static Entry? NamedOwner(string paragraph, List<Entry> owners)
    {
        string opening = LeadingThe().Replace(paragraph, "");
        var named = owners
            .Where(o => LeadingThe().Replace(o.Value, "") is { Length: > 1 } name
                && opening.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (opening.Length == name.Length || !char.IsLetterOrDigit(opening[name.Length])))
            .DistinctBy(o => o.Value, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private ReadingNote? Describe(Column? ownerColumn, Column? dateColumn)
    {
        var clauses = new List<string>();
        var counts = new List<string>();
        int n = Actions.Count;
        if (ownerColumn is not null) counts.Add(ConcernAssembly.Count(owners.Count, "owner"));
        if (dateColumn is not null) counts.Add(ConcernAssembly.Count(dates.Count, "target date"));

        string Were(List<int> list) => list.Count == 1 ? "was" : "were";
        string because = placedByTense
            ? "; the others were placed by tense ('Completed' beside work done)"
            : ", as nothing in the row shows which goes with which";
        if (unknownOwners.Count > 0 && unknownOwners.SequenceEqual(unknownDates))
        {
            clauses.Add($"{ConcernAssembly.Numbered(unknownOwners)} {Were(unknownOwners)} left without an owner or target date rather than guessed{because}");
        }
        else if (unknownOwners.Count > 0 || unknownDates.Count > 0)
        {
            var left = new List<string>();
            if (unknownOwners.Count > 0) left.Add($"{ConcernAssembly.Numbered(unknownOwners)} {Were(unknownOwners)} left without an owner");
            if (unknownDates.Count > 0) left.Add(left.Count == 0 ? $"{ConcernAssembly.Numbered(unknownDates)} {Were(unknownDates)} left without a target date" : $"{ConcernAssembly.Numbered(unknownDates)} without a target date");
            clauses.Add($"{string.Join(" and ", left)} rather than guessed{because}");
        }

        foreach (var (field, from, to) in extra)
            clauses.Add($"{(from == to ? $"{ConcernAssembly.FieldName(field)} {from}" : $"{ConcernAssembly.FieldName(field)}s {from}\u2013{to}")} could not be matched to an action");

        if (clauses.Count == 0) return null;
        var about = unknownOwners.Union(unknownDates).Order().ToList();
        return ReadingDiagnostics.Note(RuleIds.OwnersNotAlignedWithActions, rowLocation,
            $"Row at {Where} of recommendation {recId} has {ConcernAssembly.Count(n, "action")} but {string.Join(" and ", counts)}; {string.Join("; ", clauses)}",
            about.Count > 0 ? about : [.. Actions.Select(a => a.Index)]);
    }

    [GeneratedRegex(@"^\s*(it|they|this|these|those|such|its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    [GeneratedRegex(@"^\s*[Tt]he\s+([a-z]{4,})\b")]
    private static partial Regex DefiniteNoun();

    [GeneratedRegex(@"^\s*the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();
}
