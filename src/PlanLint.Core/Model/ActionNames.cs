using System.Globalization;
using PlanLint.Text;

namespace PlanLint.Model;

/// <summary>
/// The one way messages name actions, in rules and reading findings alike: by number within their recommendation
/// ("action 2 of recommendation 4.1"), by number alone ("action 9", "actions 1–7") and by their opening words
/// ("'Bids will be submitted to…'"), so a reviewer finds the place in a Word document without line numbers.
/// </summary>
public static class ActionNames
{
    /// <summary>"action 2 of recommendation 4.1".</summary>
    public static string InRecommendation(int index, string recommendationId) =>
        string.Create(CultureInfo.InvariantCulture, $"action {index} of recommendation {recommendationId}");

    /// <summary>"action 2 of recommendation 4.1".</summary>
    public static string InRecommendation(Concern concern, PlanAction action) => InRecommendation(action.Index, concern.Id);

    /// <summary>"Action 2 of recommendation 4.1", to begin a sentence.</summary>
    public static string InRecommendationAtStart(int index, string recommendationId) =>
        "A" + InRecommendation(index, recommendationId)[1..];

    /// <summary>The length of the quoted opening words, in characters.</summary>
    public const int OpeningLength = 32;

    /// <summary>"action 9", "actions 1–7", "actions 2, 5–6".</summary>
    public static string Of(IReadOnlyList<PlanAction> actions)
    {
        if (actions.Count == 1) return string.Create(CultureInfo.InvariantCulture, $"action {actions[0].Index}");
        var indexes = new int[actions.Count];
        for (int i = 0; i < indexes.Length; i++) indexes[i] = actions[i].Index;
        var ranges = new List<string>();
        for (int i = 0; i < indexes.Length;)
        {
            int j = i;
            while (j + 1 < indexes.Length && indexes[j + 1] == indexes[j] + 1) j++;
            ranges.Add(i == j
                ? indexes[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{indexes[i]}\u2013{indexes[j]}"));
            i = j + 1;
        }

        return "actions " + string.Join(", ", ranges);
    }

    /// <summary>"'Bids will be submitted to…'"; for several actions, the first's and how many more.</summary>
    public static string Opening(IReadOnlyList<PlanAction> actions)
    {
        string quote = Opening(actions[0]);
        return actions.Count == 1 ? quote : string.Create(CultureInfo.InvariantCulture, $"{quote} and {actions.Count - 1} more");
    }

    public static string Opening(PlanAction action) => "'" + PlanQuote.Of(action.Text, OpeningLength) + "'";
}
