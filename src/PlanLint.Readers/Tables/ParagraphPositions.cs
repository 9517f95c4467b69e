namespace PlanLint.Readers.Tables;

/// <summary>
/// Reads one row's action cell into actions and its owner and date cells into entries, using what a source that keeps
/// paragraphs as written (Word) says by their positions:
/// <list type="bullet">
/// <item>An <b>empty paragraph keeps its place</b>: when an owner (or date) cell has as many paragraphs as the action cell
/// (blank ones at the end aside), or as many as there are actions, its entries are matched to the actions by position,
/// and an empty paragraph beside an action is that action's missing entry (a gap), not a reason to slide the entries
/// below it up.</item>
/// <item><b>List items are one action's steps</b>: a bulleted or numbered list in the action cell continues the
/// paragraph above it (or is one action by itself), unless the owner or date cell gives each item its own entry; items
/// nested under a top-level item are that item's steps on the same terms.</item>
/// <item><b>Lines of one entry</b> (Shift+Enter) beside as many actions are one entry per action.</item>
/// </list>
/// A source without blank paragraphs, lists or lines (the published text) reads exactly as before: every non-blank
/// paragraph an action, every non-blank owner and date paragraph an entry.
/// </summary>
internal static class ParagraphPositions
{
    /// <summary>The row's actions (one paragraph each, steps joined) and its owner and date entries.</summary>
    public static (List<TableParagraph> Actions, List<Entry> Owners, List<Entry> Dates) Read(TableCell? action, TableCell? owner, TableCell? date)
    {
        var actionCell = Paragraphs(action);
        var owners = Paragraphs(owner);
        var dates = Paragraphs(date);
        var units = ChooseUnits(actionCell, owners, dates);
        return ([.. units.Select(u => Joined(actionCell, u))], Align(owners, actionCell, units), Align(dates, actionCell, units));
    }

    private static List<TableParagraph> Paragraphs(TableCell? cell) => cell is null ? [] : [.. cell.Paragraphs];

    /// <summary>How many paragraphs a cell has without the blank ones at its end (often left by accident).</summary>
    private static int TrimmedCount(List<TableParagraph> cell)
    {
        int end = cell.Count;
        while (end > 0 && IsBlank(cell[end - 1])) end--;
        return end;
    }

    private static bool IsBlank(TableParagraph paragraph) => CellText.HasNoContent(paragraph.Body);

    /// <summary>The cell's paragraph counts that may give positions: all of them, and without the blank ones at the end.</summary>
    private static IEnumerable<int> Counts(List<TableParagraph> cell) => new[] { cell.Count, TrimmedCount(cell) }.Distinct();

    /// <summary>
    /// The actions of the cell as runs of paragraph indexes: one per paragraph, one per top-level list item with its
    /// nested steps, or one per paragraph with the list items below it; the finest whose every action the owner or date
    /// cell gives an entry of its own, else the coarsest.
    /// </summary>
    private static List<int[]> ChooseUnits(List<TableParagraph> action, List<TableParagraph> owners, List<TableParagraph> dates)
    {
        var content = Enumerable.Range(0, action.Count).Where(i => !IsBlank(action[i])).ToList();
        var perParagraph = content.Select(i => new[] { i }).ToList();
        if (!content.Any(i => action[i].List is not null)) return perParagraph;

        var candidates = new List<List<int[]>> { perParagraph };
        foreach (var grouping in new[] { Grouped(action, content, nestedOnly: true), Grouped(action, content, nestedOnly: false) })
        {
            if (grouping.Count < candidates[^1].Count) candidates.Add(grouping);
        }

        foreach (var units in candidates.Take(candidates.Count - 1))
        {
            if (EachHasOwnEntry(owners, action, units) || EachHasOwnEntry(dates, action, units)) return units;
        }

        return candidates[^1];
    }

    /// <summary>
    /// List items joined to the paragraph before them: any paragraph that is not a list item starts an action, and so
    /// (with <paramref name="nestedOnly"/>) does a top-level list item.
    /// </summary>
    private static List<int[]> Grouped(List<TableParagraph> action, List<int> content, bool nestedOnly)
    {
        int topLevel = content.Select(i => action[i].List?.Level ?? int.MaxValue).Min();
        var units = new List<List<int>>();
        foreach (int i in content)
        {
            var item = action[i].List;
            bool starts = units.Count == 0 || item is null || (nestedOnly && item.Level == topLevel);
            if (starts) units.Add([i]);
            else units[^1].Add(i);
        }

        return [.. units.Select(u => u.ToArray())];
    }

    /// <summary>Whether the cell gives every action an entry of its own, by count, by its lines, or beside each action's first paragraph.</summary>
    private static bool EachHasOwnEntry(List<TableParagraph> cell, List<TableParagraph> action, List<int[]> units)
    {
        var written = cell.Where(p => !IsBlank(p)).ToList();
        if (written.Count == units.Count) return true;
        if (written.Count == 1 && written[0].Lines is { } lines && lines.Count == units.Count) return true;
        var actionCounts = Counts(action).ToList();
        return Counts(cell).Any(actionCounts.Contains) && units.All(u => u[0] < cell.Count && !IsBlank(cell[u[0]]));
    }

    /// <summary>One action's paragraph: the paragraph itself without its list label, or its steps joined as Word shows them.</summary>
    private static TableParagraph Joined(List<TableParagraph> action, int[] unit)
    {
        var first = action[unit[0]];
        if (unit.Length == 1) return first.List is null ? first : first with { Text = first.Body, List = null, Lines = null };
        var text = string.Join(" ", unit.Select(i => action[i].Text.Trim()).Where(t => t.Length > 0));
        return first with { Text = text, List = null, Lines = null };
    }

    /// <summary>
    /// The entries of an owner or date cell for the actions, in order: by position when the cell's paragraphs line up
    /// with the action cell's (or are one per action), with a gap where an empty paragraph sits beside an action;
    /// otherwise its written paragraphs in order, as a source without blank paragraphs gives them.
    /// </summary>
    private static List<Entry> Align(List<TableParagraph> cell, List<TableParagraph> action, List<int[]> units)
    {
        var written = cell.Where(p => !IsBlank(p)).ToList();
        if (written.Count == 1 && written[0].Lines is { } lines && units.Count > 1 && lines.Count == units.Count)
            return [.. lines.Select(EntryOf)];
        // An empty cell says nothing about positions: it is blank, or merged with the one above.
        if (written.Count == 0) return [];
        int trimmed = TrimmedCount(cell);
        if (written.Count == trimmed)
        {
            // Only blanks at the end: positions matter only when the cell has exactly one paragraph per action.
            return cell.Count == units.Count && cell.Count > trimmed ? [.. cell.Select(EntryOf)] : [.. written.Select(EntryOf)];
        }

        var isHead = new bool[Math.Max(cell.Count, action.Count)];
        foreach (var unit in units) isHead[unit[0]] = true;
        var actionCounts = Counts(action).ToList();
        foreach (int count in Counts(cell))
        {
            if (actionCounts.Contains(count) && Enumerable.Range(0, count).All(i => isHead[i] || IsBlank(cell[i])))
                return [.. units.Select(u => u[0] < count ? EntryOf(cell[u[0]]) : Gap(cell[count - 1]))];
            if (count == units.Count)
                return [.. cell.Take(count).Select(EntryOf)];
        }

        return [.. written.Select(EntryOf)];
    }

    private static Entry Gap(TableParagraph near) => new("", near.Location) { IsGap = true };

    private static Entry EntryOf(TableParagraph paragraph) =>
        IsBlank(paragraph) ? new Entry("", paragraph.Location) { IsGap = true } : new Entry(paragraph.Body, paragraph.Location);
}
