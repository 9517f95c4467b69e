using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.TimeBound;

public sealed class MissingTargetDateRule() : ActionRule(Descriptor)
{
    public const string Id = "PL2001";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions must have a target date",
        "Action {0} of recommendation {1} ({2}) has no target date; give the month and year by which it will be complete",
        RuleCategory.TimeBound,
        Severity.Error,
        Description: "An action without a target date is not time-bound: nobody can tell whether it is late.",
        Name: "MissingTargetDate")
    {
        Precision = RulePrecision.VeryHigh,
    };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (string.IsNullOrWhiteSpace(action.TargetDate) && !string.IsNullOrWhiteSpace(action.Text))
            context.ReportField(Descriptor, PlanFields.TargetDate, action.LocationOf(PlanFields.TargetDate), action.Index, context.Concern.Id, ActionNames.Opening(action));
    }
}
