using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanLint.Readers.Tables;

/// <summary>
/// The small text tests the table rules are built from (docs/readers.md names each one). They look at the shape
/// of text (punctuation, letter case, a closed list of English function words), never at what a plan says.
/// </summary>
internal static partial class CellText
{
    /// <summary>Words that cannot end an English sentence: a paragraph ending with one was cut mid-sentence.</summary>
    private static readonly FrozenSet<string> JoiningWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "with", "in", "on", "at", "by", "from", "into",
        "onto", "as", "than", "that", "which", "who", "whose", "whom", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "be", "been", "being", "is", "are", "was", "were", "has", "have", "had",
        "their", "its", "our", "his", "her", "this", "these", "those", "such", "via", "per", "including", "within",
        "between", "across", "through", "under", "over", "about", "after", "before", "during", "where", "when",
        "while", "whilst", "if", "so", "not", "also", "any", "all", "each", "every", "both", "very",
    ]);

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Normalize(string text)
    {
        bool clean = text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]));
        for (int i = 0; clean && i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i + 1] == ' ')) clean = false;
        }

        return clean ? text : Whitespace().Replace(text, " ").Trim();
    }

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Text with no letter or digit ("--", "-", "..."): ruling lines and stray marks, read as blank.</summary>
    public static bool HasNoContent(string? text) => text is null || !text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// Whether a paragraph stops mid-sentence: its last character (ignoring closing quotes) is not . ! or ?.
    /// </summary>
    public static bool EndsMidSentence(string text)
    {
        string t = text.TrimEnd();
        int i = t.Length - 1;
        while (i >= 0 && t[i] is '"' or '\'' or '\u2019' or '\u201D') i--;
        return i < 0 || t[i] is not ('.' or '!' or '?');
    }

    /// <summary>
    /// The length of <paramref name="text"/> up to the end of the first sentence that ends at or after <paramref name="from"/>
    /// (a . ! or ? followed by a space or the end, closing quotes included); the whole text when none does.
    /// </summary>
    public static int SentenceEndFrom(string text, int from)
    {
        for (int i = Math.Max(from, 0); i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            int end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '\u2019' or '\u201D') end++;
            if (end == text.Length || char.IsWhiteSpace(text[end])) return end;
        }

        return text.Length;
    }

    /// <summary>Whether the paragraph ends with a comma, semicolon, dash, opening bracket or a word that cannot end a sentence.</summary>
    public static bool EndsWithJoiner(string text)
    {
        string t = text.TrimEnd();
        if (t.Length == 0) return false;
        if (t[^1] is ',' or ';' or '-' or '\u2013' or '\u2014' or '(' or '&' or '/') return true;
        int start = t.Length;
        while (start > 0 && char.IsLetter(t[start - 1])) start--;
        return start < t.Length && JoiningWords.Contains(t[start..]);
    }

    /// <summary>Whether the first letter-or-digit of the text is a lower-case letter: no sentence starts that way.</summary>
    public static bool StartsLowerCase(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) return char.IsLower(c);
        }

        return false;
    }

    /// <summary>A recommendation number as plans write it: "1", "1.12", "7.3", "12.", "P1", "S39".</summary>
    public static bool IsRecNumber(string text) => RecNumber().IsMatch(text.Trim());

    /// <summary>The number without a trailing full stop: "12." becomes "12".</summary>
    public static string RecNumberOf(string text) => text.Trim().TrimEnd('.').Trim();

    /// <summary>The number that would follow <paramref name="id"/> ("7.4" → "7.5", "8" → "9"), or null.</summary>
    public static string? NextNumber(string id) => StepNumber(id, +1);

    /// <summary>The number that would come before <paramref name="id"/> ("1.2" → "1.1"), or null when there is none.</summary>
    public static string? PreviousNumber(string id) => StepNumber(id, -1);

    private static string? StepNumber(string id, int step)
    {
        var m = TrailingNumber().Match(id);
        if (!m.Success || !int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return null;
        int next = n + step;
        return next < 1 ? null : m.Groups[1].Value + next.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A row that heads a section of the table ("Priority concerns", "Key concerns and recommendations"): a few words,
    /// one of them "concerns" or "recommendations" (plural), no sentence punctuation.
    /// </summary>
    public static bool IsSectionHeading(string text)
    {
        string t = Normalize(text);
        if (t.Length == 0 || t.Length > 60 || t.IndexOfAny(['.', ':', ';', '?', '!']) >= 0) return false;
        int words = t.Split(' ').Length;
        return words <= 6 && SectionWord().IsMatch(t);
    }

    /// <summary>
    /// A section heading run into the start of a concern cell ("Key concerns The promotion of equality…"):
    /// returns the heading and the rest, or null.
    /// </summary>
    public static (string Heading, string Remainder)? SplitLeadingSection(string text)
    {
        var m = LeadingSection().Match(text);
        return m.Success ? (Normalize(m.Groups[1].Value), text[m.Groups[2].Index..]) : null;
    }

    /// <summary>
    /// Splits a cell written as one line with entries separated by runs of two or more spaces
    /// ("Governor  LTHSE Contracts Team  Governor"). Returns the parts with their offsets in the text.
    /// </summary>
    public static IReadOnlyList<(string Text, int Offset)> SplitOnSpaceRuns(string text)
    {
        var parts = new List<(string, int)>();
        foreach (Match m in SpaceRunSeparated().Matches(text))
            parts.Add((m.Value, m.Index));
        return parts;
    }

    /// <summary>Text that reads like a target date or a date status: a month, a year, "Completed", "Ongoing".</summary>
    public static bool LooksLikeDate(string text)
    {
        string t = Normalize(text);
        return t.Length > 0 && t.Split(' ').Length <= 8 && DateWord().IsMatch(t);
    }

    /// <summary>
    /// Debris of a page, not words: several tokens and none of them a word of three letters or more ("er LI le te su wi
    /// or ba m M", the letters of a margin or a rotated label read line by line).
    /// </summary>
    public static bool IsDebris(string text)
    {
        var tokens = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 3 && tokens.All(t => t.Count(char.IsLetter) <= 2);
    }

    /// <summary>
    /// Digits and marks that hold no date: no letters, no date, no year ("2025") and no day and month ("31/03") in them
    /// ("2001000.000", a number the extraction made of a page's furniture).
    /// </summary>
    public static bool IsNumericDebris(string text)
    {
        string t = Normalize(text);
        return t.Length > 0 && !t.Any(char.IsLetter) && PlanDates.ParseDate(t) is null && !DatePieces().IsMatch(t);
    }

    private const int EchoWords = 12;

    /// <summary>
    /// Whether <paramref name="stray"/> is a garbled copy of the last words of <paramref name="text"/> ("prisoriers." after
    /// "…predictable to prisoners.", "nooda to noip them on release." after "…they needed to help them on release."):
    /// as many words, and at most a third of their characters differ.
    /// </summary>
    public static bool EchoesEnd(string text, string stray)
    {
        var strayWords = Normalize(stray).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // An echo is the tail of one line read twice: a few words, never a paragraph.
        if (strayWords.Length == 0 || strayWords.Length > EchoWords || strayWords.Length > words.Length) return false;
        string tail = string.Join(' ', words[^strayWords.Length..]).ToLowerInvariant();
        string copy = string.Join(' ', strayWords).ToLowerInvariant();
        return tail.Length >= 6 && Spelling.Levenshtein(tail, copy) * 3 <= Math.Max(tail.Length, copy.Length);
    }

    /// <summary>Text that reads like prose rather than a name: many words, or a sentence that ends inside it.</summary>
    public static bool LooksLikeProse(string text)
    {
        string t = Normalize(text);
        return t.Split(' ').Length > 9 || SentenceBreak().IsMatch(t) || (t.Length > 0 && t[^1] == '.' && t.Split(' ').Length > 3);
    }

    /// <summary>Whether a cell lists several names: a slash, ampersand, semicolon, comma or "and" between words.</summary>
    public static bool NamesSeveral(string text) => SeveralNames().IsMatch(text);

    public static string Join(string first, string second)
    {
        if (first.Length == 0) return second;
        if (second.Length == 0) return first;
        return first + " " + second;
    }

    /// <summary>Splits prose into sentences at . ! or ? followed by white space and a capital, digit or bracket.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceSplit().Split(Normalize(text)).Where(s => s.Length > 0)];

    public static string Quote(string text, int max = 40)
    {
        string t = Normalize(text);
        return "'" + (t.Length > max ? t[..max].TrimEnd() + "…" : t) + "'";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[A-Za-z]{0,2}\d{1,3}(\.\d{1,3}){0,2}\.?$")]
    private static partial Regex RecNumber();

    [GeneratedRegex(@"^(.*?)(\d+)$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"\b(concerns|recommendations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionWord();

    [GeneratedRegex(@"^\s*((?:priority|key|main|other|further)\s+(?:concerns|recommendations)(?:\s+and\s+(?:concerns|recommendations))?)\s+(?=[A-Z])(.)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSection();

    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex SpaceRunSeparated();

    [GeneratedRegex(@"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|(19|20)\d\d|q[1-4]|complete[d]?|ongoing|on-going|commenc\w*|immediate(ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b\d{1,2}[/.\-]\d{1,2}\b")]
    private static partial Regex DatePieces();

    [GeneratedRegex(@"[.!?]\s+[A-Z]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\w\s*[/&;,+]\s*\w|\w\s+and\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralNames();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'(\u2018\u201C])")]
    private static partial Regex SentenceSplit();
}
