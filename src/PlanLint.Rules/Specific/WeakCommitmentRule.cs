using PlanLint.Diagnostics;
using PlanLint.Rules.Data;

namespace PlanLint.Rules.Specific;

/// <summary>PL3002: hedged wording ("will explore", "look to", "where possible") that commits to nothing checkable.</summary>
public sealed class WeakCommitmentRule() : PhraseListRule(Descriptor, PhraseLists.WeakCommitments)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.WeakCommitment,
        "Actions should commit to something checkable",
        "Action {0} of recommendation {1} hedges its commitment with '{2}' ('{3}'); say what will be done, or what will be decided and when",
        RuleCategory.Specific,
        Severity.Warning,
        Description: "An action that will only explore, consider or look to do something, or will do it where possible, cannot be found to have failed, so it is neither specific nor measurable.");
}
