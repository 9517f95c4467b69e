namespace PlanLint.Diagnostics;

/// <summary>
/// The one order findings are reported in: by file, then document position, then rule id. A text file's position is
/// its line; a document without lines (Word, PDF) orders by page, table and row the same way, so a row plays the part
/// of a line: within it, findings follow the plan's order (concern, action), then the column and paragraph.
/// </summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        int c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c != 0) return c;
        c = x.Location.Line.CompareTo(y.Location.Line);
        if (c != 0) return c;
        var (px, py) = (x.Location.Place, y.Location.Place);
        c = Parts(px?.Page, py?.Page, px?.Table, py?.Table, px?.Row, py?.Row);
        if (c != 0) return c;
        c = x.ConcernOrdinal.CompareTo(y.ConcernOrdinal);
        if (c != 0) return c;
        c = (x.ActionIndex ?? 0).CompareTo(y.ActionIndex ?? 0);
        if (c != 0) return c;
        c = x.Location.Column.CompareTo(y.Location.Column);
        if (c != 0) return c;
        c = Parts(px?.Column, py?.Column, px?.Paragraph, py?.Paragraph, px?.Line, py?.Line);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0) return c;
        return string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>Three parts of a place compared in turn as numbers; a part that does not apply (null) comes first.</summary>
    private static int Parts(int? a1, int? b1, int? a2, int? b2, int? a3, int? b3)
    {
        int c = Compare(a1, b1);
        if (c != 0) return c;
        c = Compare(a2, b2);
        return c != 0 ? c : Compare(a3, b3);
    }

    /// <summary>As Nullable.Compare, which the ReadyToRun build would JIT-compile for int at every start (a framework generic over a value type).</summary>
    private static int Compare(int? a, int? b) =>
        a is { } x ? (b is { } y ? x.CompareTo(y) : 1) : (b is null ? 0 : -1);
}
