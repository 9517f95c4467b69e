using System.Globalization;
using CsCheck;
using PlanLint.Text;

namespace PlanLint.Tests.Text;

/// <summary>IsoDate reads exactly what DateOnly.TryParseExact(…, "yyyy-MM-dd", invariant culture) reads, without ICU.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2025-01-29", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("9999-12-31", true)]
    [InlineData("2025-1-29", false)]
    [InlineData(" 2025-01-29", false)]
    [InlineData("2025-01-29 ", false)]
    [InlineData("2025/01/29", false)]
    [InlineData("２０２５-01-29", false)]
    [InlineData("", false)]
    public void Reads_what_the_framework_reads(string text, bool valid)
    {
        IsoDate.TryParse(text, out var date).ShouldBe(valid);
        Framework(text, out var expected).ShouldBe(valid);
        date.ShouldBe(expected);
    }

    [Fact]
    public void Agrees_with_the_framework_on_any_ten_characters_from_digits_and_dashes()
    {
        Gen.Char["0123456789-/ x"].Array[10].Select(c => new string(c))
            .Sample(text =>
            {
                bool ours = IsoDate.TryParse(text, out var date);
                bool framework = Framework(text, out var expected);
                return ours == framework && date == expected;
            }, iter: 20_000);
    }

    [Fact]
    public void Agrees_with_the_framework_on_every_day_written_in_iso_form()
    {
        Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}"))
            .Sample(text => IsoDate.TryParse(text, out var date) == Framework(text, out var expected) && date == expected, iter: 20_000);
    }

    private static bool Framework(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
