namespace PlanLint.Diagnostics;

/// <summary>
/// How often a rule's findings are right, as SARIF and GitHub code scanning rank it: rules that check
/// a field is present are very high; rules that match phrases in free text are medium or lower.
/// </summary>
public enum RulePrecision
{
    VeryHigh,
    High,
    Medium,
    Low,
}

public static class RulePrecisionNames
{
    /// <summary>The value of SARIF's <c>properties.precision</c>.</summary>
    public static string ToSarifName(this RulePrecision precision) => precision switch
    {
        RulePrecision.VeryHigh => "very-high",
        RulePrecision.High => "high",
        RulePrecision.Medium => "medium",
        _ => "low",
    };
}
