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
        "Owner '{0}' of {1} of recommendation {2} names {3} ({4}); name the one post accountable and give the others' part in the action text",
        RuleCategory.Accountable,
        Severity.Note,
        Description: "When an action has several owners, each can assume another is chasing it; one post should answer for it, with partners named in the action.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Owner) || string.IsNullOrWhiteSpace(action.Text)) return;
        if (!SharedCells.IsFirstSharing(context.Concern!, action, PlanFields.Owner, out var sharing)) return;
        var owners = OwnerNames.Read(action.Owner);
        if (owners.Count < 2) return;
        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Owner),
            action.Owner.Trim(),
            SharedCells.Describe(sharing),
            context.Concern!.Id,
            "owner".ToQuantity(owners.Count, null, CultureInfo.InvariantCulture),
            string.Join(", ", owners.Select(o => $"'{o.Text}'")));
    }
}
