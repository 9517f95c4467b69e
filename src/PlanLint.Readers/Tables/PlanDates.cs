using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Reads the dates of a plan's header as people write them: "29 January 2025", "12th January 2024", "6 th April 2023",
/// "January 29, 2025", "29/01/2025", "2025-01-29", and ranges such as "4th – 14th September 2023",
/// "30 September – 10 October 2024" or "28th February to 11th March 2022", where the first date borrows the month
/// and year it leaves out from the second.
/// </summary>
public static partial class PlanDates
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date written in the text, or null.</summary>
    public static DateOnly? ParseDate(string text)
    {
        var parts = Parts(text);
        return parts.Count > 0 && parts[0].IsComplete ? parts[0].ToDate() : null;
    }

    /// <summary>
    /// Whether the whole text is one date as a target date cell gives it: "August 2022", "Aug 2022", "12 August 2022",
    /// "12/08/2022", "2022-08-12"; nothing before or after it.
    /// </summary>
    public static bool IsWholeDate(string text)
    {
        string t = text.Trim();
        if (MonthYear().IsMatch(t)) return true;
        var m = DateToken().Match(Ordinal().Replace(t, "$1"));
        return m.Success && m.Index == 0 && m.Length == Ordinal().Replace(t, "$1").Length && ParseDate(t) is not null;
    }

    /// <summary>
    /// The date that a head and a rest make together when extraction split one date between two cells: their text
    /// joined, when that is a whole date ("12 Aug" | "2022"), or a head that starts a month name and a rest of one word
    /// (what is left of the name, garbled) and a year ("Aug" | "just 2022": "August 2022"). Null when they make none, or
    /// either is a date alone.
    /// </summary>
    public static string? JoinSplit(string head, string rest)
    {
        head = head.Trim();
        rest = rest.Trim();
        if (head.Length == 0 || rest.Length == 0 || IsWholeDate(head) || IsWholeDate(rest)) return null;
        foreach (string joined in new[] { head + rest, head + " " + rest })
            if (IsWholeDate(joined)) return joined;
        if (head.Length < 3 || !head.All(char.IsLetter) || MonthStartedBy(head) is not { } month) return null;
        var m = RestOfMonth().Match(rest);
        return m.Success && Month(m.Groups["word"].Value) is null
            ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(MonthNames[month - 1]) + " " + m.Groups["year"].Value
            : null;
    }

    private static int? MonthStartedBy(string head)
    {
        string h = head.ToLowerInvariant();
        for (int i = 0; i < MonthNames.Length; i++)
            if (MonthNames[i].StartsWith(h, StringComparison.Ordinal) && h.Length < MonthNames[i].Length) return i + 1;
        return null;
    }

    /// <summary>A date range ("5th – 15th December 2022"); a single date gives a range of one day. Null when no date can be read.</summary>
    public static (DateOnly Start, DateOnly End)? ParseRange(string text)
    {
        var parts = Parts(text);
        if (parts.Count == 0) return null;
        var last = parts[^1];
        if (!last.IsComplete || last.ToDate() is not { } end) return null;
        if (parts.Count == 1) return (end, end);

        var first = parts[0];
        var start = new DatePart(first.Day, first.Month ?? last.Month, first.Year ?? last.Year).ToDate();
        if (start is not { } s) return null;
        // "28 December – 3 January 2023": a start after the end belongs to the year before.
        if (first.Year is null && s > end) s = s.AddYears(-1);
        return s <= end ? (s, end) : null;
    }

    // A class, not a struct: a list of structs cannot be compiled ahead of time (ReadyToRun), so every run would JIT-compile it.
    private sealed record DatePart(int Day, int? Month, int? Year)
    {
        public bool IsComplete => Month is not null && Year is not null;

        public DateOnly? ToDate() =>
            Month is { } m && Year is { } y && y is >= 1900 and <= 2199 && Day >= 1 && Day <= DateTime.DaysInMonth(y, m)
                ? new DateOnly(y, m, Day)
                : null;
    }

    /// <summary>The dates in the text in order; a leading bare day ("4th" of "4th – 14th September") has no month or year.</summary>
    private static List<DatePart> Parts(string text)
    {
        string t = Ordinal().Replace(text, "$1");
        var parts = new List<DatePart>();
        foreach (Match m in DateToken().Matches(t))
        {
            if (m.Groups["iy"].Success)
            {
                parts.Add(new DatePart(Int(m.Groups["id"]), Int(m.Groups["im"]), Int(m.Groups["iy"])));
            }
            else if (m.Groups["ny"].Success)
            {
                int year = Int(m.Groups["ny"]);
                parts.Add(new DatePart(Int(m.Groups["nd"]), Int(m.Groups["nm"]), year < 100 ? 2000 + year : year));
            }
            else if (m.Groups["md"].Success)
            {
                parts.Add(new DatePart(Int(m.Groups["md"]), Month(m.Groups["mm"].Value), m.Groups["my"].Success ? Int(m.Groups["my"]) : null));
            }
            else
            {
                parts.Add(new DatePart(Int(m.Groups["d"]), m.Groups["m"].Success ? Month(m.Groups["m"].Value) : null,
                    m.Groups["y"].Success ? Int(m.Groups["y"]) : null));
            }
        }

        // A bare day (matched only before a range dash) starts a range: it needs a full date after it.
        if (parts.Count > 0 && parts[0].Month is null && parts.Count == 1) parts.Clear();
        return parts;
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Month(string name)
    {
        string n = name.ToLowerInvariant().TrimEnd('.');
        for (int i = 0; i < MonthNames.Length; i++)
        {
            if (n.Length >= 3 && MonthNames[i].StartsWith(n, StringComparison.Ordinal)) return i + 1;
        }

        return n == "sept" ? 9 : null;
    }

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:19|20|21)\d\d$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<word>[a-z]{1,6})\s+(?<year>(?:19|20|21)\d\d)$")]
    private static partial Regex RestOfMonth();

    [GeneratedRegex(@"\b(\d{1,2})\s?(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(
        @"\b(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})" +
        @"|(?<nd>\d{1,2})[/.](?<nm>\d{1,2})[/.](?<ny>\d{4}|\d{2})" +
        @"|(?<mm>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<md>\d{1,2})(?:,?\s+(?<my>\d{4}))?" +
        @"|(?<d>\d{1,2})(?:\s+(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+(?<y>\d{4}))?|(?=\s*(?:-|\u2013|\u2014|to\b|until\b|till\b)\s*\d)))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateToken();
}
