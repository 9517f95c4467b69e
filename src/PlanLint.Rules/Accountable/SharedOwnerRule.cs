using System.Globalization;
using Humanizer;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Accountable;

public sealed class SharedOwnerRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.SharedOwner,
        "An action should have one accountable owner",
        "Action {0} of recommendation {1} has {2} ({3}); name the one post accountable for it and give the others' part in the action",
        RuleCategory.Accountable,
        Severity.Note,
        Description: "When an action has several owners, each can assume another is chasing it; one post should answer for it, with partners named in the action.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Owner) || string.IsNullOrWhiteSpace(action.Text)) return;
        var owners = OwnerNames.Read(action.Owner);
        if (owners.Count < 2) return;
        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Owner),
            action.Index,
            context.Concern!.Id,
            "owner".ToQuantity(owners.Count, null, CultureInfo.InvariantCulture),
            string.Join(", ", owners.Select(o => $"'{o.Text}'")));
    }
}
