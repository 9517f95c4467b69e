using PlanLint.Diagnostics;
using PlanLint.Rules.Agreement;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class MissingAgreementStatusRuleTests
{
    private static readonly (string, string?, string?)[] OneAction = [("Terms of reference will be reviewed.", "Governor", "July 2022")];

    [Fact]
    public void Fires_on_a_recommendation_without_a_status()
    {
        var plan = TestPlans.Recommendations(
            new TestRecommendation("7.2", "Agreed", null, OneAction),
            new TestRecommendation("7.3", null, null, OneAction));
        var d = TestPlans.Analyze(new MissingAgreementStatusRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(MissingAgreementStatusRule.Id);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe("Recommendation 7.3 has no agreement status; say whether it is Agreed, Partly Agreed or Not Agreed");
        d.RecId.ShouldBe("7.3");
        d.Location.Pointer.ShouldBe("/concerns/1");
    }

    [Theory]
    [InlineData("Agreed")]
    [InlineData("Partly Agreed")]
    [InlineData("Not Agreed")]
    public void Quiet_when_a_status_is_given(string agreement)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.1", agreement, "Policy does not allow it.", OneAction));
        TestPlans.Analyze(new MissingAgreementStatusRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Quiet_for_a_concern_format_plan()
    {
        var plan = TestPlans.OneConcern(("Terms of reference will be reviewed.", "Governor", "July 2022"));
        TestPlans.Analyze(new MissingAgreementStatusRule(), plan).ShouldBeEmpty();
    }
}
