namespace PlanLint.Tests.Corpus;

/// <summary>
/// Every expected finding on the corpus carries a reviewer's verdict (right / wrong / debatable, one line why), written
/// directly above it in &lt;name&gt;.expected-findings.txt; a finding without one fails, so a new finding cannot land
/// unjudged.
/// </summary>
public sealed class CorpusPrecisionTests
{
    public static TheoryData<string> Plans() => PublishedTextCorpusTests.Plans();

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_expected_finding_has_a_verdict(string name)
    {
        var reviewed = ReviewedFindings.Load(name);
        reviewed.Problems.ShouldBeEmpty(string.Join("\n", reviewed.Problems));
        reviewed.Findings.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_finding_without_a_verdict_a_malformed_verdict_and_a_stray_verdict_are_problems()
    {
        var reviewed = ReviewedFindings.Parse("sample",
        [
            "# header",
            "",
            "# verdict: right — the owner cell beside it is empty",
            "PL1001 rec 1/action 1: Action 1 of recommendation 1 has no responsible owner",
            "PL2001 rec 1/action 1: Action 1 of recommendation 1 has no target date",
            "# verdict: maybe — unsure",
            "PL1002 rec 2/action 1: Owner 'HMPPS'",
            "# verdict: wrong — left behind",
            "# a note between the verdict and its finding",
            "PL3002 rec 3/action 1: hedges",
            "# miss: PL4001 rec 9/action 5 — a review in the present tense",
            "# miss: a miss without a rule",
        ]);

        reviewed.Findings.ShouldBe([new ReviewedFinding("PL1001 rec 1/action 1: Action 1 of recommendation 1 has no responsible owner", Verdict.Right, "the owner cell beside it is empty")]);
        reviewed.Findings[0].RuleId.ShouldBe("PL1001");
        reviewed.Misses.ShouldBe([new KnownMiss("PL4001", "rec 9/action 5", "a review in the present tense")]);
        reviewed.Problems.Count.ShouldBe(6);
        reviewed.Problems[0].ShouldStartWith("sample.expected-findings.txt(5): no verdict above 'PL2001");
        reviewed.Problems[1].ShouldStartWith("sample.expected-findings.txt(6): malformed verdict");
        reviewed.Problems[2].ShouldStartWith("sample.expected-findings.txt(7): no verdict above 'PL1002");
        reviewed.Problems[3].ShouldStartWith("sample.expected-findings.txt(8): verdict not directly above a finding");
        reviewed.Problems[4].ShouldStartWith("sample.expected-findings.txt(10): no verdict above 'PL3002");
        reviewed.Problems[5].ShouldStartWith("sample.expected-findings.txt(12): malformed miss");
    }
}
