using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Readers.Word;

namespace PlanLint.Tests.Readers;

public sealed class PlanHeaderParserTests
{
    [Theory]
    [InlineData("29 January 2025", "2025-01-29")]
    [InlineData("29th June 2022", "2022-06-29")]
    [InlineData("6<sup>th</sup> April 2023", "2023-04-06")]
    [InlineData("21st June 2022.", "2022-06-21")]
    [InlineData("2 Sept 2023", "2023-09-02")]
    [InlineData("2 Sep 2023", "2023-09-02")]
    [InlineData("January 29, 2025", "2025-01-29")]
    [InlineData("29/01/2025", "2025-01-29")]
    [InlineData("2025-01-29", "2025-01-29")]
    [InlineData("March 2025", null)]
    [InlineData("31 February 2025", null)]
    [InlineData("soon", null)]
    public void Dates_as_plan_headers_write_them(string text, string? expected)
    {
        HeaderDates.ParseDate(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
        if (expected is null) HeaderDates.ParseDate(text).ShouldBeNull();
    }

    [Theory]
    [InlineData("30 September – 10 October 2024", "2024-09-30", "2024-10-10")]
    [InlineData("28th February to 11th March 2022", "2022-02-28", "2022-03-11")]
    [InlineData("13th – 23rd February 2023", "2023-02-13", "2023-02-23")]
    [InlineData("5<sup>th</sup> – 15<sup>th</sup> December 2022", "2022-12-05", "2022-12-15")]
    [InlineData("13-23 February 2023", "2023-02-13", "2023-02-23")]
    [InlineData("28 December 2022 - 5 January 2023", "2022-12-28", "2023-01-05")]
    [InlineData("28 December – 5 January 2023", "2022-12-28", "2023-01-05")]
    [InlineData("2024-09-30", "2024-09-30", "2024-09-30")]
    public void Inspection_ranges_borrow_the_month_and_year_the_start_leaves_out(string text, string start, string end)
    {
        var range = HeaderDates.ParseRange(text).ShouldNotBeNull();
        range.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        range.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("sometime in autumn")]
    [InlineData("30 September – later")]
    public void Ranges_that_do_not_parse_are_left_unset(string text)
    {
        HeaderDates.ParseRange(text).ShouldBeNull();
    }

    [Fact]
    public void Reads_the_header_block_and_prefers_the_title_over_the_capitalised_establishment_line()
    {
        var lines = new[]
        {
            "HM Prison & Probation Service",
            "Action Plan: HMP Elmley",
            "Action Plan Submitted: 29th June 2022",
            "A Response to the HMIP Inspection: 28th February to 11th March 2022",
            "Report Published: 21st June 2022",
            "ACTION PLAN: HMCIP REPORT",
            "ESTABLISHMENT: HMP ELMLEY",
        }.Select((t, i) => (t, new SourceLocation("p", i + 1, 1)));
        var header = PlanHeaderParser.Parse(lines);
        header.Establishment!.Value.Value.ShouldBe("HMP Elmley");
        header.Establishment.Value.Location.Line.ShouldBe(2);
        header.Submitted!.Value.Value.ShouldBe(new DateOnly(2022, 6, 29));
        header.Submitted.Value.Location.Line.ShouldBe(3);
        header.InspectionStart!.Value.Value.ShouldBe(new DateOnly(2022, 2, 28));
        header.InspectionEnd!.Value.Value.ShouldBe(new DateOnly(2022, 3, 11));
        header.ReportPublished!.Value.Value.ShouldBe(new DateOnly(2022, 6, 21));
    }

    [Fact]
    public void The_establishment_line_is_used_when_there_is_no_title()
    {
        var header = PlanHeaderParser.Parse([("ACTION PLAN: HMIP REPORT", SourceLocation.File("p")), ("ESTABLISHMENT: HMP LONG LARTIN", SourceLocation.File("p"))]);
        header.Establishment!.Value.Value.ShouldBe("HMP LONG LARTIN");
    }

    [Theory]
    [InlineData("1. Rec No", PlanColumn.RecNo)]
    [InlineData("Rec No.", PlanColumn.RecNo)]
    [InlineData("Recommendation number", PlanColumn.RecNo)]
    [InlineData("Ref", PlanColumn.RecNo)]
    [InlineData("2. Concerns", PlanColumn.Concern)]
    [InlineData("Concern(s)/Recommendation", PlanColumn.Concern)]
    [InlineData("Recommendation", PlanColumn.Concern)]
    [InlineData("Agreed/Partly Agreed/Not Agreed", PlanColumn.Agreement)]
    [InlineData("3. Response Action Taken/Planned", PlanColumn.Action)]
    [InlineData("Actions", PlanColumn.Action)]
    [InlineData("4. Responsible Owner", PlanColumn.Owner)]
    [InlineData("Owner", PlanColumn.Owner)]
    [InlineData("5. Target Date", PlanColumn.TargetDate)]
    [InlineData("Timescale", PlanColumn.TargetDate)]
    [InlineData("Term", null)]
    [InlineData("", null)]
    internal void Header_cells_are_matched_loosely(string text, PlanColumn? expected)
    {
        PlanTableHeader.Classify(text).ShouldBe(expected);
    }

    [Fact]
    public void A_header_row_needs_every_column_but_agreement_once()
    {
        PlanTableHeader.Match(["Rec No", "Concerns", "Response Action Taken/Planned", "Responsible Owner", "Target Date"]).ShouldNotBeNull();
        PlanTableHeader.Match(["Rec No", "Concerns", "Response Action Taken/Planned", "Target Date"]).ShouldBeNull();
        PlanTableHeader.Match(["Rec No", "Concerns", "Actions", "Owner", "Owner", "Target Date"]).ShouldBeNull();
        PlanTableHeader.Match(["Term", "Definition", "Additional comment"]).ShouldBeNull();
    }
}
