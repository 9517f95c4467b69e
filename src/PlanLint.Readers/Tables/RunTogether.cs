using System.Text.RegularExpressions;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Cells whose paragraphs the extraction ran together into one line (docs/readers.md, rules 20a–20c): a target date cell
/// that is nothing but several dates or statuses ("March 2024 March 2024", "September 2022 October 2022",
/// "Completed September 2024"), an owner cell that repeats itself ("Governing Governing Governing",
/// "Regional Property Operation Manager (RPOM) RPOM"), and the cut of an action paragraph at sentence boundaries into
/// as many parts as such cells hold entries. Only sources that can lose paragraph breaks (text extracted from a PDF)
/// are read this way; a Word paragraph is what its author typed.
/// </summary>
internal static partial class RunTogether
{
    private enum Token
    {
        Month,
        Day,
        Year,
        Quarter,
        Status,
        Joiner,
    }

    /// <summary>The entries of a target date cell made only of two or more dates or statuses side by side, or null.</summary>
    public static IReadOnlyList<(string Text, int Offset)>? Dates(string text)
    {
        var words = Words().Matches(text);
        if (words.Count < 2) return null;
        var parts = new List<(string, int)>();
        int start = -1, end = 0;
        bool month = false, year = false, status = false, joined = false, any = false;
        foreach (Match word in words)
        {
            if (Classify(word.Value) is not { } token) return null;
            bool begins = token switch
            {
                Token.Month => (year && !joined) || (status && !joined && !month),
                Token.Day => (year && !joined) || (status && !joined),
                Token.Year => (year && !joined) || (status && !month && !joined),
                Token.Quarter => (any && !joined),
                Token.Status => any && !joined && !status,
                _ => false,
            };
            if (begins && start >= 0)
            {
                parts.Add((text[start..end], start));
                start = -1;
                month = year = status = any = false;
            }

            if (start < 0) start = word.Index;
            end = word.Index + word.Length;
            joined = token == Token.Joiner;
            month |= token == Token.Month;
            year |= token is Token.Year or Token.Quarter;
            status |= token == Token.Status;
            any |= token != Token.Joiner;
        }

        if (start >= 0 && any) parts.Add((text[start..end], start));
        return parts.Count >= 2 ? parts : null;
    }

    /// <summary>
    /// The entries of an owner cell that repeats itself on one line: the same words several times ("Governing Governing
    /// Governing": three), or a name followed by the abbreviation it already gave ("… Manager (RPOM) RPOM": two). Null otherwise.
    /// </summary>
    public static IReadOnlyList<(string Text, int Offset)>? Owners(string text)
    {
        var words = Words().Matches(text);
        int n = words.Count;
        if (n < 2) return null;
        for (int unit = 1; unit <= n / 2; unit++)
        {
            if (n % unit != 0) continue;
            bool repeats = true;
            for (int i = unit; i < n && repeats; i++)
                repeats = string.Equals(Bare(words[i].Value), Bare(words[i % unit].Value), StringComparison.OrdinalIgnoreCase);
            if (!repeats) continue;
            var parts = new List<(string, int)>();
            for (int i = 0; i < n; i += unit)
            {
                int from = words[i].Index, to = words[i + unit - 1].Index + words[i + unit - 1].Length;
                parts.Add((text[from..to], from));
            }

            return parts;
        }

        var last = words[n - 1];
        string tail = Bare(last.Value);
        if (tail.Length >= 2 && tail.All(char.IsUpper) && !last.Value.StartsWith('(')
            && words.Take(n - 1).Any(w => w.Value.StartsWith('(') && string.Equals(Bare(w.Value), tail, StringComparison.Ordinal)))
        {
            return [(text[..words[n - 2].EndIndex()], 0), (last.Value, last.Index)];
        }

        return null;
    }

    /// <summary>
    /// Cuts an action paragraph at sentence boundaries into one part per target date entry, when exactly one cut fits
    /// them: at the sentences that open with a label ("Freezers: …") when the paragraph uses labels, else at any sentence
    /// that does not open by pointing back at the one before ("This strategy will…", "These will be recorded…": it goes
    /// on with what that sentence began), with each part's tense fitting its entry (<see cref="ParagraphTense.Fits"/>).
    /// Null when no cut, or more than one, fits.
    /// </summary>
    public static IReadOnlyList<(string Text, int Offset)>? Cut(string paragraph, IReadOnlyList<EntryKind> entries)
    {
        int parts = entries.Count;
        var sentences = SentenceStarts(paragraph);
        if (parts < 2 || sentences.Count < parts) return null;

        var labelled = sentences.Skip(1).Where(s => Label().IsMatch(paragraph.AsSpan(s))).ToList();
        var starts = labelled.Count > 0 ? labelled : sentences.Skip(1).Where(s => !PointsBack().IsMatch(paragraph.AsSpan(s))).ToList();
        if (starts.Count < parts - 1 || starts.Count > 64) return null;

        // Boundaries in paragraph order: 0, then the chosen starts, then the end. Count the fitting choices (2 is enough).
        var bounds = new List<int>(starts) { paragraph.Length };
        int Fitting(int from, int part, int next, List<int> chosen, ref List<int>? only)
        {
            if (part == parts - 1)
            {
                if (!ParagraphTense.Fits(entries[part], ParagraphTense.Of(paragraph[from..]))) return 0;
                only = [.. chosen];
                return 1;
            }

            int found = 0;
            for (int k = next; k < starts.Count && found < 2; k++)
            {
                if (!ParagraphTense.Fits(entries[part], ParagraphTense.Of(paragraph[from..starts[k]]))) continue;
                chosen.Add(starts[k]);
                found += Fitting(starts[k], part + 1, k + 1, chosen, ref only);
                chosen.RemoveAt(chosen.Count - 1);
            }

            return found;
        }

        List<int>? cut = null;
        if (Fitting(0, 0, 0, [], ref cut) != 1 || cut is null) return null;
        var result = new List<(string, int)>();
        int at = 0;
        foreach (int boundary in cut.Append(paragraph.Length))
        {
            result.Add((paragraph[at..boundary].Trim(), at));
            at = boundary;
        }

        return result;
    }

    /// <summary>
    /// Whether an owner entry is the last word or words of the owner kept above ("Governor" after "Governing Governor"):
    /// the end of that owner's cell wrapped onto the next line by the extraction, not another owner.
    /// </summary>
    public static bool IsWrappedTail(string owner, string entry)
    {
        var whole = Words().Matches(owner);
        var tail = Words().Matches(entry);
        if (tail.Count == 0 || tail.Count >= whole.Count) return false;
        for (int i = 1; i <= tail.Count; i++)
        {
            if (!string.Equals(Bare(whole[^i].Value), Bare(tail[^i].Value), StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>
    /// The post an owner cell that repeats one word names ("Governing Governing Governing"), when every other owner entry
    /// of its recommendation (<paramref name="others"/>, at least one) is one post that begins with that word ("Governing
    /// Governor"): the cells of that post run together by the extraction, each cut to its first word. Null otherwise.
    /// </summary>
    public static string? RepeatedWordPost(IReadOnlyList<(string Text, int Offset)> parts, IEnumerable<string> others)
    {
        if (parts.Count < 2 || Words().Matches(parts[0].Text) is not [var word]) return null;
        var posts = others.Select(CellText.Normalize).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (posts is not [var post] || Words().Matches(post) is not [var first, ..]) return null;
        return string.Equals(Bare(first.Value), Bare(word.Value), StringComparison.OrdinalIgnoreCase) ? post : null;
    }

    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        foreach (Match m in SentenceBreak().Matches(text))
            starts.Add(m.Index + m.Length);
        return starts;
    }

    private static Token? Classify(string word)
    {
        string w = word.Trim('.', ',', ';', '(', ')').ToLowerInvariant();
        if (w.Length == 0) return Token.Joiner;
        if (Month().IsMatch(w)) return Token.Month;
        if (Year().IsMatch(w)) return Token.Year;
        if (Day().IsMatch(w)) return Token.Day;
        if (Quarter().IsMatch(w)) return Token.Quarter;
        if (Status().IsMatch(w)) return Token.Status;
        if (Joiner().IsMatch(w)) return Token.Joiner;
        return null;
    }

    private static string Bare(string word) => word.Trim('(', ')', '[', ']', ',', '.', ';', ':');

    private static int EndIndex(this Match m) => m.Index + m.Length;

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)$")]
    private static partial Regex Month();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$|^(st|nd|rd|th)$")]
    private static partial Regex Day();

    [GeneratedRegex(@"^q[1-4]$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(completed?|on-?going|done|achieved|immediate(ly)?|tbc|implemented|delivered)$")]
    private static partial Regex Status();

    [GeneratedRegex(@"^(and|&|to|-|\u2013|\u2014|/|by|of|end|early|mid|late|beginning|start|commenc\w*|start(ed|ing)|from|until|in|the|week|w/c|onwards?)$")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'(\u2018\u201C])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^[A-Z][\w&/()' -]{0,40}?\s?:\s")]
    private static partial Regex Label();

    /// <summary>A sentence that opens with a demonstrative or a pronoun for what came before: a closed class of English words, never a plan's own.</summary>
    [GeneratedRegex(@"^(This|These|Those|They|Such)\b")]
    private static partial Regex PointsBack();
}
