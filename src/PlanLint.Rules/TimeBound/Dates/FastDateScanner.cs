namespace PlanLint.Rules.TimeBound.Dates;

/// <summary>A date or period the fast path found: its tokens, where it is in the text, and its resolved bounds.</summary>
internal sealed record FoundPeriod(int FirstToken, int LastToken, int StartChar, int EndChar, DateOnly? Start, DateOnly? End, bool IsRange);

/// <summary>
/// The fast path of <see cref="TargetDateParser"/>: recognises the shapes target dates are written in without the
/// Microsoft recogniser: "March 2025", "Mar-25", "6th April 2023", "06/04/2023", "Q2 2024", "Q1 2024/25", "Spring 2025",
/// "2024/25", "FY24/25", "end of financial year", "mid-2025", ranges ("April to June 2025"), and a month without a
/// year placed after the plan's date. Says which tokens it could not explain, so the caller knows when to fall back.
/// </summary>
/// <remarks>
/// A scan reads the tokens phrases left free (<see cref="FreeTokens"/>) from left to right. At each token it tries to
/// read a <see cref="Shape"/> (the way a period is written, perhaps without its year, possibly narrowed by "end of"),
/// then a range connector and a second shape, and places what it read in a year (<see cref="Days"/>).
/// </remarks>
internal sealed class FastDateScanner
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

    private readonly FreeTokens tokens;

    /// <summary>The plan's date: a period written without its year is the first one ending on or after it.</summary>
    private readonly DateOnly? reference;

    private FastDateScanner(FreeTokens tokens, DateOnly? reference)
    {
        this.tokens = tokens;
        this.reference = reference;
    }

    private enum Modifier
    {
        None,
        Early,
        Mid,
        Late,
    }

    /// <summary>Finds the dates among the tokens not already <paramref name="covered"/> by phrases.</summary>
    /// <returns>The dates, and whether some token that looks like part of a date was left unexplained.</returns>
    public static (List<FoundPeriod> Periods, bool Unexplained) Scan(List<DateToken> tokens, bool[] covered, DateOnly? reference)
    {
        var scanner = new FastDateScanner(new FreeTokens(tokens, covered), reference);
        var found = scanner.FindPeriods();
        return (found, scanner.LeavesDateWordsUnexplained(found));
    }

    /// <summary>Reads periods from left to right; a token that starts none is passed over.</summary>
    private List<FoundPeriod> FindPeriods()
    {
        var found = new List<FoundPeriod>();
        bool afterBetween = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsFree(i)) continue;
            if (ReadPeriod(i, afterBetween) is { } period)
            {
                found.Add(period);
                i = period.LastToken;
                afterBetween = false;
                continue;
            }

            afterBetween = tokens[i].IsWord("between");
        }

        return found;
    }

    /// <summary>Whether a free token outside every period still looks like part of a date: a time word, a day name, a small number or a year.</summary>
    private bool LeavesDateWordsUnexplained(List<FoundPeriod> found)
    {
        var inPeriod = new bool[tokens.Count];
        foreach (var period in found)
        {
            for (int k = period.FirstToken; k <= period.LastToken; k++) inPeriod[k] = true;
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsFree(i) || inPeriod[i]) continue;
            var t = tokens[i];
            bool unexplained = t.Kind switch
            {
                DateTokenKind.Word => TimeWords.Contains(t.Text) || (DayNames.Contains(t.Text) && !StartsPeriodAfter(inPeriod, i)),
                DateTokenKind.Number => t.Digits <= 2 || t.IsYear,
                _ => false,
            };
            if (unexplained) return true;
        }

        return false;
    }

    /// <summary>Whether a period follows token <paramref name="i"/>, perhaps after a comma ("Friday, 6th April 2023").</summary>
    private bool StartsPeriodAfter(bool[] inPeriod, int i)
    {
        int next = i + 1;
        if (next < tokens.Count && tokens[next].IsSymbol(',')) next++;
        return next < tokens.Count && inPeriod[next];
    }

    /// <summary>A period starting at token <paramref name="i"/>: one shape, or two joined by a range connector.</summary>
    private FoundPeriod? ReadPeriod(int i, bool afterBetween)
    {
        if (ReadModifiedShape(i) is not { } first) return null;

        int connector = first.LastToken + 1;
        var second = tokens.IsFree(connector) && IsRangeConnector(tokens[connector], afterBetween) ? ReadModifiedShape(connector + 1) : null;
        if (second is { } until)
        {
            var (fromYear, toYear) = AlignRange(first.Shape, until.Shape);
            var from = Place(first.Shape with { Year = fromYear });
            var to = Place(until.Shape with { Year = toYear });
            return new FoundPeriod(i, until.LastToken, tokens[i].Start, tokens[until.LastToken].End, from?.First, to?.Last, IsRange: true);
        }

        var placed = Place(first.Shape);
        return new FoundPeriod(i, first.LastToken, tokens[i].Start, tokens[first.LastToken].End, placed?.First, placed?.Last, IsRange: false);
    }

    private static bool IsRangeConnector(DateToken t, bool afterBetween) =>
        t.IsSymbol('-') || t.IsWord("to") || t.IsWord("through") || t.IsWord("thru") || (afterBetween && t.IsWord("and"));

    /// <summary>A range written with one year ("April to June 2025", "November 2024 - February") takes it for both ends.</summary>
    private (int? From, int? To) AlignRange(Shape from, Shape to)
    {
        if (from.Year is { } fy && to.Year is { } ty) return (fy, ty);
        if (to.Year is { } year)
            return (from.InYear(year).First <= to.InYear(year).First ? year : year - 1, year);
        if (from.Year is { } y)
            return (y, to.InYear(y).Last >= from.InYear(y).First ? y : y + 1);
        if (Place(from) is not { } placedFrom) return (null, null);
        int fromYear = placedFrom.First.Year;
        int toYear = to.InYear(fromYear).Last >= placedFrom.First ? fromYear : fromYear + 1;
        return (YearPlacedIn(from, placedFrom), toYear);
    }

    /// <summary>The year whose instance of <paramref name="shape"/> is <paramref name="placed"/> (a winter starts in the year before it ends).</summary>
    private static int YearPlacedIn(Shape shape, Days placed)
    {
        for (int y = placed.First.Year - 1; y <= placed.First.Year + 1; y++)
            if (shape.InYear(y) == placed) return y;
        return placed.First.Year;
    }

    /// <summary>A shape with an optional modifier in front: "end of", "mid-", "early", "the start of".</summary>
    private ShapeRead? ReadModifiedShape(int i)
    {
        int j = tokens.After(i, "the");
        var modifier = tokens.IsFree(j) && tokens[j].Kind == DateTokenKind.Word
            ? tokens[j].Text switch
            {
                "end" or "late" => Modifier.Late,
                "mid" or "middle" => Modifier.Mid,
                "early" or "beginning" or "start" => Modifier.Early,
                _ => Modifier.None,
            }
            : Modifier.None;
        if (modifier != Modifier.None)
        {
            j++;
            if (j < tokens.Count && tokens[j].IsSymbol('-')) j++;
            j = tokens.After(j, "of");
            j = tokens.After(j, "the");
        }

        if (ReadShape(j) is not { } read) return null;
        if (modifier == Modifier.None) return read;

        var inYear = read.Shape.InYear;
        return read with { Shape = read.Shape with { InYear = y => Narrow(inYear(y), modifier) } };
    }

    /// <summary>The first, middle or last third of a period.</summary>
    private static Days Narrow(Days period, Modifier modifier)
    {
        int days = period.Last.DayNumber - period.First.DayNumber + 1;
        int third = Math.Max(days / 3, 1);
        return modifier switch
        {
            Modifier.Early => new Days(period.First, period.First.AddDays(third - 1)),
            Modifier.Mid => new Days(period.First.AddDays(third), period.First.AddDays((2 * third) - 1)),
            Modifier.Late => new Days(period.Last.AddDays(1 - third), period.Last),
            _ => period,
        };
    }

    /// <summary>The shapes a period is written in, tried in this order at token <paramref name="i"/>.</summary>
    private ShapeRead? ReadShape(int i)
    {
        if (!tokens.IsFree(i)) return null;
        return NumericDate(i) ?? DayAndMonth(i) ?? Month(i) ?? QuarterOrHalf(i) ?? Season(i) ?? FinancialYear(i) ?? Year(i);
    }

    /// <summary>"2025".</summary>
    private ShapeRead? Year(int i) =>
        tokens[i].IsYear ? new ShapeRead(new Shape(tokens[i].Value, y => new Days(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))), i) : null;

    /// <summary>"06/04/2023", "6.4.23", "2023-04-06", "03/2025".</summary>
    private ShapeRead? NumericDate(int i)
    {
        var a = tokens[i];
        if (a.Kind != DateTokenKind.Number || a.Ordinal || !tokens.IsFree(i + 2)) return null;
        var sep = tokens[i + 1];
        var b = tokens[i + 2];
        if (sep.Kind != DateTokenKind.Symbol || sep.Text is not ("/" or "." or "-") || b.Kind != DateTokenKind.Number) return null;

        if (tokens.IsFree(i + 4) && tokens[i + 3].Text == sep.Text && tokens[i + 4].Kind == DateTokenKind.Number)
        {
            var c = tokens[i + 4];
            (int y, int m, int d) = a.Digits == 4 ? (a.Value, b.Value, c.Value)
                : (c.Digits == 4 ? c.Value : c.Digits == 2 ? 2000 + c.Value : -1, b.Value, a.Value);
            if (!IsValidDate(y, m, d)) return null;
            var date = new DateOnly(y, m, d);
            return new ShapeRead(new Shape(y, _ => new Days(date, date)), i + 4);
        }

        if (a.Digits <= 2 && a.Value is >= 1 and <= 12 && b.IsYear && sep.Text == "/")
        {
            int month = a.Value;
            return new ShapeRead(new Shape(b.Value, y => MonthOf(y, month)), i + 2);
        }

        return null;
    }

    /// <summary>"6th April 2023", "6 April", "Friday 6th of April 2023", "April 6th, 2023".</summary>
    private ShapeRead? DayAndMonth(int i)
    {
        if (tokens[i].IsDay && tokens.IsFree(i + 1))
        {
            int day = tokens[i].Value;
            int m = tokens[i + 1].IsWord("of") && tokens.IsFree(i + 2) ? i + 2 : i + 1;
            if (!Months.TryGetValue(tokens.WordAt(m), out int month)) return null;
            return DayInMonth(day, month, m);
        }

        if (Months.TryGetValue(tokens.WordAt(i), out int monthFirst) && tokens.IsFree(i + 1) && tokens[i + 1].IsDay
            && (tokens[i + 1].Ordinal || YearAfter(i + 1) is not null))
        {
            return DayInMonth(tokens[i + 1].Value, monthFirst, i + 1);
        }

        return null;
    }

    /// <summary>A day of a month whose last token so far is <paramref name="last"/>, and the year after it if there is one.</summary>
    private ShapeRead? DayInMonth(int day, int month, int last)
    {
        var year = YearAfter(last);
        if (year is { } written && !IsValidDate(written.Value, month, day)) return null;
        return new ShapeRead(new Shape(year?.Value, y => DayOf(y, month, day)), year?.Token ?? last);
    }

    /// <summary>"March 2025", "Mar-25", "Mar '25", "March, 2025", or a month alone.</summary>
    private ShapeRead? Month(int i)
    {
        if (!Months.TryGetValue(tokens.WordAt(i), out int month)) return null;
        var year = YearAfter(i);
        if (year is null && tokens.IsFree(i + 2) && tokens[i + 1].Kind == DateTokenKind.Symbol
            && tokens[i + 1].Text is "-" or "'" or "/" && tokens[i + 2].IsTwoDigit)
        {
            year = new WrittenYear(2000 + tokens[i + 2].Value, i + 2);
        }

        return new ShapeRead(new Shape(year?.Value, y => MonthOf(y, month)), year?.Token ?? i);
    }

    /// <summary>"Q2 2024", "Q1 2024/25" or "Q3 24/25" (a financial quarter), "quarter 3", "second quarter of 2025", "H1 2025", "first half of 2025".</summary>
    private ShapeRead? QuarterOrHalf(int i)
    {
        if (ReadNumberedPart(i) is not { } part) return null;

        int k = tokens.After(part.LastToken + 1, "of");
        if (!part.IsHalf && FinancialYearNumbers(k, allowShort: true) is { } fy)
        {
            int q = part.Number;
            return new ShapeRead(new Shape(fy.StartYear, y => QuarterOf(q <= 3 ? y : y + 1, q <= 3 ? q + 1 : 1)), fy.LastToken);
        }

        int? year = tokens.IsFree(k) && tokens[k].IsYear ? tokens[k].Value : null;
        int which = part.Number;
        var shape = part.IsHalf
            ? new Shape(year, y => which == 1 ? new Days(new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)) : new Days(new DateOnly(y, 7, 1), new DateOnly(y, 12, 31)))
            : new Shape(year, y => QuarterOf(y, which));
        return new ShapeRead(shape, year is null ? part.LastToken : k);
    }

    /// <summary>"Q2", "qtr 3", "quarter-1", "H1", "2nd quarter", "first half": which quarter or half, and its last token.</summary>
    private NumberedPart? ReadNumberedPart(int i)
    {
        var t = tokens[i];
        if ((t.IsWord("q") || t.IsWord("qtr") || t.IsWord("quarter") || t.IsWord("h")) && tokens.IsFree(i + 1))
        {
            bool half = t.IsWord("h");
            int n = tokens[i + 1].IsSymbol('-') && tokens.IsFree(i + 2) ? i + 2 : i + 1;
            if (tokens[n].Kind != DateTokenKind.Number || tokens[n].Value < 1 || tokens[n].Value > (half ? 2 : 4)) return null;
            return new NumberedPart(tokens[n].Value, half, n);
        }

        if ((t.Kind == DateTokenKind.Number && t.Ordinal && t.Value is >= 1 and <= 4) || OrdinalWords.ContainsKey(tokens.WordAt(i)))
        {
            if (!tokens.IsFree(i + 1)) return null;
            int number = t.Kind == DateTokenKind.Number ? t.Value : OrdinalWords[t.Text];
            var unit = tokens[i + 1];
            if (unit.IsWord("half") && number <= 2) return new NumberedPart(number, IsHalf: true, i + 1);
            if (unit.IsWord("quarter") || unit.IsWord("qtr")) return new NumberedPart(number, IsHalf: false, i + 1);
        }

        return null;
    }

    /// <summary>"Spring 2025", "winter 2024/25", "Summer term 2025", "summer".</summary>
    private ShapeRead? Season(int i)
    {
        int firstMonth = tokens.WordAt(i) switch
        {
            "spring" => 3,
            "summer" => 6,
            "autumn" => 9,
            "winter" => 12,
            _ => 0,
        };
        if (firstMonth == 0) return null;

        int k = tokens.After(tokens.After(i + 1, "term"), "of");
        var shape = new Shape(null, y => new Days(new DateOnly(y, firstMonth, 1), new DateOnly(y, firstMonth, 1).AddMonths(3).AddDays(-1)));
        if (FinancialYearNumbers(k, allowShort: true) is { } fy)
            return new ShapeRead(shape with { Year = firstMonth == 3 ? fy.StartYear + 1 : fy.StartYear }, fy.LastToken);
        if (tokens.IsFree(k) && tokens[k].IsYear)
            return new ShapeRead(shape with { Year = tokens[k].Value }, k);
        return new ShapeRead(shape, i);
    }

    /// <summary>"2024/25", "FY24/25", "financial year 2024-2025", "end of financial year" (the one the plan's date falls in).</summary>
    private ShapeRead? FinancialYear(int i)
    {
        int j = i;
        bool prefixed = false;
        if (tokens[j].IsWord("fy"))
        {
            prefixed = true;
            j++;
        }
        else if ((tokens[j].IsWord("financial") || tokens[j].IsWord("fiscal") || tokens[j].IsWord("business"))
                 && tokens.IsFree(j + 1) && tokens[j + 1].IsWord("year"))
        {
            prefixed = true;
            j += 2;
        }

        if (FinancialYearNumbers(j, allowShort: prefixed) is { } fy)
            return new ShapeRead(new Shape(fy.StartYear, FinancialYearFrom), fy.LastToken);
        if (!prefixed) return null;

        // "FY 2025": the financial year that ends in 2025.
        if (tokens.IsFree(j) && tokens[j].IsYear)
            return new ShapeRead(new Shape(tokens[j].Value - 1, FinancialYearFrom), j);
        return new ShapeRead(new Shape(null, FinancialYearFrom), j - 1);
    }

    private static Days FinancialYearFrom(int y) => new(new DateOnly(y, 4, 1), new DateOnly(y + 1, 3, 31));

    /// <summary>"2024/25", "2024-2025", or with <paramref name="allowShort"/> "24/25": the financial year's first calendar year.</summary>
    private WrittenFinancialYear? FinancialYearNumbers(int i, bool allowShort)
    {
        if (!tokens.IsFree(i + 2)) return null;
        var (a, sep, b) = (tokens[i], tokens[i + 1], tokens[i + 2]);
        if (a.Kind != DateTokenKind.Number || !(sep.IsSymbol('/') || sep.IsSymbol('-')) || b.Kind != DateTokenKind.Number) return null;
        if (tokens.IsFree(i + 4) && tokens[i + 3].Text == sep.Text && tokens[i + 4].Kind == DateTokenKind.Number) return null;

        if (a.IsYear && ((b.Digits == 2 && b.Value == (a.Value + 1) % 100) || (b.IsYear && b.Value == a.Value + 1)))
            return new WrittenFinancialYear(a.Value, i + 2);
        if (allowShort && a.IsTwoDigit && b.IsTwoDigit && b.Value == (a.Value + 1) % 100)
            return new WrittenFinancialYear(2000 + a.Value, i + 2);
        return null;
    }

    /// <summary>A year just after token <paramref name="i"/>, perhaps after a comma or dash ("March, 2025", "April-2025").</summary>
    private WrittenYear? YearAfter(int i)
    {
        int k = i + 1;
        if (tokens.IsFree(k) && (tokens[k].IsSymbol(',') || tokens[k].IsSymbol('-'))) k++;
        return tokens.IsFree(k) && tokens[k].IsYear ? new WrittenYear(tokens[k].Value, k) : null;
    }

    /// <summary>Places a shape: in its year when it has one, otherwise the first one ending on or after the plan's date.</summary>
    private Days? Place(Shape shape)
    {
        if (shape.Year is { } year) return shape.InYear(year);
        if (reference is not { } r) return null;
        for (int y = r.Year - 1; y <= r.Year + 1; y++)
        {
            var days = shape.InYear(y);
            if (days.Last >= r) return days;
        }

        return shape.InYear(r.Year + 1);
    }

    private static Days DayOf(int y, int month, int day)
    {
        var date = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        return new Days(date, date);
    }

    private static Days MonthOf(int y, int month) =>
        new(new DateOnly(y, month, 1), new DateOnly(y, month, DateTime.DaysInMonth(y, month)));

    private static Days QuarterOf(int y, int quarter) =>
        new(new DateOnly(y, (3 * quarter) - 2, 1), new DateOnly(y, 3 * quarter, 1).AddMonths(1).AddDays(-1));

    private static bool IsValidDate(int y, int m, int d) =>
        y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>The first and last day of a period.</summary>
    private readonly record struct Days(DateOnly First, DateOnly Last);

    /// <summary>
    /// How a period is written, before it is placed: the year it names, if any, and its days in any given year
    /// ("March" is March of whichever year; "Q1 2024/25" is April to June 2024).
    /// </summary>
    private readonly record struct Shape(int? Year, Func<int, Days> InYear);

    /// <summary>A shape read from the tokens, and the last token it took.</summary>
    private readonly record struct ShapeRead(Shape Shape, int LastToken);

    /// <summary>A year written in the text, and its token.</summary>
    private readonly record struct WrittenYear(int Value, int Token);

    /// <summary>A financial year written in the text ("2024/25"): its first calendar year, and its last token.</summary>
    private readonly record struct WrittenFinancialYear(int StartYear, int LastToken);

    /// <summary>A quarter or half named by its number ("Q2", "first half"), and its last token.</summary>
    private readonly record struct NumberedPart(int Number, bool IsHalf, int LastToken);

    /// <summary>The tokens of a target date, and which of them phrases already explain: the scanner reads only the free ones.</summary>
    private readonly struct FreeTokens(List<DateToken> tokens, bool[] covered)
    {
        public int Count => tokens.Count;

        public DateToken this[int i] => tokens[i];

        /// <summary>Whether token <paramref name="i"/> exists and no phrase covers it.</summary>
        public bool IsFree(int i) => i < tokens.Count && !covered[i];

        /// <summary>The token's text when it is a word, otherwise empty.</summary>
        public string WordAt(int i) => tokens[i].Kind == DateTokenKind.Word ? tokens[i].Text : "";

        /// <summary>Steps over an optional <paramref name="word"/> at <paramref name="j"/> when a free token follows it.</summary>
        public int After(int j, string word) => IsFree(j) && tokens[j].IsWord(word) && IsFree(j + 1) ? j + 1 : j;
    }
}
