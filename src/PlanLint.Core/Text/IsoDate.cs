namespace PlanLint.Text;

/// <summary>
/// Reads an ISO date written exactly as <c>yyyy-MM-dd</c>, as <c>DateOnly.TryParseExact(text, "yyyy-MM-dd",
/// CultureInfo.InvariantCulture, DateTimeStyles.None, …)</c> does, without the culture machinery: on its first use that
/// builds an ICU collator, which cost more than linting a whole plan (two fifths of a native `planlint check`).
/// </summary>
public static class IsoDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool IsValid(ReadOnlySpan<char> text) => TryParse(text, out _);

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }
}
