namespace PlanLint.Diagnostics;

/// <summary>The SMART dimension a rule checks, or the plan's structure.</summary>
public enum RuleCategory
{
    Structure,
    Accountable,
    TimeBound,
    Specific,
    Measurable,
    Achievable,
    Relevant,
    Agreement,
}

public static class RuleCategoryNames
{
    /// <summary>The name used in documentation, configuration and SARIF tags.</summary>
    public static string ToDisplayName(this RuleCategory category) => category switch
    {
        RuleCategory.Structure => "Structure",
        RuleCategory.Accountable => "Accountable",
        RuleCategory.TimeBound => "Time-bound",
        RuleCategory.Specific => "Specific",
        RuleCategory.Measurable => "Measurable",
        RuleCategory.Achievable => "Achievable",
        RuleCategory.Relevant => "Relevant",
        RuleCategory.Agreement => "Agreement",
        _ => category.ToString(),
    };

    public static bool TryParse(string? text, out RuleCategory category)
    {
        foreach (var candidate in Enum.GetValues<RuleCategory>())
        {
            if (string.Equals(candidate.ToDisplayName(), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }
}
