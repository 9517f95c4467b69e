using System.Globalization;
using System.Text.RegularExpressions;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// A plan's own count of its recommendations by status, as the template's summary under the table gives it
/// ("Agreed 17 / Partly Agreed 1 / Not Agreed 0 / Total 18"). Evidence about cells the source lost: a recommendation
/// whose agreement cell cannot be read still counts in the tally (docs/readers.md, rule 22a).
/// </summary>
public sealed record PlanTally(int Agreed, int PartlyAgreed, int NotAgreed, int? Total, SourceLocation Location)
{
    public int CountOf(AgreementStatus status) => status switch
    {
        AgreementStatus.Agreed => Agreed,
        AgreementStatus.PartlyAgreed => PartlyAgreed,
        _ => NotAgreed,
    };

    /// <summary>"Agreed 17, Partly Agreed 1, Not Agreed 0, Total 18": for messages.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Agreed {Agreed}, Partly Agreed {PartlyAgreed}, Not Agreed {NotAgreed}")
        + (Total is { } t ? string.Create(CultureInfo.InvariantCulture, $", Total {t}") : "");
}

/// <summary>
/// Rows around a plan table that are about the template rather than the plan, classified in one place for every table
/// reader: the tally of statuses under the table, and the key of terms above it ("Agreed | All of the recommendation is
/// agreed with…"). Both look at the shape of a row: a status name beside a number, or beside a definition.
/// </summary>
public static partial class SummaryRows
{
    /// <summary>
    /// Reads a tally from the rows after a table, each given as its cells' text: "Agreed | 17", "Partly Agreed | 1",
    /// "Not Agreed | 0", "Total | 18", in separate rows or one. Null unless at least two statuses are counted and
    /// a total, if given, is their sum.
    /// </summary>
    public static PlanTally? Tally(IEnumerable<(IReadOnlyList<string> Cells, SourceLocation Location)> rows)
    {
        int? agreed = null, partly = null, notAgreed = null, total = null;
        SourceLocation? at = null;
        foreach (var (cells, location) in rows)
        {
            string text = string.Join(" | ", cells.Select(CellText.Normalize).Where(c => c.Length > 0));
            if (text.Length == 0) continue;
            var counts = Count().Matches(text);
            if (counts.Count == 0) continue;
            foreach (Match m in counts)
            {
                int n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                string label = CellText.Normalize(m.Groups["label"].Value).ToLowerInvariant();
                if (label.StartsWith("total", StringComparison.Ordinal)) total = n;
                else if (label.StartsWith("not", StringComparison.Ordinal) || label.StartsWith("dis", StringComparison.Ordinal)) notAgreed = n;
                else if (label.StartsWith("part", StringComparison.Ordinal)) partly = n;
                else agreed = n;
            }

            at ??= location;
        }

        int statuses = (agreed is null ? 0 : 1) + (partly is null ? 0 : 1) + (notAgreed is null ? 0 : 1);
        if (statuses < 2 || at is null) return null;
        var tally = new PlanTally(agreed ?? 0, partly ?? 0, notAgreed ?? 0, total, at);
        return total is { } t && t != tally.Agreed + tally.PartlyAgreed + tally.NotAgreed ? null : tally;
    }

    /// <summary>
    /// A row of the key that explains the statuses ("Agreed | All of the recommendation is agreed with, can be achieved
    /// and is affordable. | …"): a status name alone in its first cell, and a sentence beside it.
    /// </summary>
    public static bool IsKeyRow(IReadOnlyList<string> cells) =>
        cells.Count >= 2
        && StatusName().IsMatch(CellText.Normalize(cells[0]))
        && CellText.LooksLikeProse(cells[1]);

    [GeneratedRegex(@"(?<label>\b(?:partly|partially|not|dis)?\s*agreed|\btotal)\s*[:|\t\-\u2013=]?\s*\|?\s*(?<n>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?:(?:partly|partially|not)\s+)?agreed$|^disagreed$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusName();
}
