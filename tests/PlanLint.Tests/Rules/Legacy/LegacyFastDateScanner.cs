using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Tests.Rules.Legacy;

/// <summary>
/// FastDateScanner as it was before its state was given names (issue 20), kept only to compare the two on random
/// token streams. The fast path of <see cref="TargetDateParser"/>: recognises the shapes target dates are written in without the
/// Microsoft recogniser: "March 2025", "Mar-25", "6th April 2023", "06/04/2023", "Q2 2024", "Q1 2024/25", "Spring 2025",
/// "2024/25", "FY24/25", "end of financial year", "mid-2025", ranges ("April to June 2025"), and a month without a
/// year placed after the plan's date. Says which tokens it could not explain, so the caller knows when to fall back.
/// </summary>
internal static class LegacyFastDateScanner
{
    private static readonly Dictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4,
    };

    /// <summary>Words that say a date is meant even when the fast path cannot place it ("within 6 weeks", "next year").</summary>
    private static readonly HashSet<string> TimeWords = new(
        ["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "quarter", "quarters",
         "today", "tomorrow", "tonight", "weekend", "christmas", "easter"],
        StringComparer.Ordinal);

    /// <summary>Day names: harmless before a date ("Friday 6th April 2023"), a relative date on their own ("by Friday").</summary>
    private static readonly HashSet<string> DayNames = new(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"],
        StringComparer.Ordinal);

    private enum Modifier
    {
        None,
        Early,
        Mid,
        Late,
    }

    private readonly record struct Piece(int? Year, Func<int, (DateOnly Start, DateOnly End)> InYear);

    /// <summary>Finds the dates among the tokens not already <paramref name="covered"/> by phrases.</summary>
    /// <returns>The dates, and whether some token that looks like part of a date was left unexplained.</returns>
    public static (List<FoundPeriod> Periods, bool Unexplained) Scan(List<DateToken> tokens, bool[] covered, DateOnly? reference)
    {
        var found = new List<FoundPeriod>();
        var inPeriod = new bool[tokens.Count];
        bool afterBetween = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (covered[i]) continue;
            if (TryPeriod(tokens, covered, i, reference, afterBetween, out var period))
            {
                found.Add(period);
                for (int k = period.FirstToken; k <= period.LastToken; k++) inPeriod[k] = true;
                i = period.LastToken;
                afterBetween = false;
                continue;
            }

            afterBetween = tokens[i].IsWord("between");
        }

        bool unexplained = false;
        for (int i = 0; i < tokens.Count && !unexplained; i++)
        {
            if (covered[i] || inPeriod[i]) continue;
            var t = tokens[i];
            unexplained = t.Kind switch
            {
                DateTokenKind.Word => TimeWords.Contains(t.Text) || (DayNames.Contains(t.Text) && !StartsPeriodAfter(tokens, inPeriod, i)),
                DateTokenKind.Number => t.Digits <= 2 || t.IsYear,
                _ => false,
            };
        }

        return (found, unexplained);
    }

    private static bool StartsPeriodAfter(List<DateToken> tokens, bool[] inPeriod, int i)
    {
        int next = i + 1;
        if (next < tokens.Count && tokens[next].IsSymbol(',')) next++;
        return next < tokens.Count && inPeriod[next];
    }

    private static bool TryPeriod(List<DateToken> tokens, bool[] covered, int i, DateOnly? reference, bool afterBetween, out FoundPeriod period)
    {
        period = null!;
        if (!TryModified(tokens, covered, i, out var first, out int firstEnd)) return false;

        int last = firstEnd;
        Piece? second = null;
        int k = firstEnd + 1;
        if (k < tokens.Count && !covered[k] && IsRangeConnector(tokens[k], afterBetween)
            && TryModified(tokens, covered, k + 1, out var to, out int toEnd))
        {
            second = to;
            last = toEnd;
        }

        DateOnly? start, end;
        if (second is { } toPiece)
        {
            var (fromYear, toYear) = AlignRange(first, toPiece, reference);
            var from = Place(first with { Year = fromYear }, reference);
            var until = Place(toPiece with { Year = toYear }, reference);
            (start, end) = (from?.Start, until?.End);
        }
        else
        {
            var placed = Place(first, reference);
            (start, end) = (placed?.Start, placed?.End);
        }

        period = new FoundPeriod(i, last, tokens[i].Start, tokens[last].End, start, end, second is not null);
        return true;
    }

    private static bool IsRangeConnector(DateToken t, bool afterBetween) =>
        t.IsSymbol('-') || t.IsWord("to") || t.IsWord("through") || t.IsWord("thru") || (afterBetween && t.IsWord("and"));

    /// <summary>A range written with one year ("April to June 2025", "November 2024 - February") takes it for both ends.</summary>
    private static (int? From, int? To) AlignRange(Piece from, Piece to, DateOnly? reference)
    {
        if (from.Year is { } fy && to.Year is { } ty) return (fy, ty);
        if (to.Year is { } year)
            return (from.InYear(year).Start <= to.InYear(year).Start ? year : year - 1, year);
        if (from.Year is { } y)
            return (y, to.InYear(y).End >= from.InYear(y).Start ? y : y + 1);
        if (reference is null) return (null, null);
        var placedFrom = Place(from, reference)!.Value;
        int fromYear = placedFrom.Start.Year;
        int toYear = to.InYear(fromYear).End >= placedFrom.Start ? fromYear : fromYear + 1;
        return (FromYearOf(from, placedFrom), toYear);
    }

    private static int FromYearOf(Piece piece, (DateOnly Start, DateOnly End) placed)
    {
        for (int y = placed.Start.Year - 1; y <= placed.Start.Year + 1; y++)
            if (piece.InYear(y) == placed) return y;
        return placed.Start.Year;
    }

    /// <summary>A period with an optional modifier in front: "end of", "mid-", "early", "the start of".</summary>
    private static bool TryModified(List<DateToken> tokens, bool[] covered, int i, out Piece piece, out int last)
    {
        var modifier = Modifier.None;
        int j = i;
        Skip(tokens, covered, ref j, "the");
        if (j < tokens.Count && !covered[j] && tokens[j].Kind == DateTokenKind.Word)
        {
            modifier = tokens[j].Text switch
            {
                "end" or "late" => Modifier.Late,
                "mid" or "middle" => Modifier.Mid,
                "early" or "beginning" or "start" => Modifier.Early,
                _ => Modifier.None,
            };
            if (modifier != Modifier.None)
            {
                j++;
                if (j < tokens.Count && tokens[j].IsSymbol('-')) j++;
                Skip(tokens, covered, ref j, "of");
                Skip(tokens, covered, ref j, "the");
            }
        }

        if (!TryCore(tokens, covered, j, out piece, out last))
            return false;

        if (modifier != Modifier.None)
        {
            var inYear = piece.InYear;
            piece = piece with { InYear = y => Narrow(inYear(y), modifier) };
        }

        return true;
    }

    private static (DateOnly Start, DateOnly End) Narrow((DateOnly Start, DateOnly End) period, Modifier modifier)
    {
        int days = period.End.DayNumber - period.Start.DayNumber + 1;
        int third = Math.Max(days / 3, 1);
        return modifier switch
        {
            Modifier.Early => (period.Start, period.Start.AddDays(third - 1)),
            Modifier.Mid => (period.Start.AddDays(third), period.Start.AddDays((2 * third) - 1)),
            Modifier.Late => (period.End.AddDays(1 - third), period.End),
            _ => period,
        };
    }

    private static bool TryCore(List<DateToken> tokens, bool[] covered, int i, out Piece piece, out int last)
    {
        piece = default;
        last = i;
        if (i >= tokens.Count || covered[i]) return false;
        var t = tokens[i];

        return TryNumericDate(tokens, covered, i, ref piece, ref last)
            || TryDayMonth(tokens, covered, i, ref piece, ref last)
            || TryMonth(tokens, covered, i, ref piece, ref last)
            || TryQuarterOrHalf(tokens, covered, i, ref piece, ref last)
            || TrySeason(tokens, covered, i, ref piece, ref last)
            || TryFinancialYear(tokens, covered, i, ref piece, ref last)
            || (t.IsYear && Set(out piece, t.Value, y => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)), i, out last));
    }

    private static bool Set(out Piece piece, int? year, Func<int, (DateOnly, DateOnly)> inYear, int lastToken, out int last)
    {
        piece = new Piece(year, inYear);
        last = lastToken;
        return true;
    }

    /// <summary>"06/04/2023", "6.4.23", "2023-04-06", "03/2025".</summary>
    private static bool TryNumericDate(List<DateToken> tokens, bool[] covered, int i, ref Piece piece, ref int last)
    {
        var a = tokens[i];
        if (a.Kind != DateTokenKind.Number || a.Ordinal || !Free(tokens, covered, i + 2)) return false;
        var sep = tokens[i + 1];
        var b = tokens[i + 2];
        if (sep.Kind != DateTokenKind.Symbol || sep.Text is not ("/" or "." or "-") || b.Kind != DateTokenKind.Number) return false;

        if (Free(tokens, covered, i + 4) && tokens[i + 3].Text == sep.Text && tokens[i + 4].Kind == DateTokenKind.Number)
        {
            var c = tokens[i + 4];
            (int y, int m, int d) = a.Digits == 4 ? (a.Value, b.Value, c.Value)
                : (c.Digits == 4 ? c.Value : c.Digits == 2 ? 2000 + c.Value : -1, b.Value, a.Value);
            if (IsValidDate(y, m, d))
            {
                var date = new DateOnly(y, m, d);
                piece = new Piece(y, _ => (date, date));
                last = i + 4;
                return true;
            }

            return false;
        }

        if (a.Digits <= 2 && a.Value is >= 1 and <= 12 && b.IsYear && sep.Text == "/")
        {
            int month = a.Value;
            piece = new Piece(b.Value, y => MonthOf(y, month));
            last = i + 2;
            return true;
        }

        return false;
    }

    /// <summary>"6th April 2023", "6 April", "Friday 6th of April 2023", "April 6th, 2023".</summary>
    private static bool TryDayMonth(List<DateToken> tokens, bool[] covered, int i, ref Piece piece, ref int last)
    {
        int j = i;
        if (tokens[j].IsDay && Free(tokens, covered, j + 1))
        {
            int day = tokens[j].Value;
            int m = j + 1;
            if (tokens[m].IsWord("of") && Free(tokens, covered, m + 1)) m++;
            if (!Months.TryGetValue(Word(tokens[m]), out int month)) return false;
            int end = m;
            int? year = YearAfter(tokens, covered, m, ref end);
            if (year is { } y0 && !IsValidDate(y0, month, day)) return false;
            piece = new Piece(year, y => DayOf(y, month, day));
            last = end;
            return true;
        }

        if (Months.TryGetValue(Word(tokens[j]), out int month2) && Free(tokens, covered, j + 1) && tokens[j + 1].IsDay
            && (tokens[j + 1].Ordinal || NextIsYear(tokens, covered, j + 1)))
        {
            int day = tokens[j + 1].Value;
            int end = j + 1;
            int? year = YearAfter(tokens, covered, j + 1, ref end);
            if (year is { } y0 && !IsValidDate(y0, month2, day)) return false;
            piece = new Piece(year, y => DayOf(y, month2, day));
            last = end;
            return true;
        }

        return false;
    }

    /// <summary>"March 2025", "Mar-25", "Mar '25", "March, 2025", or a month alone.</summary>
    private static bool TryMonth(List<DateToken> tokens, bool[] covered, int i, ref Piece piece, ref int last)
    {
        if (!Months.TryGetValue(Word(tokens[i]), out int month)) return false;
        int end = i;
        int? year = YearAfter(tokens, covered, i, ref end);
        if (year is null && Free(tokens, covered, i + 2) && tokens[i + 1].Kind == DateTokenKind.Symbol
            && tokens[i + 1].Text is "-" or "'" or "/" && tokens[i + 2].IsTwoDigit)
        {
            year = 2000 + tokens[i + 2].Value;
            end = i + 2;
        }

        piece = new Piece(year, y => MonthOf(y, month));
        last = end;
        return true;
    }

    /// <summary>"Q2 2024", "Q1 2024/25" or "Q3 24/25" (a financial quarter), "quarter 3", "second quarter of 2025", "H1 2025", "first half of 2025".</summary>
    private static bool TryQuarterOrHalf(List<DateToken> tokens, bool[] covered, int i, ref Piece piece, ref int last)
    {
        int j = i;
        int number;
        bool half = false;
        var t = tokens[j];
        if ((t.IsWord("q") || t.IsWord("qtr") || t.IsWord("quarter") || t.IsWord("h")) && Free(tokens, covered, j + 1))
        {
            half = t.IsWord("h");
            int n = j + 1;
            if (tokens[n].IsSymbol('-') && Free(tokens, covered, n + 1)) n++;
            if (tokens[n].Kind != DateTokenKind.Number || tokens[n].Value < 1 || tokens[n].Value > (half ? 2 : 4)) return false;
            number = tokens[n].Value;
            j = n;
        }
        else if ((t.Kind == DateTokenKind.Number && t.Ordinal && t.Value is >= 1 and <= 4) || OrdinalWords.ContainsKey(Word(t)))
        {
            if (!Free(tokens, covered, j + 1)) return false;
            number = t.Kind == DateTokenKind.Number ? t.Value : OrdinalWords[t.Text];
            var unit = tokens[j + 1];
            if (unit.IsWord("half") && number <= 2) half = true;
            else if (!(unit.IsWord("quarter") || unit.IsWord("qtr"))) return false;
            j++;
        }
        else
        {
            return false;
        }

        int end = j;
        int k = j + 1;
        Skip(tokens, covered, ref k, "of");
        if (TryFinancialYearNumbers(tokens, covered, k, out int fyStart, out int fyEnd, allowShort: true) && !half)
        {
            int q = number;
            piece = new Piece(fyStart, y => QuarterOf(q <= 3 ? y : y + 1, q <= 3 ? q + 1 : 1));
            last = fyEnd;
            return true;
        }

        int? year = Free(tokens, covered, k) && tokens[k].IsYear ? tokens[k].Value : null;
        if (year is not null) end = k;
        int which = number;
        piece = half
            ? new Piece(year, y => which == 1 ? (new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)) : (new DateOnly(y, 7, 1), new DateOnly(y, 12, 31)))
            : new Piece(year, y => QuarterOf(y, which));
        last = end;
        return true;
    }

    /// <summary>"Spring 2025", "winter 2024/25", "Summer term 2025", "summer".</summary>
    private static bool TrySeason(List<DateToken> tokens, bool[] covered, int i, ref Piece piece, ref int last)
    {
        int firstMonth = Word(tokens[i]) switch
        {
            "spring" => 3,
            "summer" => 6,
            "autumn" => 9,
            "winter" => 12,
            _ => 0,
        };
        if (firstMonth == 0) return false;

        int end = i;
        int k = i + 1;
        Skip(tokens, covered, ref k, "term");
        Skip(tokens, covered, ref k, "of");
        int? year = null;
        if (TryFinancialYearNumbers(tokens, covered, k, out int fyStart, out int fyEnd, allowShort: true))
        {
            year = firstMonth == 3 ? fyStart + 1 : fyStart;
            end = fyEnd;
        }
        else if (Free(tokens, covered, k) && tokens[k].IsYear)
        {
            year = tokens[k].Value;
            end = k;
        }

        piece = new Piece(year, y => (new DateOnly(y, firstMonth, 1), new DateOnly(y, firstMonth, 1).AddMonths(3).AddDays(-1)));
        last = end;
        return true;
    }

    /// <summary>"2024/25", "FY24/25", "financial year 2024-2025", "end of financial year" (the one the plan's date falls in).</summary>
    private static bool TryFinancialYear(List<DateToken> tokens, bool[] covered, int i, ref Piece piece, ref int last)
    {
        int j = i;
        bool prefixed = false;
        if (tokens[j].IsWord("fy"))
        {
            prefixed = true;
            j++;
        }
        else if ((tokens[j].IsWord("financial") || tokens[j].IsWord("fiscal") || tokens[j].IsWord("business"))
                 && Free(tokens, covered, j + 1) && tokens[j + 1].IsWord("year"))
        {
            prefixed = true;
            j += 2;
        }

        if (TryFinancialYearNumbers(tokens, covered, j, out int startYear, out int end, allowShort: prefixed))
        {
            piece = new Piece(startYear, FinancialYear);
            last = end;
            return true;
        }

        if (!prefixed) return false;
        if (Free(tokens, covered, j) && tokens[j].IsYear)
        {
            // "FY 2025": the financial year that ends in 2025.
            piece = new Piece(tokens[j].Value - 1, FinancialYear);
            last = j;
            return true;
        }

        piece = new Piece(null, FinancialYear);
        last = j - 1;
        return true;
    }

    private static (DateOnly, DateOnly) FinancialYear(int y) => (new DateOnly(y, 4, 1), new DateOnly(y + 1, 3, 31));

    private static bool TryFinancialYearNumbers(List<DateToken> tokens, bool[] covered, int i, out int startYear, out int last, bool allowShort = false)
    {
        startYear = 0;
        last = i;
        if (!Free(tokens, covered, i + 2)) return false;
        var (a, sep, b) = (tokens[i], tokens[i + 1], tokens[i + 2]);
        if (a.Kind != DateTokenKind.Number || !(sep.IsSymbol('/') || sep.IsSymbol('-')) || b.Kind != DateTokenKind.Number) return false;
        if (Free(tokens, covered, i + 4) && tokens[i + 3].Text == sep.Text && tokens[i + 4].Kind == DateTokenKind.Number) return false;

        if (a.IsYear && ((b.Digits == 2 && b.Value == (a.Value + 1) % 100) || (b.IsYear && b.Value == a.Value + 1)))
            startYear = a.Value;
        else if (allowShort && a.IsTwoDigit && b.IsTwoDigit && b.Value == (a.Value + 1) % 100)
            startYear = 2000 + a.Value;
        else
            return false;

        last = i + 2;
        return true;
    }

    private static int? YearAfter(List<DateToken> tokens, bool[] covered, int i, ref int end)
    {
        int k = i + 1;
        if (Free(tokens, covered, k) && (tokens[k].IsSymbol(',') || tokens[k].IsSymbol('-'))) k++;
        if (Free(tokens, covered, k) && tokens[k].IsYear)
        {
            end = k;
            return tokens[k].Value;
        }

        return null;
    }

    private static bool NextIsYear(List<DateToken> tokens, bool[] covered, int i)
    {
        int end = i;
        return YearAfter(tokens, covered, i, ref end) is not null;
    }

    /// <summary>Places a period: in its year when it has one, otherwise the first one ending on or after the plan's date.</summary>
    private static (DateOnly Start, DateOnly End)? Place(Piece piece, DateOnly? reference)
    {
        if (piece.Year is { } year) return piece.InYear(year);
        if (reference is not { } r) return null;
        for (int y = r.Year - 1; y <= r.Year + 1; y++)
        {
            var p = piece.InYear(y);
            if (p.End >= r) return p;
        }

        return piece.InYear(r.Year + 1);
    }

    private static (DateOnly, DateOnly) DayOf(int y, int month, int day)
    {
        var date = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        return (date, date);
    }

    private static (DateOnly, DateOnly) MonthOf(int y, int month) =>
        (new DateOnly(y, month, 1), new DateOnly(y, month, DateTime.DaysInMonth(y, month)));

    private static (DateOnly, DateOnly) QuarterOf(int y, int quarter) =>
        (new DateOnly(y, (3 * quarter) - 2, 1), new DateOnly(y, 3 * quarter, 1).AddMonths(1).AddDays(-1));

    private static bool IsValidDate(int y, int m, int d) =>
        y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static bool Free(List<DateToken> tokens, bool[] covered, int i) => i < tokens.Count && !covered[i];

    private static string Word(DateToken t) => t.Kind == DateTokenKind.Word ? t.Text : "";

    private static void Skip(List<DateToken> tokens, bool[] covered, ref int j, string word)
    {
        if (Free(tokens, covered, j) && tokens[j].IsWord(word) && Free(tokens, covered, j + 1)) j++;
    }
}
