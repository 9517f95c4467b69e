using PlanLint.Diagnostics;
using PlanLint.Rules.Data;

namespace PlanLint.Rules.Achievable;

/// <summary>PL5001: delivery depends on something the owner does not control (rules/data/external-dependencies.json).</summary>
public sealed class ExternalDependencyRule() : PhraseListRule(Descriptor, PhraseLists.ExternalDependencies)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ExternalDependency,
        "Actions should be within their owner's control",
        "Action {0} of recommendation {1} depends on something its owner does not control ('{3}'); say what the owner will do meanwhile and when the dependency will be settled",
        RuleCategory.Achievable,
        Severity.Note,
        Description: "An action that waits on a funding bid, legislation or another body may never be delivered by its owner; the plan should say so and give the owner's own steps.");
}
