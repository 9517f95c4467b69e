using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Reading;

namespace PlanLint.Readers.Text;

/// <summary>
/// Reads the text of a published plan (the corpus format): title lines ("Action Plan: HMP X",
/// "Action Plan Submitted: …"), then the plan table as one line per row, cells separated by tabs. Where the
/// extraction dropped empty cells, <see cref="RowAligner"/> puts the rest back in their columns; the table then
/// becomes a plan by <see cref="PlanTableAssembler"/>'s rules, the same as a Word table.
/// </summary>
public sealed class PublishedTextPlanReader : IPlanReader
{
    public string Format => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <summary>Text (no NUL bytes) with a tab-separated line of five or more cells, or an "Action Plan" title.</summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0) return false;
        string text = Encoding.UTF8.GetString(head);
        return text.Contains("Action Plan", StringComparison.OrdinalIgnoreCase)
            || text.Split('\n').Any(l => l.Count(c => c == '\t') >= 4);
    }

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
            return PlanReadResult.Failed(path, "The file is empty.", 1, 1);
        if (!TextDecoding.TryDecode(path, content.Span, out string text, out var decodeError))
            return PlanReadResult.Failed(decodeError!);

        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        var start = FindTable(lines);
        if (start is null)
        {
            var noTable = PlanReadResult.Failed(path,
                "No plan table found: expected a header row or rows of tab-separated cells (Rec No, concern, response, owner, target date). Is this the text of a published action plan?",
                1, 1);
            return noTable with { NotAPlan = new NotAPlan("a text file with no plan table") };
        }

        var (tableLine, columns, hasHeaderRow) = start.Value;
        var (header, headerDiagnostics) = PlanHeaderParser.Parse(HeaderLines(path, lines, tableLine));
        header = header with { Location = header.Location ?? new SourceLocation(path, 1, 1) };

        var diagnostics = new List<Diagnostic>(headerDiagnostics);
        var (rows, after) = TableRows(path, lines, hasHeaderRow ? tableLine + 1 : tableLine, columns, diagnostics);
        var tableLocation = new SourceLocation(path, tableLine + 1, 1);
        var table = new PlanTable(columns, rows, tableLocation)
        {
            Tally = SummaryRows.Tally(after.Select(i => ((IReadOnlyList<string>)[.. PublishedTextCells.Split(lines[i]).Select(c => PublishedTextCells.Clean(c.Raw))], new SourceLocation(path, i + 1, 1)))),
            // Text extracted from a PDF loses the breaks between a cell's paragraphs.
            ParagraphBreaksMayBeLost = true,
        };
        var result = PlanTableAssembler.Assemble(path, header, table);
        return result with { Diagnostics = [.. diagnostics, .. result.Diagnostics] };
    }

    /// <summary>The first header row (0-based line), else the first row of five or more cells; null when there is no table.</summary>
    private static (int Line, TableColumns Columns, bool HasHeaderRow)? FindTable(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t')) continue;
            var cells = PublishedTextCells.Split(lines[i]).Select(c => PublishedTextCells.Clean(c.Raw)).ToList();
            if (TableHeaders.IsHeaderRow(cells))
            {
                if ((TableHeaders.ColumnsOf(cells) ?? TableHeaders.ColumnsForCellCount(cells.Count)) is { } named) return (i, named, true);
            }
        }

        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('\t') && TableHeaders.ColumnsForCellCount(PublishedTextCells.Count(lines[i])) is { } columns)
                return (i, columns, false);
        }

        return null;
    }

    /// <summary>The lines above the table, without Markdown "#" marks and HTML, for the header.</summary>
    private static IEnumerable<HeaderLine> HeaderLines(string path, string[] lines, int tableLine)
    {
        for (int i = 0; i < tableLine; i++)
        {
            string line = lines[i];
            if (line.Contains('\t') || line.Trim().Length == 0) continue;
            int start = 0;
            while (start < line.Length && (line[start] == '#' || char.IsWhiteSpace(line[start]))) start++;
            yield return new HeaderLine(PublishedTextCells.Clean(line[start..]), new SourceLocation(path, i + 1, start + 1));
        }
    }

    /// <summary>
    /// The table's rows: every tab-separated line from the start, and lines without tabs between them (a row
    /// whose text is in one cell). Rows with fewer than half the columns after the last full row belong to whatever
    /// follows the table (Elmley's summary of agreed recommendations) and are not read as rows: their line indexes come
    /// back as <c>After</c>, where the plan's tally may be.
    /// </summary>
    private static (List<TableRow> Rows, List<int> After) TableRows(string path, string[] lines, int from, TableColumns columns, List<Diagnostic> diagnostics)
    {
        var aligner = new RowAligner(columns);
        int n = aligner.ColumnCount;
        var rows = new List<TableRow>();
        var pending = new List<int>();
        for (int i = from; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0) continue;
            int cellCount = PublishedTextCells.Count(line);
            if (cellCount * 2 < n)
            {
                pending.Add(i);
                continue;
            }

            foreach (int p in pending) rows.Add(Row(path, p, lines[p], aligner, diagnostics));
            pending.Clear();
            rows.Add(Row(path, i, line, aligner, diagnostics));
        }

        return (rows, pending);
    }

    private static TableRow Row(string path, int index, string line, RowAligner aligner, List<Diagnostic> diagnostics)
    {
        int lineNumber = index + 1;
        int n = aligner.ColumnCount;
        var raw = PublishedTextCells.Split(line);
        if (raw.Count > n)
        {
            var extra = raw.Skip(n).Where(c => !CellText.HasNoContent(PublishedTextCells.Clean(c.Raw))).ToList();
            if (extra.Count > 0)
            {
                diagnostics.Add(ReadingDiagnostics.Warning(new SourceLocation(path, lineNumber, extra[0].Column),
                    $"The row at line {lineNumber} has {PublishedTextCells.Count(line)} cells where the table has {n}; the text after cell {n} was not read."));
            }

            raw = raw[..n];
        }

        IReadOnlyList<int> placement = raw.Count < n ? aligner.Place([.. raw.Select(c => PublishedTextCells.Clean(c.Raw))]) : [.. Enumerable.Range(0, raw.Count)];
        var cells = new TableCell[n];
        for (int c = 0; c < raw.Count; c++)
            cells[placement[c]] = PublishedTextCells.ToCell(path, lineNumber, raw[c]);

        for (int col = 0; col < n; col++)
        {
            if (cells[col] is not null) continue;
            // A cell the extraction dropped: blank, placed where the next cell that is there starts.
            int column = cells.Skip(col + 1).FirstOrDefault(c => c is not null)?.Location.Column ?? line.Length + 1;
            cells[col] = new TableCell([], new SourceLocation(path, lineNumber, column));
        }

        return new TableRow(cells, new SourceLocation(path, lineNumber, 1, lineNumber, line.Length + 1));
    }
}
