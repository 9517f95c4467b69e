using System.Text.RegularExpressions;

namespace PlanLint.Readers.Word;

/// <summary>The plan table's columns, in the order of <see cref="Tables.TableColumns.RecommendationFormat"/>.</summary>
internal enum PlanColumn
{
    RecNo,
    Concern,
    Agreement,
    Action,
    Owner,
    TargetDate,
}

/// <summary>
/// Recognises the plan table's header row by its cell texts, loosely: "1. Rec No", "Concern(s)/Recommendation",
/// "Agreed/Partly Agreed/Not Agreed", "Response Action Taken/Planned", "Responsible Owner", "Target Date" and
/// their usual variants. A row is a header when it names every column but the agreement column, which is optional.
/// </summary>
internal static partial class PlanTableHeader
{
    /// <summary>The column each header cell names (null for a cell naming none), or null when the row is not a header.</summary>
    public static PlanColumn?[]? Match(IReadOnlyList<string> cellTexts)
    {
        var columns = cellTexts.Select(Classify).ToArray();
        var named = columns.Where(c => c is not null).Select(c => c!.Value).ToList();
        bool complete = named.Distinct().Count() == named.Count
            && new[] { PlanColumn.RecNo, PlanColumn.Concern, PlanColumn.Action, PlanColumn.Owner, PlanColumn.TargetDate }.All(named.Contains);
        return complete ? columns : null;
    }

    public static PlanColumn? Classify(string text)
    {
        string t = Numbering().Replace(text.ToLowerInvariant(), "").Trim();
        if (t.Length == 0) return null;
        if (RecNo().IsMatch(t)) return PlanColumn.RecNo;
        if (t.Contains("agreed", StringComparison.Ordinal)) return PlanColumn.Agreement;
        if (t.Contains("owner", StringComparison.Ordinal) || t.Contains("responsib", StringComparison.Ordinal) || t == "lead") return PlanColumn.Owner;
        if (TargetDate().IsMatch(t)) return PlanColumn.TargetDate;
        if (t.Contains("action", StringComparison.Ordinal) || t.StartsWith("response", StringComparison.Ordinal)) return PlanColumn.Action;
        if (t.Contains("concern", StringComparison.Ordinal) || t.Contains("recommendation", StringComparison.Ordinal) || t.Contains("finding", StringComparison.Ordinal)) return PlanColumn.Concern;
        return null;
    }

    [GeneratedRegex(@"^\(?\d{1,2}[.)]?\s+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(rec(ommendation)?\.?\s*(no\.?|number|ref\.?)|ref(erence)?(\s*no\.?)?|no\.?|number|#|id|para(graph)?(\s*no\.?)?)$")]
    private static partial Regex RecNo();

    [GeneratedRegex(@"\b(date|target|timescales?|deadline|by when|completion)\b")]
    private static partial Regex TargetDate();
}
