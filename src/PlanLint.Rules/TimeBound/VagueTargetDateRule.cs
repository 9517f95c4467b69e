using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class VagueTargetDateRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.VagueTargetDate,
        "Target dates must say when the action will be complete",
        "Target date '{0}' for {1} of recommendation {2} gives no date by which the action will be complete; give a month and year",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "\"Ongoing\", \"TBC\" or a bare frequency such as \"Monthly\" is not a deadline: the action can never be late, so it cannot be tracked.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Text)) return;
        if (!SharedCells.IsFirstSharing(context.Concern!, action, PlanFields.TargetDate, out var sharing)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (target.Kind == TargetKind.Vague)
            context.Report(Descriptor, action.LocationOf(PlanFields.TargetDate), target.Text, SharedCells.Describe(sharing), context.Concern!.Id);
    }
}
