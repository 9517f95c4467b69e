using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// An owner or target date entry: one paragraph of the owner or date cell. A gap is an empty paragraph that keeps an
/// action's place (see <see cref="ParagraphPositions"/>): the action beside it has no entry, located there.
/// </summary>
internal sealed record Entry(string Text, SourceLocation Location)
{
    public string Value => CellText.Normalize(Text);

    public bool IsGap { get; init; }

    /// <summary>What the reader inferred the entry from, when it is not one paragraph of its cell as read (two fragments joined).</summary>
    public string? Cue { get; init; }
}

/// <summary>A table row seen through the table's columns: what each column holds, as paragraphs and entries.</summary>
internal sealed class RowView
{
    public RowView(TableRow row, TableColumns columns)
    {
        Row = row;
        RecCell = row.Cell(columns.RecNo);
        ConcernCell = row.Cell(columns.Concern);
        AgreementCell = columns.Agreement is { } a ? row.Cell(a) : null;
        ActionCell = row.Cell(columns.Action);
        OwnerCell = row.Cell(columns.Owner);
        DateCell = row.Cell(columns.TargetDate);

        RecText = RecCell is null ? "" : CellText.Normalize(RecCell.Text);
        ConcernParagraphs = Contentful(ConcernCell);
        AgreementText = AgreementCell is null ? "" : CellText.Normalize(AgreementCell.Text);
        (ActionParagraphs, Owners, Dates) = ParagraphPositions.Read(ActionCell, OwnerCell, DateCell);
        OwnerMerged = OwnerCell?.MergedFromAbove == true;
        DateMerged = DateCell?.MergedFromAbove == true;
        TextCells = [.. row.Cells.Where(c => c.Paragraphs.Any(p => !CellText.HasNoContent(p.Text)))];
    }

    public TableRow Row { get; }
    public TableCell? RecCell { get; }
    public TableCell? ConcernCell { get; }
    public TableCell? AgreementCell { get; }
    public TableCell? ActionCell { get; }
    public TableCell? OwnerCell { get; }
    public TableCell? DateCell { get; }

    public string RecText { get; set; }
    public List<TableParagraph> ConcernParagraphs { get; }
    public string AgreementText { get; }
    public List<TableParagraph> ActionParagraphs { get; }
    public List<Entry> Owners { get; }
    public List<Entry> Dates { get; }
    public bool OwnerMerged { get; }
    public bool DateMerged { get; }

    public SourceLocation Location => Row.Location;

    /// <summary>Cells with text, in any column.</summary>
    public IReadOnlyList<TableCell> TextCells { get; }

    public bool IsEmpty => TextCells.Count == 0;

    public bool HasEntries => Owners.Count > 0 || Dates.Count > 0;

    /// <summary>The non-blank paragraphs of a cell that hold a letter or digit ("--" ruling marks are not text).</summary>
    private static List<TableParagraph> Contentful(TableCell? cell) =>
        cell is null ? [] : [.. cell.Paragraphs.Where(p => !CellText.HasNoContent(p.Text))];
}
