using PlanLint.Diagnostics;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>The wording rules read free text: whatever it holds, they report or stay quiet, and never fail (PL9999).</summary>
public sealed class SmartRulesOddTextTests
{
    public static TheoryData<string> OddTexts() =>
    [
        "",
        "   ",
        "...;;;,,,",
        "will",
        "will will will will.",
        "Will be.",
        "and will, and will; or will - which will",
        "There will be a",
        "c£8.5m 100% 1-2-1 24/7 e.g. i.e. etc.",
        "İSTANBUL ÇAĞRI will be reviewed; ß ﬁ ǅ",
        "The review " + string.Concat(Enumerable.Repeat("and the strategy will be reviewed, ", 400)),
        new string('a', 5_000),
    ];

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void No_rule_fails_on_odd_text(string text)
    {
        var plan = TestPlans.Concerns(
            ("1", text, [text, text]),
            ("2", "Violence was too high and leaders had not done enough.", [text]));
        TestPlans.AnalyzeAll(plan).ShouldNotContain(d => d.Id == RuleIds.AnalyzerFailure);
    }
}
