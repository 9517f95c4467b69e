using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Text;

namespace PlanLint.Rules.Accountable;

public sealed class SharedOwnerRule() : OwnerCellRule(Descriptor)
{
    public const string Id = "PL1003";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "An action should have one accountable owner",
        "Owner '{0}' of {1} of recommendation {2} ({3}) names {4} ({5}); name the one post accountable and give the others' part in the action text",
        RuleCategory.Accountable,
        Severity.Note,
        Description: "When an action has several owners, each can assume another is chasing it; one post should answer for it, with partners named in the action.",
        Name: "SharedOwner")
    {
        // Naming the owners and asking for the one accountable post says all PL1002 says of the same cell.
        Outranks = [GenericOwnerRule.Id],
    };

    protected override object?[]? Check(IReadOnlyList<OwnerName> owners, RuleContext context) =>
        owners.Count < 2
            ? null
            : [Quantity.Of(owners.Count, "owner"), string.Join(", ", owners.Select(o => $"'{o.Text}'"))];
}
