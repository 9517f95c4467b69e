using System.Text.RegularExpressions;

namespace PlanLint.Readers.Tables;

/// <summary>Recognises a plan table's header row ("1. Rec No | 2. Concerns | … | 5. Target Date") and maps its columns.</summary>
public static partial class TableHeaders
{
    private enum Column
    {
        None,
        RecNo,
        Concern,
        Agreement,
        Action,
        Owner,
        TargetDate,
    }

    /// <summary>Whether the cells name the plan columns: at least an owner, a target date and an action or concern column.</summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells)
    {
        var found = cells.Select(Classify).Where(c => c != Column.None).ToHashSet();
        return found.Contains(Column.Owner) && found.Contains(Column.TargetDate)
            && (found.Contains(Column.Action) || found.Contains(Column.Concern));
    }

    /// <summary>The columns a header row names, or null when it does not name all of Rec No, concern, action, owner and target date.</summary>
    public static TableColumns? ColumnsOf(IReadOnlyList<string> cells)
    {
        var index = new Dictionary<Column, int>();
        for (int i = 0; i < cells.Count; i++)
        {
            var c = Classify(cells[i]);
            if (c != Column.None) index.TryAdd(c, i);
        }

        if (!index.TryGetValue(Column.RecNo, out int rec) || !index.TryGetValue(Column.Concern, out int concern)
            || !index.TryGetValue(Column.Action, out int action) || !index.TryGetValue(Column.Owner, out int owner)
            || !index.TryGetValue(Column.TargetDate, out int date))
            return null;
        return new TableColumns(rec, concern, index.TryGetValue(Column.Agreement, out int agreement) ? agreement : null, action, owner, date);
    }

    /// <summary>The standard layout for a table without a header row, from its number of cells (5 or 6), or null.</summary>
    public static TableColumns? ColumnsForCellCount(int cells) => cells switch
    {
        5 => TableColumns.ConcernFormat,
        >= 6 => TableColumns.RecommendationFormat,
        _ => null,
    };

    private static Column Classify(string cell)
    {
        if (cell.Length > 200) return Column.None;
        string t = LeadingNumber().Replace(CellText.Normalize(cell), "").ToLowerInvariant();
        if (t.Length == 0 || t.Length > 80) return Column.None;
        if (RecNoName().IsMatch(t)) return Column.RecNo;
        if (t.Contains("agreed", StringComparison.Ordinal)) return Column.Agreement;
        if (t.Contains("owner", StringComparison.Ordinal) || t.Contains("responsib", StringComparison.Ordinal)) return Column.Owner;
        if (t.Contains("date", StringComparison.Ordinal) || t.Contains("timescale", StringComparison.Ordinal) || t.Contains("deadline", StringComparison.Ordinal)) return Column.TargetDate;
        if (t.Contains("response", StringComparison.Ordinal) || t.Contains("action", StringComparison.Ordinal)) return Column.Action;
        if (t.Contains("concern", StringComparison.Ordinal) || t.Contains("recommendation", StringComparison.Ordinal)) return Column.Concern;
        return Column.None;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(rec(\.|ommendation)?\s*(no\.?|number|ref\.?)|no\.?|ref\.?|number|#)$")]
    private static partial Regex RecNoName();
}
