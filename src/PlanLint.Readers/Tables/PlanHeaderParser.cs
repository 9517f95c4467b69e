using System.Globalization;
using System.Text.RegularExpressions;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Reads the plan details written above the table ("Action Plan: HMP X", "Action Plan Submitted: 29 January 2025",
/// "A Response to the HMIP Inspection: 30 September – 10 October 2024", "Report Published: 14 January 2025") from
/// lines of text, whichever format they came from. A label whose value does not parse as a date is left unset.
/// </summary>
public static partial class PlanHeaderParser
{
    public static PlanHeader Parse(IEnumerable<(string Text, SourceLocation Location)> lines)
    {
        var header = new PlanHeader();
        (string, SourceLocation)? establishmentLabel = null;
        foreach (var (raw, location) in lines)
        {
            string text = HeaderDates.Clean(raw);
            if (header.Establishment is null && TitleLine().Match(text) is { Success: true } title && !ReportTitle().IsMatch(title.Groups["value"].Value))
                header = header with { Establishment = (title.Groups["value"].Value.Trim(), location) };
            else if (establishmentLabel is null && EstablishmentLine().Match(text) is { Success: true } establishment)
                establishmentLabel = (establishment.Groups["value"].Value.Trim(), location);
            else if (header.Submitted is null && Labelled(SubmittedLine(), text) is { } submitted && HeaderDates.ParseDate(submitted) is { } s)
                header = header with { Submitted = (s, location) };
            else if (header.ReportPublished is null && Labelled(PublishedLine(), text) is { } published && HeaderDates.ParseDate(published) is { } p)
                header = header with { ReportPublished = (p, location) };
            else if (header.InspectionStart is null && Labelled(InspectionLine(), text) is { } inspection && HeaderDates.ParseRange(inspection) is { } range)
                header = header with { InspectionStart = (range.Start, location), InspectionEnd = (range.End, location) };
        }

        return header.Establishment is null && establishmentLabel is { } label ? header with { Establishment = label } : header;
    }

    private static string? Labelled(Regex label, string text) => label.Match(text) is { Success: true } m ? m.Groups["value"].Value : null;

    [GeneratedRegex(@"^\s*action\s+plan\s*[:\-–—]\s*(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"\breport\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"^\s*establishment\s*[:\-–—]\s*(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstablishmentLine();

    [GeneratedRegex(@"\bsubmitted\b[^:]*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubmittedLine();

    [GeneratedRegex(@"\bpublished\b[^:]*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"\binspection\b[^:]*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InspectionLine();
}

/// <summary>
/// Dates as plan headers write them: "29 January 2025", "6th April 2023", "29/01/2025", "2025-01-29", and ranges
/// such as "30 September – 10 October 2024", "13th – 23rd February 2023", "28th February to 11th March 2022",
/// where the first date borrows the month and year it leaves out from the second.
/// </summary>
public static partial class HeaderDates
{
    private static readonly string[] Formats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "d MMMM, yyyy", "MMMM d, yyyy",
        "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd",
    ];

    /// <summary>Removes conversion leftovers ("6&lt;sup&gt;th&lt;/sup&gt;", "&amp;amp;", "##") and collapses spaces.</summary>
    public static string Clean(string text)
    {
        string s = Markup().Replace(text, "").Replace("&amp;", "&", StringComparison.Ordinal).Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ');
        return Spaces().Replace(s.Replace("##", " ", StringComparison.Ordinal), " ").Trim();
    }

    public static DateOnly? ParseDate(string text)
    {
        string s = Sept().Replace(Ordinals().Replace(Clean(text), "$1"), "Sep").Trim().TrimEnd('.');
        return DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
    }

    public static (DateOnly Start, DateOnly End)? ParseRange(string text)
    {
        if (ParseDate(text) is { } single) return (single, single);
        string s = Ordinals().Replace(Clean(text), "$1");
        var parts = RangeSeparator().Split(s, 2);
        if (parts.Length == 1) return null;

        if (ParseDate(parts[1]) is not { } end) return null;
        string startText = parts[0].Trim();
        var start = ParseDate(startText)
            ?? ParseDate($"{startText} {end.Year.ToString(CultureInfo.InvariantCulture)}")
            ?? ParseDate($"{startText} {end.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}");
        if (start is not { } first) return null;
        // "28 December – 5 January 2023": the start borrowed the end's year but lies in the year before.
        if (first > end) first = first.AddYears(-1);
        return (first, end);
    }

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinals();

    [GeneratedRegex(@"\bSept\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sept();

    [GeneratedRegex(@"\s*(?:[–—]|\s-\s|(?<=\d)-(?=\d{1,2}\b(?![/.\-]))|\bto\b|\buntil\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();
}
