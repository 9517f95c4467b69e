using System.Globalization;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound.Dates;

/// <summary>Time between dates, in the words messages use ("2 months", "12 days", "29 January 2025").</summary>
public static class Spans
{
    /// <summary>Calendar months from one date's month to another's: January to March is 2.</summary>
    public static int CalendarMonths(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    /// <summary>The whole months from an earlier date to a later one, or the days when less than a month.</summary>
    public static string Between(DateOnly earlier, DateOnly later)
    {
        int months = CalendarMonths(earlier, later);
        if (earlier.AddMonths(months) > later) months--;
        return months >= 1
            ? Quantity.Of(months, "month")
            : Quantity.Of(later.DayNumber - earlier.DayNumber, "day");
    }

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
