using System.Globalization;
using System.Text;

namespace PlanLint.Model;

/// <summary>
/// A place in a plan file. Text formats give 1-based line and column (0 when unknown); JSON and YAML also give the
/// JSON pointer of the node; documents without lines (Word, PDF) give the <see cref="Place"/>: page, table, row,
/// column and paragraph.
/// </summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0, int EndLine = 0, int EndColumn = 0)
{
    public string? Pointer { get; init; }

    /// <summary>Where in a document without lines the node is; null for line-based formats.</summary>
    public DocumentPlace? Place { get; init; }

    /// <summary>The place in words, e.g. "table 1, row 5, column 4, paragraph 2"; null when there is no place.</summary>
    public string? Part => Place?.ToString();

    public bool HasLine => Line > 0;

    public static SourceLocation File(string path) => new(path);

    public static SourceLocation At(string path, DocumentPlace place) => new(path) { Place = place };

    public override string ToString() =>
        HasLine ? $"{Path}({Line},{Math.Max(Column, 1)})" : Part is null ? Path : $"{Path} [{Part}]";
}

/// <summary>
/// A place in a document that has pages, tables and paragraphs but no lines: every part is 1-based and null when it
/// does not apply. <see cref="Paragraph"/> counts paragraphs in a cell when <see cref="Row"/> is given, and in the
/// document body otherwise; <see cref="Line"/> is a line break within that paragraph.
/// </summary>
public sealed record DocumentPlace(
    int? Page = null,
    int? Table = null,
    int? Row = null,
    int? Column = null,
    int? Paragraph = null,
    int? Line = null)
{
    public static DocumentPlace OfTable(int table, int? page = null) => new(Page: page, Table: table);

    public static DocumentPlace OfParagraph(int paragraph, int? page = null) => new(Page: page, Paragraph: paragraph);

    public DocumentPlace AtRow(int row) => this with { Row = row, Column = null, Paragraph = null, Line = null };

    public DocumentPlace AtColumn(int column) => this with { Column = column, Paragraph = null, Line = null };

    public DocumentPlace AtParagraph(int paragraph) => this with { Paragraph = paragraph, Line = null };

    public DocumentPlace AtLine(int line) => this with { Line = line };

    /// <summary>The smallest part that holds this place: the cell for a paragraph, the row for a cell, the table for a row.</summary>
    public DocumentPlace? Container =>
        Line is not null ? this with { Line = null }
        : Paragraph is not null && Row is not null ? this with { Paragraph = null }
        : Column is not null ? this with { Column = null }
        : Row is not null ? this with { Row = null }
        : null;

    public override string ToString()
    {
        var text = new StringBuilder();
        void Add(string name, int? value)
        {
            if (value is not { } v) return;
            if (text.Length > 0) text.Append(", ");
            text.Append(name).Append(' ').Append(v.ToString(CultureInfo.InvariantCulture));
        }

        Add("page", Page);
        Add("table", Table);
        Add("row", Row);
        Add("column", Column);
        Add("paragraph", Paragraph);
        Add("line", Line);
        return text.ToString();
    }
}
