using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Rules.Specific;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Rules on pathological text (issue 9): one action of a megabyte, and phrases repeated tens of thousands of times, are
/// linted by every rule without a failure. The timeout only tells a hang from a slow run (the work takes about a second);
/// the shape tests below check the properties that keep the wording rules linear.
/// </summary>
public sealed class PathologicalTextTests
{
    private const int HangTimeout = 120_000;

    public static TheoryData<string> RepeatedTexts => new()
    {
        "The Governor will review the policy and the lead will report to the board at the monthly meeting, which may improve outcomes. ",
        "will will will review review ",
        "and the review will be carried out at the board and ",
        "by March 2025 and within 6 weeks ",
        "Yes. ",
        "self-harm-",
        // Issue 13's readings: who acts, conditions on steps, hedges by grammar, reviews under way, vague targets.
        "the contractor has a purchase order which is being carried out and will be made by the Trust when beds are made available where suitable ",
        "staff will be trained if deemed necessary and may be introduced and could open so that where required the backlog is reduced significantly ",
        "a review is underway and is considering and leaders are reviewing and has been and have a ",
    };

    [Theory(Timeout = HangTimeout)]
    [MemberData(nameof(RepeatedTexts))]
    public async Task A_one_megabyte_action_is_linted_by_every_rule(string phrase)
    {
        string text = Repeat(phrase, 1_000_000);
        var findings = await Task.Run(() => TestPlans.AnalyzeAll(TestPlans.OneConcern((text, "The Governor", "March 2025"))));
        findings.ShouldNotContain(d => d.Id == RuleIds.AnalyzerFailure);
        findings.ShouldAllBe(d => d.Message.Length < 2_000, "a finding quotes the action, it does not copy it");
    }

    [Fact(Timeout = HangTimeout)]
    public async Task Forty_thousand_repeats_of_will_are_read_as_that_many_commitments()
    {
        string text = string.Concat(Enumerable.Repeat("will will will review review ", 40_000));
        var wording = await Task.Run(() => ActionWording.Of(text));
        wording.Commitments.Count.ShouldBe(120_000);
        wording.Commitments.ShouldAllBe(c => c.Verb == c.Modal + 1);
        var findings = await Task.Run(() => TestPlans.AnalyzeAll(TestPlans.OneConcern((text, "The Governor", "March 2025"))));
        findings.ShouldContain(d => d.Id == BundledActionsRule.Id);
        findings.ShouldNotContain(d => d.Id == RuleIds.AnalyzerFailure);
    }

    [Fact]
    public void A_subject_never_reaches_back_past_the_will_before_it()
    {
        var wording = ActionWording.Of(Repeat("the head of residence will publish the offer the governor ", 5_000));
        wording.Commitments.Count.ShouldBeGreaterThan(50);
        for (int i = 1; i < wording.Commitments.Count; i++)
        {
            var (before, commitment) = (wording.Commitments[i - 1], wording.Commitments[i]);
            if (before.Sentence == commitment.Sentence)
                commitment.Clause.Start.ShouldBeGreaterThan(before.Modal);
        }
    }

    [Fact]
    public void The_subject_still_reaches_back_to_the_start_of_the_sentence_when_no_will_comes_before()
    {
        var wording = ActionWording.Of("A review of the use of force governance arrangements will be carried out.");
        wording.Slice(wording.Commitments.Single().Subject.Start, wording.Commitments.Single().Subject.End)
            .ShouldBe("A review of the use of force governance arrangements");
    }

    [Fact]
    public void Sentence_lookup_finds_every_token_in_its_own_sentence()
    {
        var wording = ActionWording.Of(Repeat("Staff will be trained. Leaders will review it; ", 2_000));
        foreach (var sentence in wording.Sentences)
        {
            wording.SentenceOf(sentence.Start).ShouldBe(sentence);
            wording.SentenceOf(sentence.End - 1).ShouldBe(sentence);
        }
    }

    [Fact]
    public void Matches_in_a_range_are_the_whole_text_matches_that_start_inside_it()
    {
        var forums = PhraseLists.Get(PhraseLists.MonitoringForums);
        var wording = ActionWording.Of("Reported at the Safety meeting, then to the Local Delivery Board and again at the Safety meeting.");
        var all = wording.Matches(forums);
        all.Count.ShouldBeGreaterThanOrEqualTo(2);
        var range = new TokenRange(all[1].TokenIndex, wording.Tokens.Count);
        wording.MatchesIn(forums, range).ShouldBe(all.Where(m => m.TokenIndex >= range.Start));
        wording.MatchesIn(forums, new TokenRange(0, all[0].TokenIndex)).ShouldBeEmpty();
    }

    [Fact]
    public void A_phrase_inside_an_exception_is_left_out_wherever_it_repeats()
    {
        var list = PhraseLists.Get(PhraseLists.WeakCommitments);
        string exception = list.Exceptions[0];
        string phrase = list.Phrases.Where(p => exception.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Length)!;
        string text = Repeat(exception + ". " + phrase + ". ", 20_000);
        var found = list.Find(text);
        found.Count.ShouldBe(CountOf(text, phrase + ". "), "each standalone phrase is found, none inside an exception");
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string Repeat(string phrase, int length)
    {
        var text = new StringBuilder(length + phrase.Length);
        while (text.Length < length) text.Append(phrase);
        return text.ToString();
    }
}
