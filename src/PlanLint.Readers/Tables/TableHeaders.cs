using System.Text.RegularExpressions;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Recognises a plan table's header row and maps its columns, in the headings of every generation of the template:
/// "1. Rec No | 2. Concerns | 3. Response Action Taken/Planned | 4. Responsible Owner | 5. Target Date" (2019 on),
/// "Rec No | Recommendation | Agreed/ Partly Agreed/ Not Agreed | …" and the 2015–16
/// "Rec. No. | Recommendation | Accepted/ Rejected | Response: Action Taken/Planned | Function Responsible/ Policy Lead | Target Date".
/// </summary>
public static partial class TableHeaders
{
    /// <summary>A plan column a heading names.</summary>
    public enum Column
    {
        None,
        RecNo,
        Concern,
        Agreement,
        Action,
        Owner,
        TargetDate, // last: FirstCellOf sizes its array by it
    }

    /// <summary>The columns every plan table names, in the words a message uses.</summary>
    public static IReadOnlyList<(Column Column, string Name)> Required { get; } =
    [
        (Column.RecNo, "Rec No"), (Column.Concern, "Concern or Recommendation"), (Column.Action, "Response Action Taken/Planned"),
        (Column.Owner, "Responsible Owner"), (Column.TargetDate, "Target Date"),
    ];

    /// <summary>Whether the cells name the plan columns: at least an owner, a target date and an action or concern column.</summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells)
    {
        var first = FirstCellOf(cells);
        return first[(int)Column.Owner] >= 0 && first[(int)Column.TargetDate] >= 0
            && (first[(int)Column.Action] >= 0 || first[(int)Column.Concern] >= 0);
    }

    /// <summary>The columns a header row names, or null when it does not name all of Rec No, concern, action, owner and target date.</summary>
    public static TableColumns? ColumnsOf(IReadOnlyList<string> cells)
    {
        var first = FirstCellOf(cells);
        int rec = first[(int)Column.RecNo], concern = first[(int)Column.Concern], action = first[(int)Column.Action];
        int owner = first[(int)Column.Owner], date = first[(int)Column.TargetDate], agreement = first[(int)Column.Agreement];
        if (rec < 0 || concern < 0 || action < 0 || owner < 0 || date < 0)
            return null;
        return new TableColumns(rec, concern, agreement >= 0 ? agreement : null, action, owner, date);
    }

    /// <summary>
    /// The first cell naming each column, indexed by the column (-1 when none does). An array, not a dictionary or set of
    /// <see cref="Column"/>: collections of an enum (a value type) cannot be compiled ahead of time (ReadyToRun), so
    /// every run would JIT-compile them.
    /// </summary>
    private static int[] FirstCellOf(IReadOnlyList<string> cells)
    {
        var first = new int[(int)Column.TargetDate + 1];
        for (int k = 0; k < first.Length; k++) first[k] = -1;
        for (int i = 0; i < cells.Count; i++)
        {
            var c = Classify(cells[i]);
            if (c != Column.None && first[(int)c] < 0) first[(int)c] = i;
        }

        return first;
    }

    /// <summary>Which of the required plan columns the cells name, for saying why a row is not a header.</summary>
    public static IReadOnlySet<Column> Named(IReadOnlyList<string> cells) =>
        cells.Select(Classify).Where(c => c != Column.None).ToHashSet();

    /// <summary>The standard layout for a table without a header row, from its number of cells (5 or 6), or null.</summary>
    public static TableColumns? ColumnsForCellCount(int cells) => cells switch
    {
        5 => TableColumns.ConcernFormat,
        >= 6 => TableColumns.RecommendationFormat,
        _ => null,
    };

    /// <summary>The plan column a heading names; the tests run in this order, so "Response" is an action and "Responsible" an owner.</summary>
    public static Column Classify(string cell)
    {
        if (cell.Length > 200) return Column.None;
        string t = LeadingNumber().Replace(CellText.Normalize(cell), "").ToLowerInvariant();
        if (t.Length == 0 || t.Length > 80) return Column.None;
        if (RecNoName().IsMatch(t)) return Column.RecNo;
        if (AgreementName().IsMatch(t)) return Column.Agreement;
        if (OwnerName().IsMatch(t)) return Column.Owner;
        if (DateName().IsMatch(t)) return Column.TargetDate;
        if (ActionName().IsMatch(t)) return Column.Action;
        if (ConcernName().IsMatch(t)) return Column.Concern;
        return Column.None;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:rec(?:\.|ommendation)?\s*(?:no\.?|number|ref(?:erence)?\.?)|rec\.?|no\.?|ref(?:erence)?\.?|number|#|para(?:graph)?\.?(?:\s*(?:no\.?|number|ref\.?))?)$")]
    private static partial Regex RecNoName();

    [GeneratedRegex(@"agreed|\baccept|\breject")]
    private static partial Regex AgreementName();

    [GeneratedRegex(@"owner|responsib|\blead\b|by whom")]
    private static partial Regex OwnerName();

    [GeneratedRegex(@"\bdate|timescale|deadline|by when|time\s*frame")]
    private static partial Regex DateName();

    [GeneratedRegex(@"response|action")]
    private static partial Regex ActionName();

    [GeneratedRegex(@"concern|recommendation|finding")]
    private static partial Regex ConcernName();
}
