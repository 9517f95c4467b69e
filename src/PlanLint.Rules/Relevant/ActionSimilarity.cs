using PlanLint.Analysis;
using PlanLint.Model;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Relevant;

/// <summary>What PL6001 and PL6002 share: how an action's wording is compared, and the options that tune it.</summary>
internal static class ActionSimilarity
{
    public const string SimilarityOption = "similarity";
    public const string MinimumWordsOption = "minimumWords";
    public const double DefaultSimilarity = 0.7;
    public const int DefaultMinimumWords = 6;

    /// <summary>Related locations listed per finding; the rest are counted in the message.</summary>
    public const int MaxRelated = 10;

    public static NearDuplicateIndex CreateIndex(RuleOptions options)
    {
        int shingle = NearDuplicateOptions.Default.ShingleSize;
        int minimumWords = Math.Max(shingle, options.GetInt32(MinimumWordsOption, DefaultMinimumWords));
        return new NearDuplicateIndex(new NearDuplicateOptions
        {
            Similarity = Math.Clamp(options.GetDouble(SimilarityOption, DefaultSimilarity), 0.0, 1.0),
            MinimumShingles = minimumWords - shingle + 1,
        });
    }

    // The index compares an action's content words, stemmed, in order, as shingles; PL6001 and PL6002 share them.
    private static readonly TextAnalysis<ulong[]> ShingleSets = new((text, context) =>
        NearDuplicateIndex.Shingles(context.WordingOf(text).ContentStems(dropGenericWords: false), NearDuplicateOptions.Default.ShingleSize));

    /// <summary>What the index compares of an action (<see cref="NearDuplicateIndex.Shingles"/>).</summary>
    public static ulong[] Shingles(PlanAction action, RuleContext context) => context.Analyze(ShingleSets, action.Text);

    public static string Describe(Concern concern, PlanAction action) =>
        $"action {action.Index} of recommendation {concern.Id} ('{PlanQuote.Of(action.Text)}')";
}
