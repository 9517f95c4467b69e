using PlanLint.Diagnostics;
using PlanLint.Rules.Agreement;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class ReasonWithoutCategoryRuleTests
{
    [Fact]
    public void Fires_on_a_reason_in_the_response_that_names_no_category()
    {
        const string response = "This recommendation is partly agreed. The Government have committed to a statutory time limit. "
            + "The recommendation cannot be fully accepted as there are external factors that could prevent placements. Teams will refer promptly.";
        var plan = TestPlans.Recommendations(new TestRecommendation("7.15", "Partly Agreed", null, (response, "Governor", "Ongoing")));
        var d = TestPlans.Analyze(new ReasonWithoutCategoryRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(ReasonWithoutCategoryRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe("The reason recommendation 7.15 is Partly Agreed ('The recommendation cannot be fully accepted as there are external factors that…') does not say whether it is a commissioning, policy, operational or affordability reason; say which");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/text");
    }

    [Fact]
    public void Fires_on_a_reason_field_that_names_no_category()
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.4", "Not Agreed", "We do not think this is needed."));
        var d = TestPlans.Analyze(new ReasonWithoutCategoryRule(), plan).ShouldHaveSingleItem();
        d.Message.ShouldBe("The reason recommendation 7.4 is Not Agreed ('We do not think this is needed.') does not say whether it is a commissioning, policy, operational or affordability reason; say which");
        d.Location.Pointer.ShouldBe("/concerns/0/reason");
    }

    [Theory]
    [InlineData("This is an operational reason: the wings cannot be unlocked at once.")]
    [InlineData("Not affordable: no funding is available for a second gym.")]
    [InlineData("National policy requires all prisoners to be searched.")]
    [InlineData("Mental health beds are commissioned by NHS England, not the prison.")]
    public void Quiet_when_the_reason_names_its_category(string reason)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.4", "Not Agreed", reason));
        TestPlans.Analyze(new ReasonWithoutCategoryRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Looks_for_the_category_only_in_the_sentences_that_give_the_reason()
    {
        // "statutory" names a policy, but not in the sentence that says why the recommendation is only partly agreed.
        const string response = "The Government have committed to a statutory time limit. The recommendation cannot be fully accepted as beds may not be available.";
        var plan = TestPlans.Recommendations(new TestRecommendation("7.15", "Partly Agreed", null, (response, "Governor", "Ongoing")));
        TestPlans.Analyze(new ReasonWithoutCategoryRule(), plan).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Agreed", "We do not think this is needed.")]
    [InlineData("Partly Agreed", null)] // no reason at all: PL7002
    public void Quiet_when_there_is_no_reason_to_judge(string agreement, string? reason)
    {
        var plan = TestPlans.Recommendations(new TestRecommendation("7.4", agreement, reason, ("Referrals will be made on time.", "Governor", "July 2022")));
        TestPlans.Analyze(new ReasonWithoutCategoryRule(), plan).ShouldBeEmpty();
    }
}
