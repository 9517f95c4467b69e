using PlanLint.Text;

namespace PlanLint.Linting.Packs;

/// <summary>"substitution": flags each phrase of "swap" found in the field ({match}) and suggests its replacement ({suggestion}).</summary>
public sealed class SubstitutionRule : DeclarativeRule
{
    public static readonly IReadOnlyList<string> Placeholders = ["match", "suggestion"];

    private readonly PhraseMatcher matcher;
    private readonly Dictionary<string, string> swap;

    public SubstitutionRule(DeclarativeRuleDefinition definition, IReadOnlyDictionary<string, string> swap)
        : base(definition)
    {
        this.swap = new Dictionary<string, string>(swap, StringComparer.Ordinal);
        matcher = new PhraseMatcher(swap.Keys);
    }

    protected override IEnumerable<IReadOnlyDictionary<string, string>> Check(string text) =>
        matcher.Matches(text)
            .DistinctBy(m => m.Phrase)
            .Select(m => new Dictionary<string, string>
            {
                ["match"] = text.Substring(m.Start, m.Length),
                ["suggestion"] = swap[m.Phrase],
            });
}
