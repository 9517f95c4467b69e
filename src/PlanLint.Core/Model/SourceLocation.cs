namespace PlanLint.Model;

/// <summary>
/// A place in a plan file. Text formats give 1-based line and column (0 when unknown);
/// JSON and YAML also give the JSON pointer of the node; Word documents, which have no lines,
/// describe the table, row and paragraph in <see cref="Part"/>.
/// </summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0, int EndLine = 0, int EndColumn = 0)
{
    public string? Pointer { get; init; }

    /// <summary>A human description of where in a document without lines, e.g. "table 1, row 5, paragraph 2".</summary>
    public string? Part { get; init; }

    public bool HasLine => Line > 0;

    public static SourceLocation File(string path) => new(path);

    public override string ToString() =>
        HasLine ? $"{Path}({Line},{Math.Max(Column, 1)})" : Part is null ? Path : $"{Path} [{Part}]";
}
