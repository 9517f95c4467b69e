using PlanLint.Diagnostics;
using PlanLint.Rules.Relevant;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>
/// The design examples of PL6001 on excerpts of two published plans (tests/PlanLint.Tests/Fixtures/Corpus, copied from the
/// corpus as read by the text reader): every finding is listed, so a new finding or a lost one fails.
/// </summary>
public sealed class RelevantRulesCorpusExcerptTests
{
    private static IReadOnlyList<Diagnostic> Run(PlanLint.Analysis.PlanAnalyzer rule, string file) =>
        TestPlans.Analyze(rule, File.ReadAllText(Repo.Fixture("corpus-excerpts", file)));

    [Fact]
    public void Long_Lartin_7_repeats_1_and_13_shares_the_pay_policy_of_5()
    {
        var findings = Run(new DuplicateActionRule(), "long-lartin-2025-excerpt.plan.json");

        findings.Select(d => $"{d.LogicalName} ~ {string.Join(",", d.RelatedLocations.Select(r => r.Location.Pointer))}").ShouldBe(
        [
            "rec 7/action 1 ~ /concerns/0/actions/0/text",
            "rec 7/action 2 ~ /concerns/0/actions/1/text",
            "rec 7/action 3 ~ /concerns/0/actions/2/text",
            "rec 7/action 4 ~ /concerns/0/actions/3/text",
            "rec 7/action 11 ~ /concerns/0/actions/6/text",
            "rec 7/action 12 ~ /concerns/0/actions/7/text",
            "rec 13/action 4 ~ /concerns/2/actions/2/text",
        ]);
        findings.Last().Message.ShouldBe("Action 4 of recommendation 13 repeats action 3 of recommendation 5 ('A new local pay policy will be introduced to reflect skills…'); write an action specific to this concern or refer to the shared one");
    }

    [Fact]
    public void Whitemoor_repeats_the_regime_risk_assessment_and_booking_reviews()
    {
        Run(new DuplicateActionRule(), "whitemoor-2023-excerpt.plan.json").Select(d => d.LogicalName).ShouldBe(
        [
            "rec 1.2/action 4", // the bi-monthly booking-system review of 1.1
            "rec 1.3/action 1", // the regime review of 1.2
            "rec 1.7/action 1", // the risk-assessment review of 1.2
        ]);
    }

    [Theory]
    [InlineData("long-lartin-2025-excerpt.plan.json")]
    [InlineData("whitemoor-2023-excerpt.plan.json")]
    public void Nothing_is_repeated_within_a_concern_or_misplaced(string file)
    {
        Run(new RepeatedWithinConcernRule(), file).ShouldBeEmpty();
        Run(new UnrelatedToConcernRule(), file).ShouldBeEmpty();
    }
}
