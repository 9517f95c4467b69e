using System.Globalization;
using PlanLint.Rules.TimeBound.Dates;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class TargetDateParserTests
{
    private static readonly DateOnly Submitted = new(2025, 1, 29);

    private static TargetDateParser NewParser(out Func<int> calls)
    {
        int count = 0;
        calls = () => count;
        return new TargetDateParser((text, reference) =>
        {
            Interlocked.Increment(ref count);
            return TargetDateRecognizer.Recognize(text, reference);
        });
    }

    [Theory]
    [InlineData("March 2025", "2025-03-31")]
    [InlineData("Mar 2025", "2025-03-31")]
    [InlineData("Mar-25", "2025-03-31")]
    [InlineData("march, 2025", "2025-03-31")]
    [InlineData("6th April 2025", "2025-04-06")]
    [InlineData("6 April 2025", "2025-04-06")]
    [InlineData("1 st April 2025", "2025-04-01")]
    [InlineData("Friday 6th of June 2025", "2025-06-06")]
    [InlineData("April 6th, 2025", "2025-04-06")]
    [InlineData("06/04/2025", "2025-04-06")]
    [InlineData("2025-04-06", "2025-04-06")]
    [InlineData("04/2025", "2025-04-30")]
    [InlineData("by March 2025", "2025-03-31")]
    [InlineData("By the end of March 2025", "2025-03-31")]
    [InlineData("prior to April 2025", "2025-03-31")]
    [InlineData("before 1st May 2025", "2025-04-30")]
    [InlineData("end of Q2 2025", "2025-06-30")]
    [InlineData("Q3 2025", "2025-09-30")]
    [InlineData("Quarter 1 2026", "2026-03-31")]
    [InlineData("second quarter of 2025", "2025-06-30")]
    [InlineData("Q1 2025/26", "2025-06-30")]
    [InlineData("Q4 2024/25", "2025-03-31")]
    [InlineData("Q3 25/26", "2025-12-31")]
    [InlineData("Summer term 2025", "2025-08-31")]
    [InlineData("Spring 2025", "2025-05-31")]
    [InlineData("Winter 2025", "2026-02-28")]
    [InlineData("2024/25", "2025-03-31")]
    [InlineData("2025-26", "2026-03-31")]
    [InlineData("FY25/26", "2026-03-31")]
    [InlineData("End of financial year", "2025-03-31")]
    [InlineData("2025", "2025-12-31")]
    [InlineData("Mid 2025", "2025-08-30")]
    [InlineData("April to June 2025", "2025-06-30")]
    [InlineData("April - June 2025", "2025-06-30")]
    [InlineData("between April and June 2025", "2025-06-30")]
    [InlineData("From April 2025 until March 2026", "2026-03-31")]
    [InlineData("Ongoing until March 2025", "2025-03-31")]
    [InlineData("Complete by June 2025", "2025-06-30")]
    [InlineData("June", "2025-06-30")]
    [InlineData("January", "2025-01-31")]
    public void Reads_a_deadline(string text, string deadline)
    {
        var target = NewParser(out var calls).Parse(text, Submitted);
        target.Kind.ShouldBe(TargetKind.Date, text);
        target.Deadline.ShouldBe(DateOnly.ParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        calls().ShouldBe(0, "the fast path should read " + text);
    }

    [Theory]
    [InlineData("Completed", TargetKind.Completed)]
    [InlineData("complete", TargetKind.Completed)]
    [InlineData("Achieved", TargetKind.Completed)]
    [InlineData("In place", TargetKind.Completed)]
    [InlineData("Completed December 2024", TargetKind.Completed)]
    [InlineData("Completed January 2025", TargetKind.Completed)]
    [InlineData("Completed by March 2025", TargetKind.Date)]
    [InlineData("Completed September 2025", TargetKind.Multiple)]
    [InlineData("March 2025 March 2025", TargetKind.Date)] // the same date twice (rows run together) is one target
    [InlineData("July 2025 September 2025", TargetKind.Multiple)]
    [InlineData("Commencing January 2026", TargetKind.Start)]
    [InlineData("from April 2025", TargetKind.Start)]
    [InlineData("Starting May 2025", TargetKind.Start)]
    [InlineData("April 2025 onwards", TargetKind.Start)]
    [InlineData("Monthly from April 2025", TargetKind.Start)]
    [InlineData("Commenced", TargetKind.Start)]
    [InlineData("Start of April 2025", TargetKind.Date)]
    [InlineData("Commenced and ongoing", TargetKind.Vague)]
    [InlineData("Ongoing", TargetKind.Vague)]
    [InlineData("TBC", TargetKind.Vague)]
    [InlineData("Quarterly", TargetKind.Vague)]
    [InlineData("Completed and ongoing", TargetKind.Completed)]
    [InlineData("Subject to funding", TargetKind.Unrecognised)]
    [InlineData("When the prison returns to full capacity", TargetKind.Unrecognised)]
    [InlineData("2001000.000", TargetKind.Unrecognised)]
    [InlineData("Marchant review", TargetKind.Unrecognised)]
    public void Classifies_a_target(string text, TargetKind kind)
    {
        var target = NewParser(out var calls).Parse(text, Submitted);
        target.Kind.ShouldBe(kind, text);
        calls().ShouldBe(0, "the fast path should read " + text);
    }

    [Fact]
    public void Keeps_the_words_of_the_target_for_messages()
    {
        var target = TargetDateParser.Shared.Parse("  Completed   September 2025 ", Submitted);
        target.Text.ShouldBe("Completed September 2025");
        target.Parts.ShouldBe(["Completed", "September 2025"]);
        TargetDateParser.Shared.Parse("Commencing January 2026", Submitted).StartWord.ShouldBe("Commencing");
        TargetDateParser.Shared.Parse("Commenced and ongoing", Submitted).VaguePhrase.ShouldBe("Commenced and ongoing");
    }

    [Fact]
    public void Leaves_a_month_without_a_year_unplaced_when_the_plan_has_no_date()
    {
        var target = NewParser(out _).Parse("June", null);
        target.Kind.ShouldBe(TargetKind.Date);
        target.Deadline.ShouldBeNull();
    }

    [Fact]
    public void Falls_back_to_the_recogniser_for_other_shapes_once_per_text()
    {
        var parser = NewParser(out var calls);
        var target = parser.Parse("Within 3 months", Submitted);
        target.Kind.ShouldBe(TargetKind.Date);
        target.Deadline.ShouldBe(new DateOnly(2025, 4, 28));
        calls().ShouldBe(1);

        parser.Parse("Within  3 months", Submitted).ShouldBeSameAs(target);
        calls().ShouldBe(1);
    }

    [Theory]
    [InlineData("Next year", "2026-12-31")]
    [InlineData("By the end of the month", "2025-01-31")]
    public void The_recogniser_places_relative_dates_against_the_plan_date(string text, string deadline)
    {
        var target = NewParser(out var calls).Parse(text, Submitted);
        calls().ShouldBe(1);
        target.Kind.ShouldBe(TargetKind.Date, text);
        target.Deadline.ShouldBe(DateOnly.ParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Does_not_send_long_text_to_the_recogniser()
    {
        string text = string.Concat(Enumerable.Repeat("the review of 3 weeks of work ", 20));
        var target = NewParser(out var calls).Parse(text, Submitted);
        calls().ShouldBe(0);
        target.Kind.ShouldBe(TargetKind.Unrecognised);
    }

    [Fact]
    public void Reads_the_same_under_any_culture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var parser = NewParser(out _);
            parser.Parse("APRIL 2025", Submitted).Deadline.ShouldBe(new DateOnly(2025, 4, 30));
            parser.Parse("IN PLACE", Submitted).Kind.ShouldBe(TargetKind.Completed);
            parser.Parse("ONGOING UNTIL 6TH APRIL 2025", Submitted).Deadline.ShouldBe(new DateOnly(2025, 4, 6));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    public static TheoryData<string, string, string, string> CorpusTargets()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Repo.Fixture("corpus", "target-dates.tsv")).Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusTargets))]
    public void Reads_every_corpus_target_on_the_fast_path(string plan, string submitted, string text, string kind)
    {
        var parser = NewParser(out var calls);
        var target = parser.Parse(text, DateOnly.ParseExact(submitted, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        target.Kind.ToString().ShouldBe(kind, $"{plan}: '{text}'");
        calls().ShouldBe(0, $"{plan}: '{text}' needed the recogniser");
    }

    [Fact]
    public void A_whole_corpus_plan_never_loads_the_recogniser()
    {
        var parser = NewParser(out var calls);
        foreach (var row in CorpusTargets())
            parser.Parse((string)row[2], DateOnly.ParseExact((string)row[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        calls().ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--")]
    [InlineData("31/02/2025")]
    [InlineData("Q5 2025")]
    [InlineData("29th February 2023")]
    [InlineData("FY99/00")]
    [InlineData("2100/01")]
    [InlineData("99999999999999999999")]
    [InlineData("0/0/0")]
    [InlineData("between and")]
    [InlineData("from to until")]
    [InlineData("end of the of the")]
    [InlineData("Winter 2100")]
    [InlineData("June")]
    public void Never_fails_on_odd_text(string text)
    {
        foreach (var reference in new DateOnly?[] { Submitted, null, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31) })
            Should.NotThrow(() => TargetDateParser.Shared.Parse(text, reference));
    }
}
