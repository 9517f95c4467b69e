using PlanLint.Analysis;
using PlanLint.Diagnostics;

namespace PlanLint.Rules.Accountable;

public sealed class GenericOwnerRule() : OwnerCellRule(Descriptor)
{
    public const string Id = "PL1002";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "The owner must be an accountable post, not an organisation or group",
        "Owner '{0}' of {1} of recommendation {2} ({3}) names {4}, not an accountable post; name the one post that answers for this action",
        RuleCategory.Accountable,
        Severity.Warning,
        Description: "\"HMPPS\", \"Leaders\" or a provider's name spreads responsibility so that nobody is accountable; an action needs one post that can be asked about progress.",
        Name: "GenericOwner");

    protected override object?[]? Check(IReadOnlyList<OwnerName> owners, RuleContext context)
    {
        if (owners.Any(o => o.Kind == OwnerKind.Post)) return null;
        if (owners.FirstOrDefault(o => o.Kind is OwnerKind.Organisation or OwnerKind.Group) is { } generic)
        {
            string what = generic.Kind == OwnerKind.Group ? "a group" : "an organisation";
            return [owners.Count > 1 ? $"{what} ('{generic.Text}')" : what];
        }

        // A name no list knows, which the plan itself calls a provider, contractor or the like.
        var organisations = PlanOrganisations.Of(context.Plan);
        foreach (var owner in owners)
        {
            if (owner.Kind is not (OwnerKind.Unknown or OwnerKind.Acronym) || organisations.CallOf(owner.Text) is not { } call) continue;
            return [owners.Count > 1
                ? $"an organisation ('{owner.Text}', which the plan calls '{call.Noun}' in {call.Place})"
                : $"an organisation (the plan calls it '{call.Noun}' in {call.Place})"];
        }

        return null;
    }
}
