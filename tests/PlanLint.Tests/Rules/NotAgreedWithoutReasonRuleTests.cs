using PlanLint.Diagnostics;
using PlanLint.Rules.Agreement;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class NotAgreedWithoutReasonRuleTests
{
    [Fact]
    public void Fires_when_no_reason_is_given()
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.4", "Not Agreed", null));
        var d = TestPlans.Analyze(new NotAgreedWithoutReasonRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(NotAgreedWithoutReasonRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe("Recommendation 7.4 is Not Agreed but gives no reason; say why it will not be implemented (a commissioning, policy, operational or affordability reason)");
    }

    [Fact]
    public void Fires_when_the_response_only_restates_the_status()
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.4", "Not Agreed", null, ("This recommendation is not agreed.", null, null)));
        TestPlans.Analyze(new NotAgreedWithoutReasonRule(), plan).ShouldHaveSingleItem().RecId.ShouldBe("7.4");
    }

    [Theory]
    [InlineData("Not affordable within the current budget.", null)]
    [InlineData(null, "HMPPS does not agree as national policy requires all prisoners to be searched.")]
    [InlineData(null, "This cannot be implemented due to the layout of the wings.")]
    public void Quiet_when_a_reason_is_given(string? reason, string? response)
    {
        var actions = response is null ? Array.Empty<(string, string?, string?)>() : [(response, null, null)];
        var plan = TestPlans.Recommendations(new TestRecommendation("7.4", "Not Agreed", reason, actions));
        TestPlans.Analyze(new NotAgreedWithoutReasonRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Quiet_for_a_concern_format_plan()
    {
        var plan = TestPlans.OneConcern(("Referrals will be made on time.", "Governor", "July 2022"));
        TestPlans.Analyze(new NotAgreedWithoutReasonRule(), plan).ShouldBeEmpty();
    }
}
