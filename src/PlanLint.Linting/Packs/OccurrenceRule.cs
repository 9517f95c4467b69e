using System.Globalization;
using PlanLint.Text;

namespace PlanLint.Linting.Packs;

/// <summary>
/// "occurrence": flags a field with fewer than min or more than max matches ({count}, {min}, {max});
/// with no phrases or patterns it counts words, e.g. to keep actions short.
/// </summary>
public sealed class OccurrenceRule(DeclarativeRuleDefinition definition, TextPatterns patterns, int? min, int? max) : DeclarativeRule(definition)
{
    public static readonly IReadOnlyList<string> Placeholders = ["count", "min", "max"];

    protected override IEnumerable<IReadOnlyDictionary<string, string>> Check(string text)
    {
        int count = patterns.IsEmpty ? WordTokenizer.Tokenize(text).Count : patterns.Find(text).Count;
        if (count < (min ?? 0) || count > (max ?? int.MaxValue))
        {
            yield return new Dictionary<string, string>
            {
                ["count"] = count.ToString(CultureInfo.InvariantCulture),
                ["min"] = min?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["max"] = max?.ToString(CultureInfo.InvariantCulture) ?? "",
            };
        }
    }
}
