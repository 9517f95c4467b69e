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
        Description: "The file could not be read as an action plan: it is missing, malformed, or does not match schema/action-plan.schema.json.",
        Name: "InvalidPlan")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public static readonly RuleDescriptor AnalyzerFailure = new(
        RuleIds.AnalyzerFailure,
        "A rule failed while analysing the plan",
        "Rule {0} failed and was skipped for this plan: {1}",
        RuleCategory.Structure,
        Severity.Error,
        Description: "An analyzer threw an exception. Its other findings for this plan are discarded; every other rule still ran.",
        Name: "AnalyzerFailure")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public static readonly RuleDescriptor SuppressionWithoutJustification = new(
        RuleIds.SuppressionWithoutJustification,
        "Suppressions must say why the finding is acceptable",
        "Suppression of {0} on {1} has no justification; say why the finding is acceptable",
        RuleCategory.Structure,
        Severity.Error,
        Description: "A suppression silences a finding for everyone who reads the plan later; without a justification nobody can tell whether the decision still holds.",
        Name: "SuppressionWithoutJustification");

    public static readonly RuleDescriptor UnusedSuppression = new(
        RuleIds.UnusedSuppression,
        "Suppressions must match a finding",
        "Suppression of {0} on {1} matches no finding{2}; remove it",
        RuleCategory.Structure,
        Severity.Warning,
        Description: "A suppression that no longer matches any finding hides nothing today but would silently hide a new problem tomorrow.",
        Name: "UnusedSuppression");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [InvalidPlan, SuppressionWithoutJustification, UnusedSuppression, AnalyzerFailure];
}
