using System.Text.Json;
using CsCheck;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.Language;
using PlanLint.Rules.Relevant;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class UnrelatedToConcernRuleTests
{
    private const string Kitchen = "Kitchen facilities and the quality of food were poor, and catering staff could not provide an appropriate range of food.";
    private const string Records = "Governance of clinical records and health appointments was poor, creating potential risks to patient care.";

    [Fact]
    public void Fires_on_an_action_that_belongs_to_another_concern()
    {
        var plan = TestPlans.Concerns(
            ("8", Kitchen, ["A new temporary kitchen has been introduced to allow a deep clean.", "Clinical records audits and health appointment scheduling will be checked by the practice manager."]),
            ("10", Records, ["New assurance processes have been implemented to monitor clinical records."]));

        var d = TestPlans.Analyze(new UnrelatedToConcernRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(UnrelatedToConcernRule.Id);
        d.Severity.ShouldBe(Severity.Note);
        d.RecId.ShouldBe("8");
        d.ActionIndex.ShouldBe(2);
        d.Message.ShouldBe("Action 2 of recommendation 8 ('Clinical records audits and health appointment scheduling…') shares no topic with its concern but several with recommendation 10 ('Clinical', 'records', 'health', 'appointment'); say how it addresses this concern or move it");
        d.RelatedLocations.ShouldHaveSingleItem().Location.Pointer.ShouldBe("/concerns/1/text");
    }

    [Theory]
    [InlineData("More variety is now on offer and extra food has been added to the daily menu.")] // shares "food"
    [InlineData("A deep clean and maintenance of the main kitchen will be carried out.")] // shares "kitchen"
    [InlineData("Staff will be trained to use the new ordering system for special diets.")] // unrelated to both concerns: nothing to move it to
    [InlineData("Healthcare will be consulted.")] // too short to judge
    public void Quiet_unless_the_action_clearly_belongs_elsewhere(string action)
    {
        var plan = TestPlans.Concerns(("8", Kitchen, [action]), ("10", Records, ["New assurance processes have been implemented."]));
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Generic_prison_words_do_not_count_as_sharing_but_a_related_stem_does()
    {
        var violence = "Leaders had not done enough to understand the drivers of violence.";
        var misplaced = "Prisoners and staff will review clinical records, health appointments, patient care plans and medication risks with the leaders.";
        var related = "Prisoners involved in violent incidents will have clinical records, health appointments, patient care plans and medication risks reviewed.";
        TestPlans.Analyze(new UnrelatedToConcernRule(), TestPlans.Concerns(("1", violence, [misplaced]), ("10", Records, []))).ShouldHaveSingleItem();
        TestPlans.Analyze(new UnrelatedToConcernRule(), TestPlans.Concerns(("1", violence, [related]), ("10", Records, []))).ShouldBeEmpty();
    }

    [Fact]
    public void How_much_it_must_share_elsewhere_is_an_option()
    {
        var plan = TestPlans.Concerns(
            ("8", Kitchen, ["Clinical records audits and health appointment scheduling will be checked by the practice manager."]),
            ("10", Records, []));
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan, TestPlans.RuleOption(UnrelatedToConcernRule.Id, "minimumSharedElsewhere", "5")).ShouldBeEmpty();
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan, TestPlans.RuleOption(UnrelatedToConcernRule.Id, "minimumShareElsewhere", "0.6")).ShouldBeEmpty();
    }

    [Fact]
    public void A_few_words_shared_elsewhere_among_many_are_not_enough()
    {
        var plan = TestPlans.Concerns(
            ("1.2", "Much reduced time out of cell contributed to dirty conditions.", ["A review of unit based risk assessments has been carried out so that cleaners are unlocked for cleaning every session, including when staffing is restricted to facilitate the split regime and activity."]),
            ("1.3", "Leaders had not established a predictable regime in which prisoners attended their allocated activity; sessions were cancelled.", []));
        TestPlans.Analyze(new UnrelatedToConcernRule(), plan).ShouldBeEmpty();
    }

    // Ten topic words with ten different keys: few enough that concerns and actions share keys, and tie, often.
    private static readonly string[] Vocabulary = ["kitchen", "library", "gardens", "laundry", "chapel", "pottery", "bicycle", "orchard", "tractor", "carpentry"];

    /// <summary>
    /// On random plans that repeat their concerns and actions, the rule finds exactly what comparing every action with
    /// every other concern finds: the first concern in plan order, other than its own, with the most shared keys.
    /// </summary>
    [Fact]
    public void Finds_exactly_what_an_all_pairs_comparison_finds()
    {
        Vocabulary.Select(w => UnrelatedToConcernRule.Keys(ActionWording.Of(w)).ShouldHaveSingleItem()).Distinct().Count().ShouldBe(Vocabulary.Length);

        Gen<string> Text(int minimumWords, int maximumWords) =>
            Gen.Int[0, Vocabulary.Length - 1].Array[minimumWords, maximumWords].Select(words => string.Join(' ', words.Select(w => Vocabulary[w])) + ".");
        var plan = Gen.Select(Text(3, 7).Array[1, 5], Text(1, 5).Array[1, 6]).SelectMany((concernTexts, actionTexts) =>
            Gen.Select(Gen.Int[0, concernTexts.Length - 1], Gen.Int[0, actionTexts.Length - 1].Array[0, 4])
                .Select((c, actions) => (Text: concernTexts[c], Actions: actions.Select(a => actionTexts[a]).ToArray()))
                .Array[1, 12]);
        var thresholds = Gen.Select(Gen.Int[1, 4], Gen.Int[1, 3], Gen.Int[0, 6].Select(tenths => tenths / 10.0));

        Gen.Select(plan, thresholds).Sample((concerns, t) =>
        {
            var (minimumWords, minimumElsewhere, minimumShare) = t;
            var json = TestPlans.Concerns([.. concerns.Select((c, i) => ("c" + i, c.Text, c.Actions))]);
            var options = new AnalysisOptions
            {
                RuleOptions = new Dictionary<string, RuleOptions>
                {
                    [UnrelatedToConcernRule.Id] = new(new Dictionary<string, JsonElement>
                    {
                        [UnrelatedToConcernRule.MinimumWords.Name] = JsonSerializer.SerializeToElement(minimumWords),
                        [UnrelatedToConcernRule.MinimumSharedElsewhere.Name] = JsonSerializer.SerializeToElement(minimumElsewhere),
                        [UnrelatedToConcernRule.MinimumShareElsewhere.Name] = JsonSerializer.SerializeToElement(minimumShare),
                    }),
                },
            };

            var found = TestPlans.Analyze(new UnrelatedToConcernRule(), json, options)
                .Select(d => (d.RecId, d.ActionIndex, Other: d.RelatedLocations.ShouldHaveSingleItem().Location.Pointer));
            var expected = AllPairs(concerns, minimumWords, minimumElsewhere, minimumShare)
                .Select(f => ((string?)("c" + f.Concern), (int?)(f.Action + 1), (string?)$"/concerns/{f.Other}/text"));
            found.ShouldBe(expected);
        }, iter: 5_000);
    }

    private static IEnumerable<(int Concern, int Action, int Other)> AllPairs((string Text, string[] Actions)[] concerns, int minimumWords, int minimumElsewhere, double minimumShare)
    {
        var concernKeys = concerns.Select(c => UnrelatedToConcernRule.Keys(ActionWording.Of(c.Text))).ToList();
        for (int ci = 0; ci < concerns.Length; ci++)
        {
            if (concernKeys[ci].Count < UnrelatedToConcernRule.MinimumConcernWords) continue;
            for (int ai = 0; ai < concerns[ci].Actions.Length; ai++)
            {
                var keys = UnrelatedToConcernRule.Keys(ActionWording.Of(concerns[ci].Actions[ai]));
                if (keys.Count < minimumWords || keys.Overlaps(concernKeys[ci])) continue;
                var (other, shared) = Enumerable.Range(0, concerns.Length)
                    .Where(j => j != ci)
                    .Select(j => (Concern: j, Shared: keys.Count(concernKeys[j].Contains)))
                    .OrderByDescending(c => c.Shared).ThenBy(c => c.Concern)
                    .FirstOrDefault((-1, 0));
                if (shared >= minimumElsewhere && shared >= minimumShare * keys.Count) yield return (ci, ai, other);
            }
        }
    }

    [Fact]
    public void The_index_names_the_first_concern_in_plan_order_among_repeated_and_tied_ones()
    {
        HashSet<string> Set(params string[] keys) => new(keys, StringComparer.Ordinal);
        var index = new SharedKeyIndex([Set("a", "b"), Set("c", "d", "e"), Set("b", "a"), Set("a", "c"), Set("c", "d", "e"), Set()]);

        index.MostShared(Set("a", "b", "x")).ShouldBe((0, 2));
        index.MostShared(Set("c", "d")).ShouldBe((1, 2));
        index.MostShared(Set("a", "c")).ShouldBe((3, 2));
        index.MostShared(Set("a", "e")).ShouldBe((0, 1));
        index.MostShared(Set("x", "y")).ShouldBe((-1, 0));
    }

    /// <summary>
    /// The work is counted, not timed: a plan ten times the size, repeating the same concerns and actions, must cost at
    /// most about ten times the walking (issue 18: 10× actions ≤ 12× time). Walking each concern's keys for each action,
    /// as the rule did before concerns were grouped, grows with the square of the plan, so the assertion can fail.
    /// </summary>
    [Fact]
    public void Work_grows_linearly_with_a_plan_that_repeats_its_concerns()
    {
        var (small, smallUngrouped) = ChainSteps(concerns: 125, seed: 1);
        var (large, largeUngrouped) = ChainSteps(concerns: 1_250, seed: 2);

        large.ShouldBeLessThanOrEqualTo(12 * small, $"1,000 actions: {small} steps; 10,000: {large}");
        largeUngrouped.ShouldBeGreaterThan(50 * smallUngrouped);
    }

    /// <summary>
    /// Chain steps for a plan of <paramref name="concerns"/> concerns of eight actions each, drawn from 40 concern and 200
    /// action key sets over 60 keys; and the steps of walking every concern (not group) for every action.
    /// </summary>
    private static (long Steps, long Ungrouped) ChainSteps(int concerns, int seed)
    {
        var random = new Random(seed);
        HashSet<string> KeySet(int count) => new(Enumerable.Range(0, count).Select(_ => "k" + random.Next(60)), StringComparer.Ordinal);
        var concernPool = Enumerable.Range(0, 40).Select(_ => KeySet(6)).ToList();
        var actionPool = Enumerable.Range(0, 200).Select(_ => KeySet(8)).ToList();
        var concernKeys = Enumerable.Range(0, concerns).Select(_ => concernPool[random.Next(concernPool.Count)]).ToList();

        var index = new SharedKeyIndex(concernKeys);
        long ungrouped = 0;
        for (int i = 0; i < concerns * 8; i++)
        {
            var keys = new HashSet<string>(actionPool[random.Next(actionPool.Count)], StringComparer.Ordinal);
            index.MostShared(keys);
            ungrouped += concernKeys.Sum(c => keys.Count(c.Contains));
        }

        return (index.ChainSteps, ungrouped);
    }
}
