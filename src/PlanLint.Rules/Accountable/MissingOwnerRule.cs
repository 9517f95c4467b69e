using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Accountable;

public sealed class MissingOwnerRule() : ActionRule(Descriptor)
{
    public const string Id = "PL1001";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions must have a responsible owner",
        "Action {0} of recommendation {1} ({2}) has no responsible owner; name the post accountable for it",
        RuleCategory.Accountable,
        Severity.Error,
        Description: "Every action needs one named post that is accountable for delivering it, or progress cannot be chased.",
        Name: "MissingOwner")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Owner) && !string.IsNullOrWhiteSpace(action.Text))
            context.ReportField(Descriptor, PlanFields.Owner, action.LocationOf(PlanFields.Owner), action.Index, context.Concern.Id, ActionNames.Opening(action));
    }
}
