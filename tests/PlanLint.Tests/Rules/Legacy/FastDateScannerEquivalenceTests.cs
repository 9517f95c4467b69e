using CsCheck;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Tests.Rules.Legacy;

/// <summary>
/// The restructured <see cref="FastDateScanner"/> finds exactly what the old one found, on random target dates made of
/// the words, numbers and marks dates are written with, under random phrase coverage and plan dates.
/// </summary>
public sealed class FastDateScannerEquivalenceTests
{
    private static readonly string[] Vocabulary =
    [
        "january", "Jan", "March", "mar", "may", "June", "sept", "December", "dec",
        "1", "6", "06", "12", "13", "29", "31", "32", "0", "24", "25", "99", "2023", "2024", "2025", "2026", "1990", "2100", "2101", "123456",
        "1st", "2nd", "3rd", "4th", "6th", "st", "th",
        "/", ".", "-", "–", "'", ",", "(",
        "q", "Q2", "qtr", "quarter", "h", "H1", "half", "first", "second", "third", "fourth", "fifth",
        "spring", "summer", "autumn", "winter", "term", "of", "the",
        "fy", "FY24", "financial", "fiscal", "business", "year", "years",
        "end", "late", "mid", "middle", "early", "beginning", "start",
        "to", "through", "thru", "and", "between", "by", "within", "weeks", "day", "friday", "fri", "christmas", "ongoing",
    ];

    private static readonly Gen<string> TargetText =
        Gen.Select(Gen.OneOf(Vocabulary), Gen.OneOf(" ", " ", "", "  ")).Array[1, 9]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    private static readonly Gen<DateOnly?> Reference =
        Gen.Int[0, 5].SelectMany(kind => kind == 0
            ? Gen.Const((DateOnly?)null)
            : Gen.Int[new DateOnly(1985, 1, 1).DayNumber, new DateOnly(2105, 12, 31).DayNumber].Select(d => (DateOnly?)DateOnly.FromDayNumber(d)));

    [Fact]
    public void The_scanner_finds_what_the_old_one_found() =>
        Gen.Select(TargetText, Gen.Bool.Array[0, 12], Reference).Sample(
            (text, coverage, reference) =>
            {
                var tokens = DateTokens.Tokenize(text);
                var covered = new bool[tokens.Count];
                for (int i = 0; i < covered.Length; i++) covered[i] = i < coverage.Length && coverage[i];

                string expected = Outcome(() => LegacyFastDateScanner.Scan(tokens, covered, reference));
                string actual = Outcome(() => FastDateScanner.Scan(tokens, covered, reference));
                return actual == expected;
            },
            iter: 200_000);

    [Theory]
    [InlineData("end of March to mid June 2025")]
    [InlineData("between Q1 and Q3 24/25")]
    [InlineData("Friday, 6th of April 2023")]
    [InlineData("winter to spring")]
    [InlineData("FY 2025")]
    [InlineData("second half of 2024/25")]
    [InlineData("November 2024 - February")]
    public void The_scanner_finds_what_the_old_one_found_on_known_shapes(string text)
    {
        var tokens = DateTokens.Tokenize(text);
        var covered = new bool[tokens.Count];
        foreach (var reference in new DateOnly?[] { null, new(2025, 1, 29), new(2024, 12, 31) })
        {
            Outcome(() => FastDateScanner.Scan(tokens, covered, reference))
                .ShouldBe(Outcome(() => LegacyFastDateScanner.Scan(tokens, covered, reference)));
        }

        FastDateScanner.Scan(tokens, covered, new DateOnly(2025, 1, 29)).Periods.ShouldNotBeEmpty();
    }

    /// <summary>What a scan returned, or the exception it threw, as text that two scans can be compared by.</summary>
    private static string Outcome(Func<(List<FoundPeriod> Periods, bool Unexplained)> scan)
    {
        try
        {
            var (periods, unexplained) = scan();
            return string.Join("; ", periods) + " | " + unexplained;
        }
        catch (Exception e)
        {
            return "threw " + e.GetType().Name;
        }
    }
}
