namespace PlanLint.Diagnostics;

/// <summary>The one order findings are reported in: by file, then document position, then rule id.</summary>
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
        c = x.ConcernOrdinal.CompareTo(y.ConcernOrdinal);
        if (c != 0) return c;
        c = (x.ActionIndex ?? 0).CompareTo(y.ActionIndex ?? 0);
        if (c != 0) return c;
        c = x.Location.Column.CompareTo(y.Location.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0) return c;
        return string.CompareOrdinal(x.Message, y.Message);
    }
}
