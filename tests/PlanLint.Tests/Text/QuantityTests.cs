using PlanLint.Text;

namespace PlanLint.Tests.Text;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(1, "file", "1 file")]
    [InlineData(0, "file", "0 files")]
    [InlineData(2, "warning", "2 warnings")]
    [InlineData(3, "entry", "3 entries")]
    [InlineData(1, "entry", "1 entry")]
    [InlineData(2, "day", "2 days")]
    [InlineData(12, "month", "12 months")]
    [InlineData(2, "box", "2 boxes")]
    [InlineData(1000, "finding", "1000 findings")]
    public void Counts_a_regular_noun(int count, string noun, string expected) => Quantity.Of(count, noun).ShouldBe(expected);
}
