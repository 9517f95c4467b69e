using CsCheck;
using PlanLint.Rules.Relevant;

namespace PlanLint.Tests.Text;

public sealed class NearDuplicateIndexTests
{
    private static string[] Words(string text) => text.Split(' ');

    [Fact]
    public void Finds_identical_near_and_contained_texts_and_nothing_else()
    {
        var index = new NearDuplicateIndex();
        int a = index.Add(Words("safety survey conducted annually included violence reduction action plan"));
        int b = index.Add(Words("safety survey conducted annually included violence reduction action plan"));
        int c = index.Add(Words("prisoner safety survey conducted annually included violence reduction action plan monitored"));
        int d = index.Add(Words("new local pay policy introduced reflect skills gained rather incentive levels"));
        int e = index.Add(Words("short text"));

        var similar = index.FindSimilar();
        similar.SimilarTo(a).ShouldBe([b, c]);
        similar.SimilarTo(c).ShouldBe([a, b]);
        similar.SimilarTo(d).ShouldBeEmpty();
        similar.SimilarTo(e).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(0.9, false)]
    public void The_threshold_is_data(double threshold, bool expected)
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Similarity = threshold });
        index.Add(Words("new local pay policy introduced reflect skills gained encourage cleaners work"));
        index.Add(Words("new local pay policy introduced reflect skills gained rather incentive levels"));
        (index.FindSimilar().SimilarTo(0).Count > 0).ShouldBe(expected);
    }

    /// <summary>
    /// Below the boilerplate cap (fewer texts than <see cref="NearDuplicateOptions.MaxShingleFrequency"/>), the index finds
    /// exactly the pairs an all-pairs comparison of their distinct shingles finds.
    /// </summary>
    [Fact]
    public void Finds_exactly_the_pairs_an_all_pairs_comparison_finds()
    {
        // Few words, so texts share shingles often and one shingle is held by several texts.
        var text = Gen.Int[0, 2].Select(i => "w" + i).Array[0, 12];
        Gen.Select(text.Array[0, 20], Gen.Double[0.3, 1.0]).Sample((texts, threshold) =>
        {
            var options = new NearDuplicateOptions { Similarity = threshold, MinimumShingles = 2 };
            var index = new NearDuplicateIndex(options);
            var shingles = texts.Select(t => NearDuplicateIndex.Shingles(t, options.ShingleSize)).ToList();
            foreach (var t in texts) index.Add(t);
            var similar = index.FindSimilar();
            for (int i = 0; i < texts.Length; i++)
            {
                var expected = Enumerable.Range(0, texts.Length).Where(j => j != i
                    && shingles[i].Length >= options.MinimumShingles && shingles[j].Length >= options.MinimumShingles
                    && (double)shingles[i].Intersect(shingles[j]).Count() / Math.Min(shingles[i].Length, shingles[j].Length) >= threshold);
                similar.SimilarTo(i).ShouldBe(expected, $"text {i} of {texts.Length}");
            }
        });
    }

    [Fact]
    public void Shingles_are_the_distinct_word_runs_sorted()
    {
        Gen.Int[0, 4].Select(i => "w" + i).Array[0, 15].Sample(words =>
        {
            var shingles = NearDuplicateIndex.Shingles(words, 3);
            int runs = Enumerable.Range(0, Math.Max(0, words.Length - 2)).Select(i => string.Join(' ', words[i..(i + 3)])).Distinct().Count();
            shingles.Length.ShouldBe(runs);
            for (int i = 1; i < shingles.Length; i++) shingles[i].ShouldBeGreaterThan(shingles[i - 1]);
        });
    }

    [Fact]
    public void Results_do_not_depend_on_insertion_order()
    {
        var texts = SyntheticPlan(300, seed: 7).Texts;
        var forward = new NearDuplicateIndex();
        foreach (var t in texts) forward.Add(t);
        var backward = new NearDuplicateIndex();
        for (int i = texts.Count - 1; i >= 0; i--) backward.Add(texts[i]);

        var f = forward.FindSimilar();
        var b = backward.FindSimilar();
        for (int i = 0; i < texts.Count; i++)
        {
            var viaBackward = b.SimilarTo(texts.Count - 1 - i).Select(j => texts.Count - 1 - j).Order();
            f.SimilarTo(i).ShouldBe(viaBackward);
        }
    }

    /// <summary>
    /// The work is counted, not timed: growing the plan tenfold (with the same share of copies and of boilerplate) must grow
    /// the exact comparisons about tenfold, not a hundredfold, while every planted copy is still found. (Somewhat more than
    /// tenfold: shingles shared by chance grow with the plan until the frequency cap drops them.) The same plans without
    /// the cap show that the count would otherwise grow with the square, so the assertion can fail.
    /// </summary>
    [Fact]
    public void Candidate_comparisons_grow_linearly_with_the_plan()
    {
        var small = Compare(SyntheticPlan(1_000, seed: 1), NearDuplicateOptions.Default);
        var large = Compare(SyntheticPlan(10_000, seed: 2), NearDuplicateOptions.Default);

        small.Missed.ShouldBe(0);
        large.Missed.ShouldBe(0);
        large.Comparisons.ShouldBeLessThanOrEqualTo(20 * small.Comparisons, $"1,000 actions: {small.Comparisons} comparisons; 10,000: {large.Comparisons}");
        large.Comparisons.ShouldBeLessThan(10_000L * 5);

        var uncapped = new NearDuplicateOptions { MaxShingleFrequency = int.MaxValue };
        var smallUncapped = Compare(SyntheticPlan(300, seed: 1), uncapped);
        var largeUncapped = Compare(SyntheticPlan(3_000, seed: 2), uncapped);
        largeUncapped.Comparisons.ShouldBeGreaterThan(50 * smallUncapped.Comparisons);
    }

    private static (long Comparisons, int Missed) Compare((List<string[]> Texts, List<(int Original, int Copy)> Copies) plan, NearDuplicateOptions options)
    {
        var index = new NearDuplicateIndex(options);
        foreach (var t in plan.Texts) index.Add(t);
        var similar = index.FindSimilar();
        int missed = plan.Copies.Count(p => !similar.SimilarTo(p.Copy).Contains(p.Original));
        return (index.CandidateComparisons, missed);
    }

    /// <summary>
    /// Actions of 12-24 words drawn from a 20,000-word vocabulary; a third end with the same boilerplate clause; one in
    /// twenty is an earlier action with one word changed.
    /// </summary>
    private static (List<string[]> Texts, List<(int Original, int Copy)> Copies) SyntheticPlan(int count, int seed)
    {
        var random = new Random(seed);
        string[] boilerplate = ["monitored", "monthly", "safety", "meeting", "senior", "management", "team"];
        var texts = new List<string[]>(count);
        var copies = new List<(int, int)>();
        for (int i = 0; i < count; i++)
        {
            if (i > 10 && i % 20 == 0)
            {
                int original = random.Next(i);
                var copy = (string[])texts[original].Clone();
                copy[random.Next(copy.Length)] = "changed" + i;
                texts.Add(copy);
                copies.Add((original, i));
                continue;
            }

            var words = Enumerable.Range(0, random.Next(12, 25)).Select(_ => "w" + random.Next(20_000)).ToList();
            if (i % 3 == 0) words.AddRange(boilerplate);
            texts.Add([.. words]);
        }

        return (texts, copies);
    }
}
