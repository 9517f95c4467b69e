using PlanLint.Analysis;
using PlanLint.Model;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Relevant;

/// <summary>What PL6001 and PL6002 share: how an action's wording is compared, and the options that tune it.</summary>
internal static class ActionSimilarity
{
    public static readonly RuleOption<double> Similarity = RuleOption.Number(
        "similarity",
        0.7,
        "The share of the shorter action's three-word runs (shingles) that the other action must also hold for the two to count as alike.",
        minimum: 0,
        maximum: 1);

    public static readonly RuleOption<int> MinimumWords = RuleOption.Integer(
        "minimumWords",
        6,
        "Actions with fewer topic words than this are never matched.",
        minimum: NearDuplicateOptions.Default.ShingleSize);

    /// <summary>The options PL6001 and PL6002 share.</summary>
    public static IReadOnlyList<RuleOption> Options { get; } = [Similarity, MinimumWords];

    /// <summary>Related locations listed per finding; the rest are counted in the message.</summary>
    public const int MaxRelated = 10;

    public static NearDuplicateIndex CreateIndex(RuleOptions options)
    {
        int shingle = NearDuplicateOptions.Default.ShingleSize;
        int minimumWords = options.Get(MinimumWords);
        return new NearDuplicateIndex(new NearDuplicateOptions
        {
            Similarity = options.Get(Similarity),
            MinimumShingles = minimumWords - shingle + 1,
        });
    }

    // The index compares an action's content words, stemmed, in order, as shingles; PL6001 and PL6002 share them.
    private static readonly TextAnalysis<ulong[]> ShingleSets = new((text, context) =>
        NearDuplicateIndex.Shingles(context.WordingOf(text).ContentStems(dropGenericWords: false), NearDuplicateOptions.Default.ShingleSize));

    /// <summary>What the index compares of an action (<see cref="NearDuplicateIndex.Shingles"/>).</summary>
    public static ulong[] Shingles(PlanAction action, RuleContext context) => context.Analyze(ShingleSets, action.Text);

    public static string Describe(Concern concern, PlanAction action) =>
        $"{ActionNames.InRecommendation(concern, action)} ('{PlanQuote.Of(action.Text)}')";
}
