using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class OverdueAtSubmissionRule() : ActionRule(Descriptor)
{
    public const string Id = "PL2006";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "A target date that passed before submission must be reported complete or replaced",
        "Target date '{0}' for action {1} of recommendation {2} ({3}) ended {4} before the plan was submitted ({5}), yet the action is not reported complete; report what was done, or give a new date",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "A plan that sets a deadline already past when it is submitted is either reporting finished work without saying so, or is late before it starts.",
        Name: "OverdueAtSubmission");

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (context.Plan.Submitted is not { } submitted || string.IsNullOrWhiteSpace(action.Text)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (target.Kind != TargetKind.Date || target.Deadline is not { } deadline || deadline >= submitted) return;
        if (!ActionTense.HasOutstandingWork(action.Text)) return;
        context.ReportField(
            Descriptor,
            PlanFields.TargetDate,
            action.LocationOf(PlanFields.TargetDate),
            target.Text,
            action.Index,
            context.Concern.Id,
            ActionNames.Opening(action),
            Spans.Between(deadline, submitted),
            Spans.Format(submitted));
    }
}
