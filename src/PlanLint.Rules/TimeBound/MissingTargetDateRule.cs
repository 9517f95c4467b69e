using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.TimeBound;

public sealed class MissingTargetDateRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.MissingTargetDate,
        "Actions must have a target date",
        "Action {0} of recommendation {1} ({2}) has no target date; give the month and year by which it will be complete",
        RuleCategory.TimeBound,
        Severity.Error,
        Description: "An action without a target date is not time-bound: nobody can tell whether it is late.")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (string.IsNullOrWhiteSpace(action.TargetDate) && !string.IsNullOrWhiteSpace(action.Text))
            context.ReportField(Descriptor, PlanFields.TargetDate, action.LocationOf(PlanFields.TargetDate), action.Index, context.Concern.Id, ActionNames.Opening(action));
    }
}
