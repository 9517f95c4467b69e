using PlanLint.Diagnostics;
using PlanLint.Rules.Agreement;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class PartlyAgreedWithoutReasonRuleTests
{
    [Theory]
    [InlineData(null, "Prison teams will ensure that referrals are made on time.")]
    [InlineData(" ", "This recommendation is partly agreed. Prison teams will ensure that referrals are made on time.")]
    public void Fires_when_no_reason_is_given(string? reason, string response)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.15", "Partly Agreed", reason, (response, "Governor", "Ongoing")));
        var d = TestPlans.Analyze(new PartlyAgreedWithoutReasonRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(PartlyAgreedWithoutReasonRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe("Recommendation 7.15 is Partly Agreed but gives no reason; say which part will not be implemented and why (a commissioning, policy, operational or affordability reason)");
        d.RecId.ShouldBe("7.15");
    }

    [Theory]
    [InlineData("Transfers depend on NHS bed availability, which the prison does not commission.", "Prison teams will ensure that referrals are made on time.")]
    [InlineData(null, "The recommendation cannot be fully accepted as external factors could prevent transfers within the time limit.")]
    [InlineData(null, "Prison teams will make referrals on time. Full delivery is not possible due to national bed shortages.")]
    [InlineData(null, "This is partly agreed because the gym cannot open at weekends.")]
    public void Quiet_when_a_reason_is_given_in_the_field_or_the_response(string? reason, string response)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.15", "Partly Agreed", reason, (response, "Governor", "Ongoing")));
        TestPlans.Analyze(new PartlyAgreedWithoutReasonRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Agreed")]
    [InlineData("Not Agreed")] // PL7003
    public void Quiet_for_other_statuses(string agreement)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.1", agreement, null, ("Referrals will be made on time.", "Governor", "July 2022")));
        TestPlans.Analyze(new PartlyAgreedWithoutReasonRule(), plan).ShouldBeEmpty();
    }
}
