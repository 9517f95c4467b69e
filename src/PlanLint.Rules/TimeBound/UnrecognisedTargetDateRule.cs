using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class UnrecognisedTargetDateRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.UnrecognisedTargetDate,
        "Target dates must be a date or a recognised status",
        "Target date '{0}' for {1} of recommendation {2} is neither a date nor a recognised status; give the month and year by which the action will be complete, or 'Completed'",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "A target that is neither a date nor a status such as \"Completed\" (a condition, a stray number, a word lost from another column) cannot be tracked.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Text)) return;
        if (!SharedCells.IsFirstSharing(context.Concern!, action, PlanFields.TargetDate, out var sharing)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (target.Kind == TargetKind.Unrecognised)
            context.Report(Descriptor, action.LocationOf(PlanFields.TargetDate), target.Text, SharedCells.Describe(sharing), context.Concern!.Id);
    }
}
