namespace PlanLint.Diagnostics;

/// <summary>
/// The SMART dimension a rule checks, the plan's structure, or (Reading) what a reader could not tell from the source
/// document: findings about the document, which a reviewer must be able to tell apart from findings about the plan.
/// </summary>
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
    Reading,
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
        RuleCategory.Reading => "Reading",
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
