using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound;

public sealed class CompletedButFutureTenseRule() : ActionRule(Descriptor)
{
    public const string Id = "PL2008";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "An action reported complete must say what was done",
        "Target date '{0}' for action {1} of recommendation {2} says the action is complete, but the action only promises future work ('{3}'); say what has been done, or give the date by which it will be",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "\"Completed\" beside an action that only says what will happen (\"… will ensure …\") cannot both be true: either the text is out of date or the status is.",
        Name: "CompletedButFutureTense");

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Text)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (target.Kind != TargetKind.Completed || !ActionTense.OnlyPromisesFutureWork(action.Text)) return;
        context.ReportField(
            Descriptor,
            PlanFields.TargetDate,
            action.LocationOf(PlanFields.TargetDate),
            target.Text,
            action.Index,
            context.Concern.Id,
            PlanQuote.Of(action.Text));
    }
}
