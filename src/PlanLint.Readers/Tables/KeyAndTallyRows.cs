using System.Globalization;
using System.Text.RegularExpressions;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>A row of a plan's tally: how many recommendations have a status, or (<see cref="Status"/> null) in all.</summary>
public readonly record struct Tally(AgreementStatus? Status, int Count);

/// <summary>
/// Rows inside a plan table that are not recommendations, told apart by their shape so that neither reader reads them
/// as one: the <b>key</b> that explains the agreement statuses ("Agreed | All of the recommendation is agreed with…",
/// one row per status, perhaps under its own heading row "Term | Definition | Additional comment"), and the
/// <b>tally</b> that counts them ("Agreed | 17", "Partly accepted: 2", "Total | 18"). A key row leads with a status
/// and nothing else, is not the answer to a recommendation (no Rec No, no target date, and a status in the agreement
/// column only beside no owner and among rows defining other statuses) and explains it; a tally row is only labels (a
/// status, a total) and counts.
/// </summary>
public static partial class KeyAndTallyRows
{
    private const int MaxLabelWords = 6;

    /// <summary>The indexes of the rows that belong to a key or a tally.</summary>
    internal static IReadOnlySet<int> Find(IReadOnlyList<RowView> rows, TableColumns columns)
    {
        var found = new HashSet<int>();
        var keys = new List<KeyAt>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty || CellText.IsRecNumber(row.RecText)) continue;
            if (ReadTally(Texts(row)) is not null) found.Add(i);
            else if (KeyRow(row, columns) is { } key) keys.Add(new KeyAt(i, key.Status, key.InAgreementColumn));
        }

        foreach (var run in Runs(keys, rows))
        {
            // A status under the agreement column could be a recommendation that lost its number and its owner's row:
            // it is read as the key only among rows that define different statuses, as a key does.
            bool aKey = run.Exists(k => k.Status != run[0].Status);
            foreach (var key in run.Where(k => aKey || !k.InAgreementColumn)) found.Add(key.Row);
            // The key's own heading ("Key", "Term | Definition | Additional comment") directly above its first row.
            int above = PreviousWritten(rows, run[0].Row);
            if (found.Contains(run[0].Row) && above >= 0 && !found.Contains(above) && IsKeyHeading(rows[above])) found.Add(above);
        }

        return found;
    }

    /// <summary>Key rows next to each other (blank rows between them aside).</summary>
    private static IEnumerable<List<KeyAt>> Runs(List<KeyAt> keys, IReadOnlyList<RowView> rows)
    {
        var run = new List<KeyAt>();
        foreach (var key in keys)
        {
            if (run.Count > 0 && PreviousWritten(rows, key.Row) != run[^1].Row)
            {
                yield return run;
                run = [];
            }

            run.Add(key);
        }

        if (run.Count > 0) yield return run;
    }

    /// <summary>
    /// What a tally row counts, from the texts of its cells in order ("Agreed", "17"; "Total: 18"; "Agreed 17",
    /// "Partly agreed 1"), or null when the row is not one: every text a label (a status or a total) or the count of
    /// the label before it, and every label counted.
    /// </summary>
    public static IReadOnlyList<Tally>? ReadTally(IReadOnlyList<string> texts)
    {
        if (texts.Count is 0 or > 8) return null;
        var labels = new List<Label>();
        foreach (string raw in texts)
        {
            string text = CellText.Normalize(raw);
            if (Count().IsMatch(text))
            {
                if (labels.Count == 0 || labels[^1].Count is not null) return null;
                labels[^1] = labels[^1] with { Count = CountOf(text) };
                continue;
            }

            var labelled = LabelledCount().Match(text);
            string label = labelled.Success ? labelled.Groups[1].Value : text;
            if (AgreementText.StatusOnly(label) is { } status) labels.Add(new Label(status, null));
            else if (TotalLabel().IsMatch(label) && label.Split(' ').Length <= MaxLabelWords && !label.Any(char.IsDigit)) labels.Add(new Label(null, null));
            else return null;
            if (labelled.Success) labels[^1] = labels[^1] with { Count = CountOf(labelled.Groups[2].Value) };
        }

        return labels.Count > 0 && labels.All(l => l.Count is not null) ? [.. labels.Select(l => new Tally(l.Status, l.Count ?? 0))] : null;
    }

    // Records, not tuples: lists of tuples (value types) cannot be compiled ahead of time (ReadyToRun), so every run
    // would JIT-compile them.
    private sealed record KeyAt(int Row, AgreementStatus Status, bool InAgreementColumn);

    private sealed record Label(AgreementStatus? Status, int? Count);

    private static int CountOf(string text) => int.Parse(Digits().Match(text).Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A row that defines a status, and which: it leads with the status alone and goes on to explain it.</summary>
    private static (AgreementStatus Status, bool InAgreementColumn)? KeyRow(RowView row, TableColumns columns)
    {
        var (lead, cell) = FirstText(row);
        if (lead is null || cell is null || AgreementText.StatusOnly(lead.Text) is not { } status) return null;
        bool explained = row.TextCells.Count > 1 || row.TextCells[0].Paragraphs.Count(p => !CellText.HasNoContent(p.Text)) > 1;
        if (!explained || row.Dates.Any(d => CellText.LooksLikeDate(d.Text))) return null;
        // A status in the agreement column beside an owner or target date is a recommendation that lost its number.
        bool inAgreementColumn = columns.Agreement is { } a && ReferenceEquals(cell, row.Row.Cell(a));
        return inAgreementColumn && row.HasEntries ? null : (status, inAgreementColumn);
    }

    /// <summary>A row of short labels with nothing that belongs to a recommendation ("Key", "Term | Definition").</summary>
    private static bool IsKeyHeading(RowView row)
    {
        if (CellText.IsRecNumber(row.RecText) || row.Dates.Any(d => CellText.LooksLikeDate(d.Text))) return false;
        var texts = Texts(row);
        return texts.Count is > 0 and <= 4 && texts.All(t => t.Split(' ').Length <= MaxLabelWords
            && !t.Any(char.IsDigit) && t.IndexOfAny(['.', '!', '?', ';']) < 0
            && !AgreementText.IsStatusOnly(t) && !CellText.IsSectionHeading(t));
    }

    private static (TableParagraph? Paragraph, TableCell? Cell) FirstText(RowView row)
    {
        foreach (var cell in row.Row.Cells)
        {
            foreach (var paragraph in cell.Paragraphs)
            {
                if (!CellText.HasNoContent(paragraph.Text)) return (paragraph, cell);
            }
        }

        return (null, null);
    }

    private static List<string> Texts(RowView row) =>
        [.. row.Row.Cells.Select(c => CellText.Normalize(c.Text)).Where(t => !CellText.HasNoContent(t))];

    private static int PreviousWritten(IReadOnlyList<RowView> rows, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (!rows[j].IsEmpty) return j;
        }

        return -1;
    }

    [GeneratedRegex(@"^(.*?[^\d\s:–-])\s*(?:[:–-]\s*|\s)(\d{1,4}(?:\s*\(\d{1,3}(?:\.\d+)?\s*%\))?)$")]
    private static partial Regex LabelledCount();

    [GeneratedRegex(@"^\d{1,4}(?:\s*\(\d{1,3}(?:\.\d+)?\s*%\))?$")]
    private static partial Regex Count();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:(?:the\s+)?total|number|overall)\b|\btotal$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalLabel();
}
