using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// The layout both table formats share before it becomes a plan: a Word document's table and a published plan's
/// tab-separated text are both read into rows of cells of paragraphs, each with its location, and
/// <c>PlanTableAssembler</c> turns that into the plan model by one set of rules (continuation rows, owners and dates
/// per action paragraph, merged owner cells), so every format is judged the same way.
/// </summary>
public sealed record PlanTable(TableColumns Columns, IReadOnlyList<TableRow> Rows, SourceLocation Location)
{
    /// <summary>The plan's own count of recommendations by status, from the summary under the table (<see cref="SummaryRows.Tally"/>), when it has one.</summary>
    public PlanTally? Tally { get; init; }

    /// <summary>
    /// True when the source can lose the breaks between a cell's paragraphs (text extracted from a PDF), so that a cell
    /// such as "March 2024 March 2024" may be two entries run together; false for Word, whose paragraphs are as typed.
    /// </summary>
    public bool ParagraphBreaksMayBeLost { get; init; }

    /// <summary>
    /// True when the source marks a cell that spans several rows (Word's vertical merge), so a blank cell is blank; false
    /// for text extracted from a PDF, where a tall cell's entry sits beside its first row and the rows below look blank.
    /// </summary>
    public bool MergedCellsMarked { get; init; }

    /// <summary>
    /// True for a PDF table drawn without ruling lines: a merged cell and a blank one look alike on the page, so every
    /// blank owner or date cell below an entry of its recommendation is unknown, however many of its actions have one.
    /// False elsewhere: a source that marks merged cells settles it, and in published text a recommendation that gives
    /// nearly every action an entry is taken to leave a blank one missing (docs/readers.md, rule 20).
    /// </summary>
    public bool BlanksBelowEntriesUndecided { get; init; }

    /// <summary>
    /// True for a PDF table: in a cell holding the entries of several actions (a row per recommendation), nothing beside
    /// an action is only space on the page, which the entry above may be meant to cover (a date given once for a group)
    /// or not; such blanks are judged as in published text (docs/readers.md, rule 20). False for Word, whose empty
    /// paragraphs are typed.
    /// </summary>
    public bool BlanksWithinACellUnmarked { get; init; }
}

/// <summary>Which cell of a row holds which column; <see cref="Agreement"/> is null for concern-format plans.</summary>
public sealed record TableColumns(int RecNo, int Concern, int? Agreement, int Action, int Owner, int TargetDate)
{
    public static TableColumns ConcernFormat { get; } = new(0, 1, null, 2, 3, 4);

    public static TableColumns RecommendationFormat { get; } = new(0, 1, 2, 3, 4, 5);

    public PlanFormat Format => Agreement is null ? PlanFormat.Concerns : PlanFormat.Recommendations;
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceLocation Location)
{
    public TableCell? Cell(int index) => index < Cells.Count ? Cells[index] : null;
}

/// <summary>
/// One cell. <see cref="MergedFromAbove"/> is true where the source says the cell continues the one above
/// (Word's vertical merge); a blank cell in text cannot say that, so it is false there.
/// </summary>
public sealed record TableCell(IReadOnlyList<TableParagraph> Paragraphs, SourceLocation Location, bool MergedFromAbove = false)
{
    public bool IsBlank => Paragraphs.All(p => string.IsNullOrWhiteSpace(p.Text));

    public string Text => string.Join(" ", Paragraphs.Select(p => p.Text.Trim()).Where(t => t.Length > 0));
}

/// <summary>
/// One paragraph of a cell as a person sees it. A blank paragraph (Text "") is kept where the source has one (Word):
/// its position can say which action an owner or date entry sits beside.
/// </summary>
public sealed record TableParagraph(string Text, SourceLocation Location)
{
    /// <summary>The list label Word draws before the paragraph ("1.", "7.2", "a)", "•"), which starts <see cref="Text"/>; null when it is not a list item.</summary>
    public ListItem? List { get; init; }

    /// <summary>The lines of a paragraph holding line breaks (Shift+Enter), each located; null when it has one line. <see cref="Text"/> joins them with spaces.</summary>
    public IReadOnlyList<TableParagraph>? Lines { get; init; }

    /// <summary>The text without its list label: what the paragraph says when it is read on its own.</summary>
    public string Body => List is { } item && Text.StartsWith(item.Label, StringComparison.Ordinal) ? Text[item.Label.Length..].TrimStart() : Text;
}

/// <summary>A list item's label as drawn, and its level (0 for the outermost).</summary>
public sealed record ListItem(string Label, int Level, bool IsBullet);

/// <summary>The plan details written above the table, each as found with where it was found.</summary>
public sealed record PlanHeader
{
    /// <summary>Where the plan starts (its first title line), for findings about the plan as a whole; null to use the table's location.</summary>
    public SourceLocation? Location { get; init; }

    public (string Value, SourceLocation Location)? Establishment { get; init; }
    public (DateOnly Value, SourceLocation Location)? Submitted { get; init; }
    public (DateOnly Value, SourceLocation Location)? InspectionStart { get; init; }
    public (DateOnly Value, SourceLocation Location)? InspectionEnd { get; init; }
    public (DateOnly Value, SourceLocation Location)? ReportPublished { get; init; }
}
