namespace PlanLint.Linting.Packs;

/// <summary>"required": flags a field that mentions none of the phrases or patterns.</summary>
public sealed class RequiredRule(DeclarativeRuleDefinition definition, TextPatterns patterns) : DeclarativeRule(definition)
{
    public static readonly IReadOnlyList<string> Placeholders = [];

    protected override IEnumerable<IReadOnlyDictionary<string, string>> Check(string text)
    {
        if (patterns.Find(text).Count == 0)
            yield return new Dictionary<string, string>();
    }
}
