namespace PlanLint.Linting.Packs;

/// <summary>"existence": flags each different phrase or pattern match found in the field ({match}).</summary>
public sealed class ExistenceRule(DeclarativeRuleDefinition definition, TextPatterns patterns) : DeclarativeRule(definition)
{
    public static readonly IReadOnlyList<string> Placeholders = ["match"];

    protected override IEnumerable<IReadOnlyDictionary<string, string>> Check(string text) =>
        patterns.Find(text)
            .DistinctBy(m => m.Text.ToLowerInvariant())
            .Select(m => new Dictionary<string, string> { ["match"] = m.Text });
}
