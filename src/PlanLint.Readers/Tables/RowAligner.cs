namespace PlanLint.Readers.Tables;

/// <summary>
/// Places the cells of a row that has fewer cells than the table has columns, as text extracted from a PDF or Word
/// document does where it drops empty cells. Every order-keeping placement is scored by how well each cell's text
/// fits its column (a number in Rec No, a status in the agreement column, a date in the target date column, a name
/// in the owner column, prose in the concern and action columns); the best wins. A tie is settled like the last row
/// with as many cells that was not a tie, else by dropping Rec No first, then agreement, target date and owner.
/// One aligner reads one table, top to bottom.
/// </summary>
public sealed class RowAligner
{
    // Real tables have at most a dozen columns, so trying every placement is cheap; a row of a table whose header was
    // misread as dozens of columns would have millions (found by fuzzing), so past this many placements the best score
    // is found by dynamic programming, ties going to the earliest columns.
    private const long MaxPlacementsTried = 20_000;

    private readonly Role[] roles;
    private readonly Dictionary<int, int[]> lastClearPlacement = [];

    public RowAligner(TableColumns columns)
    {
        int count = new[] { columns.RecNo, columns.Concern, columns.Agreement ?? -1, columns.Action, columns.Owner, columns.TargetDate }.Max() + 1;
        roles = new Role[count];
        roles[columns.RecNo] = Role.RecNo;
        roles[columns.Concern] = Role.Concern;
        if (columns.Agreement is { } a) roles[a] = Role.Agreement;
        roles[columns.Action] = Role.Action;
        roles[columns.Owner] = Role.Owner;
        roles[columns.TargetDate] = Role.TargetDate;
    }

    private enum Role
    {
        Other,
        RecNo,
        Agreement,
        TargetDate,
        Owner,
        Concern,
        Action,
    }

    public int ColumnCount => roles.Length;

    /// <summary>The column of each cell, in order. Rows with as many cells as columns (or more) keep their order.</summary>
    public IReadOnlyList<int> Place(IReadOnlyList<string> cells)
    {
        int k = cells.Count, n = roles.Length;
        if (k >= n || k == 0) return [.. Enumerable.Range(0, k)];

        var scores = new int[k, n];
        for (int c = 0; c < k; c++)
        {
            var features = new CellFeatures(cells[c]);
            for (int col = 0; col < n; col++)
                scores[c, col] = features.Fit(roles[col]);
        }

        if (PlacementCount(k, n) > MaxPlacementsTried)
            return BestByScore(scores, k, n);

        int best = int.MinValue;
        var bests = new List<int[]>();
        foreach (var placement in Placements(k, n))
        {
            int total = 0;
            for (int c = 0; c < k; c++) total += scores[c, placement[c]];
            if (total > best)
            {
                best = total;
                bests.Clear();
            }

            if (total == best) bests.Add(placement);
        }

        bool clear = bests.All(p => SamePlacementOfText(p, bests[0], cells));
        if (!clear && lastClearPlacement.TryGetValue(k, out var remembered) && bests.Any(p => SamePlacementOfText(p, remembered, cells)))
            return remembered;

        var chosen = bests.OrderBy(p => DropRanks(p), RankComparer.Instance).First();
        if (clear) lastClearPlacement[k] = chosen;
        return chosen;
    }

    private static bool SamePlacementOfText(int[] a, int[] b, IReadOnlyList<string> cells)
    {
        for (int c = 0; c < cells.Count; c++)
        {
            if (!CellText.HasNoContent(cells[c]) && a[c] != b[c]) return false;
        }

        return true;
    }

    /// <summary>The ranks of the columns a placement leaves empty, lowest first: Rec No is the first to go.</summary>
    private List<int> DropRanks(int[] placement) =>
        [.. Enumerable.Range(0, roles.Length).Except(placement).Select(col => (int)roles[col]).Order()];

    /// <summary>How many order-keeping placements of k cells in n columns there are (n choose k), capped past the limit.</summary>
    private static long PlacementCount(int k, int n)
    {
        long count = 1;
        for (int i = 1; i <= k; i++)
        {
            count = count * (n - k + i) / i;
            if (count > MaxPlacementsTried) return long.MaxValue;
        }

        return count;
    }

    /// <summary>The order-keeping placement with the highest total score, in O(k·n).</summary>
    internal static int[] BestByScore(int[,] scores, int k, int n)
    {
        // total[c, col]: the best score of cells c.. with cell c in column col or later.
        var total = new long[k + 1, n + 1];
        for (int c = k - 1; c >= 0; c--)
        {
            total[c, n] = long.MinValue / 2;
            for (int col = n - 1; col >= 0; col--)
            {
                long here = n - col >= k - c ? scores[c, col] + total[c + 1, col + 1] : long.MinValue / 2;
                total[c, col] = Math.Max(here, total[c, col + 1]);
            }
        }

        var placement = new int[k];
        for (int c = 0, col = 0; c < k; c++, col++)
        {
            while (total[c, col] != scores[c, col] + total[c + 1, col + 1] || n - col < k - c) col++;
            placement[c] = col;
        }

        return placement;
    }

    private static IEnumerable<int[]> Placements(int k, int n)
    {
        var current = new int[k];
        return Choose(0, 0);

        IEnumerable<int[]> Choose(int cell, int from)
        {
            if (cell == k)
            {
                yield return (int[])current.Clone();
                yield break;
            }

            for (int col = from; col <= n - (k - cell); col++)
            {
                current[cell] = col;
                foreach (var p in Choose(cell + 1, col + 1)) yield return p;
            }
        }
    }

    /// <summary>What a cell's text looks like, worked out once per cell.</summary>
    private readonly struct CellFeatures
    {
        private readonly bool blank, number, digitsShort, status, date, prose, shortPhrase;

        public CellFeatures(string cell)
        {
            string t = CellText.Normalize(cell);
            blank = CellText.HasNoContent(t);
            if (blank) return;
            int words = t.Split(' ').Length;
            number = CellText.IsRecNumber(t);
            digitsShort = t.Length <= 24 && t.Any(char.IsDigit);
            status = words <= 4 && AgreementText.Read(t) is { Status: not null, StatusAtStart: true };
            date = CellText.LooksLikeDate(t);
            prose = CellText.LooksLikeProse(t);
            shortPhrase = words <= 4 && !t.EndsWith('.');
            DateAndShort = date && words <= 4;
        }

        private bool DateAndShort { get; }

        public int Fit(Role role)
        {
            if (blank) return 0;
            return role switch
            {
                Role.RecNo => number ? 3 : digitsShort ? 0 : -6,
                Role.Agreement => status ? 3 : -6,
                Role.TargetDate => date ? 2 : prose ? -3 : -1,
                Role.Owner => prose ? -3 : date ? -2 : 0,
                Role.Concern or Role.Action => number || status ? -4 : DateAndShort ? -2 : shortPhrase ? -1 : 0,
                _ => -1,
            };
        }
    }

    private sealed class RankComparer : IComparer<List<int>>
    {
        public static readonly RankComparer Instance = new();

        public int Compare(List<int>? x, List<int>? y)
        {
            for (int i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                int c = x[i].CompareTo(y[i]);
                if (c != 0) return c;
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
