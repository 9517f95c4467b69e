namespace PlanLint.Diagnostics;

/// <summary>Findings that come from the engine and readers rather than from a rule.</summary>
public static class EngineDiagnostics
{
    public static readonly RuleDescriptor InvalidPlan = new(
        RuleIds.InvalidPlan,
        "The plan file must be readable and match the action plan schema",
        "{0}",
        RuleCategory.Structure,
        Severity.Error,
        Description: "The file could not be read as an action plan: it is missing, malformed, or does not match schema/action-plan.schema.json.")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public static readonly RuleDescriptor AnalyzerFailure = new(
        RuleIds.AnalyzerFailure,
        "A rule failed while analysing the plan",
        "Rule {0} failed and was skipped for this plan: {1}",
        RuleCategory.Structure,
        Severity.Error,
        Description: "An analyzer threw an exception. Its other findings for this plan are discarded; every other rule still ran.")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [InvalidPlan, AnalyzerFailure];
}
