using PlanLint.Diagnostics;
using PlanLint.Rules.Structure;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class DuplicateRecommendationNumberRuleTests
{
    private static readonly (string, string?, string?)[] OneAction = [("A review will be completed.", "The Governor", "March 2025")];

    [Theory]
    [InlineData("7.3", "7.3")]
    [InlineData("7.3", "7.3.")]
    [InlineData("7.3", " 7.3 ")]
    [InlineData("A1", "a1")]
    public void Fires_on_each_repeat_of_a_number(string first, string repeat)
    {
        var plan = TestPlans.Concerns(("7.2", OneAction), (first, OneAction), (repeat, OneAction));
        var d = TestPlans.Analyze(new DuplicateRecommendationNumberRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(DuplicateRecommendationNumberRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe($"Recommendation number {repeat.Trim()} is used more than once; give each concern or recommendation its own number");
        d.Location.Pointer.ShouldBe("/concerns/2/id");
        d.ConcernOrdinal.ShouldBe(2);
        var related = d.RelatedLocations.ShouldHaveSingleItem();
        related.Location.Pointer.ShouldBe("/concerns/1/id");
        related.Message.ShouldBe($"Recommendation {first.Trim()} is first numbered here");
    }

    [Fact]
    public void Reports_a_third_use_too()
    {
        var plan = TestPlans.Concerns(("1", OneAction), ("1", OneAction), ("1", OneAction));
        TestPlans.Analyze(new DuplicateRecommendationNumberRule(), plan).Select(d => d.ConcernOrdinal).ShouldBe([1, 2]);
    }

    [Theory]
    [InlineData("7.1", "7.10")] // near miss: not the same number
    [InlineData("1.1", "1.11")]
    [InlineData("7.3", "7.4")]
    public void Quiet_for_different_numbers(string a, string b)
    {
        var plan = TestPlans.Concerns((a, OneAction), (b, OneAction));
        TestPlans.Analyze(new DuplicateRecommendationNumberRule(), plan).ShouldBeEmpty();
    }
}
