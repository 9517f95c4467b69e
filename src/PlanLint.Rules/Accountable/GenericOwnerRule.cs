using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Accountable;

public sealed class GenericOwnerRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GenericOwner,
        "The owner must be an accountable post, not an organisation or group",
        "Owner '{0}' of {1} of recommendation {2} names {3}, not an accountable post; name the one post that answers for this action",
        RuleCategory.Accountable,
        Severity.Warning,
        Description: "\"HMPPS\", \"Leaders\" or a provider's name spreads responsibility so that nobody is accountable; an action needs one post that can be asked about progress.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Owner) || string.IsNullOrWhiteSpace(action.Text)) return;
        if (!SharedCells.IsFirstSharing(context.Concern!, action, PlanFields.Owner, out var sharing)) return;
        var owners = OwnerNames.Read(action.Owner);
        if (owners.Any(o => o.Kind == OwnerKind.Post)) return;
        if (owners.FirstOrDefault(o => o.Kind is OwnerKind.Organisation or OwnerKind.Group) is not { } generic) return;

        string owner = action.Owner.Trim();
        string what = generic.Kind == OwnerKind.Group ? "a group" : "an organisation";
        if (owners.Count > 1) what += $" ('{generic.Text}')";
        context.Report(Descriptor, action.LocationOf(PlanFields.Owner), owner, SharedCells.Describe(sharing), context.Concern!.Id, what);
    }
}
