using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;

namespace PlanLint.Tests.Readers;

public sealed class PlanHeaderTests
{
    [Theory]
    [InlineData("29 January 2025", 2025, 1, 29)]
    [InlineData("12th January 2024", 2024, 1, 12)]
    [InlineData("6th April 2023", 2023, 4, 6)]
    [InlineData("6 th April 2023", 2023, 4, 6)]
    [InlineData("21st June 2022", 2022, 6, 21)]
    [InlineData("January 29, 2025", 2025, 1, 29)]
    [InlineData("29 Jan 2025", 2025, 1, 29)]
    [InlineData("29/01/2025", 2025, 1, 29)]
    [InlineData("2025-01-29", 2025, 1, 29)]
    [InlineData("Sept 3 2024", 2024, 9, 3)]
    public void Reads_a_date_in_the_usual_spellings(string text, int y, int m, int d) =>
        PlanDates.ParseDate(text).ShouldBe(new DateOnly(y, m, d));

    [Theory]
    [InlineData("30 February 2025")]
    [InlineData("TBC")]
    [InlineData("")]
    [InlineData("March 2025")]
    [InlineData("14")]
    public void Gives_no_date_where_none_is_written(string text) => PlanDates.ParseDate(text).ShouldBeNull();

    [Theory]
    [InlineData("30 September – 10 October 2024", "2024-09-30", "2024-10-10")]
    [InlineData("4th – 14th September 2023", "2023-09-04", "2023-09-14")]
    [InlineData("5th – 15th December 2022", "2022-12-05", "2022-12-15")]
    [InlineData("13th - 23rd February 2023", "2023-02-13", "2023-02-23")]
    [InlineData("28th February to 11th March 2022", "2022-02-28", "2022-03-11")]
    [InlineData("28 December 2022 – 6 January 2023", "2022-12-28", "2023-01-06")]
    [InlineData("28 December – 6 January 2023", "2022-12-28", "2023-01-06")]
    [InlineData("10 October 2024", "2024-10-10", "2024-10-10")]
    public void Reads_a_date_range_borrowing_month_and_year_from_its_end(string text, string start, string end)
    {
        var range = PlanDates.ParseRange(text).ShouldNotBeNull();
        range.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        range.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Reads_the_labelled_lines_above_a_table()
    {
        var (header, diagnostics) = PlanHeaderParser.Parse(Lines(
            "HM Prison & Probation Service",
            "Action Plan: HMP Long Lartin",
            "Action Plan Submitted: 29 January 2025",
            "A Response to the HMIP Inspection: 30 September – 10 October 2024",
            "Report Published: 14 January 2025",
            "ACTION PLAN: HMIP REPORT",
            "ESTABLISHMENT: HMP LONG LARTIN"));

        diagnostics.ShouldBeEmpty();
        header.Establishment!.Value.Value.ShouldBe("HMP Long Lartin");
        header.Establishment.Value.Location.ShouldBe(new SourceLocation("p.txt", 2, 14));
        header.Submitted!.Value.Value.ShouldBe(new DateOnly(2025, 1, 29));
        header.InspectionStart!.Value.Value.ShouldBe(new DateOnly(2024, 9, 30));
        header.InspectionEnd!.Value.Value.ShouldBe(new DateOnly(2024, 10, 10));
        header.ReportPublished!.Value.Value.ShouldBe(new DateOnly(2025, 1, 14));
        header.Location!.Line.ShouldBe(2);
    }

    [Fact]
    public void A_labelled_date_that_cannot_be_read_is_a_located_warning()
    {
        var (header, diagnostics) = PlanHeaderParser.Parse(Lines("Action Plan: HMP X", "Action Plan Submitted: to follow", "Report Published:"));

        header.Submitted.ShouldBeNull();
        diagnostics.Count.ShouldBe(2);
        diagnostics.ShouldAllBe(d => d.Id == RuleIds.InvalidPlan && d.Severity == Severity.Warning);
        diagnostics[0].Location.ShouldBe(new SourceLocation("p.txt", 2, 24));
        diagnostics[0].Message.ShouldBe("The submission date 'to follow' could not be read as a date; write it as e.g. '29 January 2025'.");
        diagnostics[1].Message.ShouldBe("The report publication date line gives no date.");
    }

    private static IEnumerable<HeaderLine> Lines(params string[] lines) =>
        lines.Select((l, i) => new HeaderLine(l, new SourceLocation("p.txt", i + 1, 1)));
}
