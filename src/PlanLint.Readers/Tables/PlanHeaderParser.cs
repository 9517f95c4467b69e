using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>One line of the text above a plan's table (a title paragraph in Word), with where it starts.</summary>
public sealed record HeaderLine(string Text, SourceLocation Location);

/// <summary>
/// Reads the plan details written above the table, as "Label: value" lines:
/// "Action Plan: HMP Long Lartin", "Action Plan Submitted: 29 January 2025",
/// "A Response to the HMIP Inspection: 30 September – 10 October 2024", "Report Published: 14 January 2025".
/// A labelled date that cannot be read is a located reader warning (reported as PL8002, a reading finding); a missing line is left to the rules.
/// </summary>
public static partial class PlanHeaderParser
{
    public static (PlanHeader Header, IReadOnlyList<Diagnostic> Diagnostics) Parse(IEnumerable<HeaderLine> lines)
    {
        var header = new PlanHeader();
        var diagnostics = new List<Diagnostic>();
        foreach (var line in lines)
        {
            var m = Labelled().Match(line.Text);
            if (!m.Success) continue;
            string label = m.Groups["label"].Value.ToLowerInvariant();
            string value = CellText.Normalize(m.Groups["value"].Value);
            var at = Offset(line.Location, m.Groups["value"].Index);
            header = header.Location is null ? header with { Location = line.Location } : header;

            if (label.Contains("submitted", StringComparison.Ordinal))
            {
                if (header.Submitted is not null) continue;
                if (PlanDates.ParseDate(value) is { } date) header = header with { Submitted = (date, at) };
                else diagnostics.Add(Unreadable(at, "submission date", value));
            }
            else if (label.Contains("inspection", StringComparison.Ordinal))
            {
                if (header.InspectionStart is not null) continue;
                if (PlanDates.ParseRange(value) is { } range) header = header with { InspectionStart = (range.Start, at), InspectionEnd = (range.End, at) };
                else diagnostics.Add(Unreadable(at, "inspection dates", value));
            }
            else if (label.Contains("published", StringComparison.Ordinal))
            {
                if (header.ReportPublished is not null) continue;
                if (PlanDates.ParseDate(value) is { } date) header = header with { ReportPublished = (date, at) };
                else diagnostics.Add(Unreadable(at, "report publication date", value));
            }
            else if (EstablishmentLabel().IsMatch(label) && header.Establishment is null && value.Length > 0
                && !value.Contains("report", StringComparison.OrdinalIgnoreCase))
            {
                // "ACTION PLAN: HMIP REPORT" is the document's title, not the prison.
                header = header with { Establishment = (value, at) };
            }
        }

        return (header, diagnostics);
    }

    private static SourceLocation Offset(SourceLocation location, int offset) =>
        location.HasLine ? location with { Column = Math.Max(location.Column, 1) + offset, EndLine = 0, EndColumn = 0 } : location;

    private static Diagnostic Unreadable(SourceLocation at, string what, string value) =>
        ReadingDiagnostics.Warning(at, value.Length == 0
            ? $"The {what} line gives no date."
            : $"The {what} {CellText.Quote(value)} could not be read as a date; write it as e.g. '29 January 2025'.");

    [GeneratedRegex(@"^\s*(?<label>[A-Za-z][A-Za-z &/()-]{2,60}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(action plan|establishment|prison|establishment name)$")]
    private static partial Regex EstablishmentLabel();
}
