using System.Globalization;
using Humanizer;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class MultipleTargetDatesRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.MultipleTargetDates,
        "An action must have one target date",
        "Target date '{0}' for {1} of recommendation {2} gives {3} ({4}); give one completion date per action, splitting the action if its steps finish at different times",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "Two dates for one action (\"March 2024 March 2024\", \"Completed September 2024\") leave it unclear when it is due, and usually mean rows were run together.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Text)) return;
        if (!SharedCells.IsFirstSharing(context.Concern!, action, PlanFields.TargetDate, out var sharing)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (target.Kind != TargetKind.Multiple) return;
        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.TargetDate),
            target.Text,
            SharedCells.Describe(sharing),
            context.Concern!.Id,
            "target".ToQuantity(target.Parts.Count, null, CultureInfo.InvariantCulture),
            string.Join(", ", target.Parts.Select(p => $"'{p}'")));
    }
}
