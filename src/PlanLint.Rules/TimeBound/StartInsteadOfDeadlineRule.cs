using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class StartInsteadOfDeadlineRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.StartInsteadOfDeadline,
        "Target dates must give a completion date, not a start",
        "Target date '{0}' for {1} of recommendation {2} gives a start, not a completion date; give the month and year by which it will be complete",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "\"Commencing January 2026\" says when work begins, not when it will be done, so the action can never be late.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Text)) return;
        if (!SharedCells.IsFirstSharing(context.Concern!, action, PlanFields.TargetDate, out var sharing)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (target.Kind == TargetKind.Start)
            context.Report(Descriptor, action.LocationOf(PlanFields.TargetDate), target.Text, SharedCells.Describe(sharing), context.Concern!.Id);
    }
}
