using PlanLint.Model;
using PlanLint.Readers.Tables;

namespace PlanLint.Tests.Support;

/// <summary>
/// Builds a <see cref="PlanTable"/> in memory, row by row, the way a reader would: row n sits on line n + 1, cell c
/// starts at column 1 + 100·c, and paragraph k of a cell starts 10·k columns further in. A cell is a string (one
/// paragraph; "" for blank), a string array (one paragraph each; "" for a blank one, as Word keeps them), an array of
/// <see cref="TableParagraph"/> (list items, lines; relocated in the same way), or <see cref="Merged"/> (Word's vertical merge).
/// </summary>
public sealed class TableBuilder(TableColumns columns, string path = "plan.docx", bool word = false)
{
    public static readonly object Merged = new();

    private readonly List<TableRow> rows = [];

    public static TableBuilder Concerns() => new(TableColumns.ConcernFormat);

    public static TableBuilder Recommendations() => new(TableColumns.RecommendationFormat);

    public TableBuilder Row(params object?[] cells)
    {
        int line = rows.Count + 2;
        var built = new List<TableCell>();
        for (int c = 0; c < cells.Length; c++)
        {
            int column = 1 + (100 * c);
            var at = word ? SourceLocation.At(path, DocumentPlace.OfTable(1).AtRow(line).AtColumn(c + 1)) : new SourceLocation(path, line, column);
            built.Add(cells[c] switch
            {
                null => new TableCell([], at),
                string s => new TableCell(s.Length == 0 ? [] : [new TableParagraph(s, at)], at),
                string[] ps => new TableCell([.. ps.Select((p, k) => new TableParagraph(p, word ? SourceLocation.At(path, at.Place!.AtParagraph(k + 1)) : at with { Column = column + (10 * k) }))], at),
                TableParagraph[] ps => new TableCell([.. ps.Select((p, k) => p with { Location = at with { Column = column + (10 * k) } })], at),
                _ when cells[c] == Merged => new TableCell([], at, MergedFromAbove: true),
                _ => throw new ArgumentException("A cell is a string, a string[], a TableParagraph[] or TableBuilder.Merged."),
            });
        }

        rows.Add(new TableRow(built, word ? SourceLocation.At(path, DocumentPlace.OfTable(1).AtRow(line)) : new SourceLocation(path, line, 1)));
        return this;
    }

    /// <summary>A list item as Word draws it: its label before its text.</summary>
    public static TableParagraph Item(string label, string text, int level = 0) =>
        new(label + " " + text, new SourceLocation("plan.docx")) { List = new ListItem(label, level, IsBullet: label == "•") };

    /// <summary>A paragraph with line breaks (Shift+Enter) between its lines.</summary>
    public static TableParagraph Lines(params string[] lines) =>
        new(string.Join(" ", lines), new SourceLocation("plan.docx")) { Lines = [.. lines.Select(l => new TableParagraph(l, new SourceLocation("plan.docx")))] };

    public static TableParagraph Plain(string text) => new(text, new SourceLocation("plan.docx"));

    /// <summary>A table as Word gives it (cells merged from above are marked, so a blank cell is blank); as published text otherwise.</summary>
    public PlanTable Build() => new(columns, rows, word ? SourceLocation.At(path, DocumentPlace.OfTable(1)) : new SourceLocation(path, 1, 1))
    {
        MergedCellsMarked = word,
        ParagraphBreaksMayBeLost = !word && Extracted,
    };

    /// <summary>Read as text extracted from a PDF, whose cells may run their paragraphs together.</summary>
    public bool Extracted { get; init; }

    /// <summary>Assembles the table with an empty header.</summary>
    public Reading.PlanReadResult Assemble() => PlanTableAssembler.Assemble(path, new PlanHeader(), Build());
}
