namespace PlanLint.Text;

/// <summary>"Did you mean …?": the closest of some valid names to a misspelt one.</summary>
public static class Spelling
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/> (ignoring case), or null when none is close enough to be a likely
    /// typo: a few letters different, or the start of the name ("horizon" for "horizonMonths").
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = Math.Max(2, name.Length / 3);
        foreach (var candidate in candidates)
        {
            bool prefix = Math.Min(name.Length, candidate.Length) >= 4
                && (candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(candidate, StringComparison.OrdinalIgnoreCase));
            int lengths = Math.Abs(name.Length - candidate.Length);
            // The distance is at least the difference in length (exactly that for a prefix), so a name far longer than
            // every candidate (a 20 MB key) costs no edit-distance table.
            int d = prefix ? lengths
                : lengths > allowed ? int.MaxValue
                : Levenshtein(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            bool close = prefix || d <= allowed;
            if (close && d < bestDistance) { best = candidate; bestDistance = d; }
        }

        return best;
    }

    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
