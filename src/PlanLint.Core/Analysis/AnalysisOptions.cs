using PlanLint.Configuration;
using PlanLint.Diagnostics;

namespace PlanLint.Analysis;

/// <summary>The effective configuration for one plan: severities and rule options after every config layer is applied.</summary>
public sealed record AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    /// <summary>Severity per rule id; wins over <see cref="CategorySeverities"/>.</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = RuleSeverityMap.Empty;

    public IReadOnlyDictionary<RuleCategory, Severity> CategorySeverities { get; init; } = CategoryMap<Severity>.Empty;

    public IReadOnlyDictionary<string, RuleOptions> RuleOptions { get; init; } = new Dictionary<string, RuleOptions>();

    public Severity EffectiveSeverity(RuleDescriptor descriptor)
    {
        if (RuleSeverities.TryGetValue(descriptor.Id, out var severity))
            return severity;
        if (CategorySeverities.TryGetValue(descriptor.Category, out severity) && descriptor.EnabledByDefault)
            return severity;
        return descriptor.EnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
    }

    public RuleOptions OptionsFor(string ruleId) =>
        RuleOptions.TryGetValue(ruleId, out var options) ? options : Analysis.RuleOptions.Empty;
}
