using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Structure;

public sealed class EmptyActionRule() : ActionRule(Descriptor)
{
    public const string Id = "PL0006";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "An action with an owner or target date must say what will be done",
        "Action {0} of recommendation {1} has {2} but no text; write what will be done, or remove the row",
        RuleCategory.Structure,
        Severity.Error,
        Description: "An owner and a date with nothing to do is not an action: usually text was lost or a row was split.",
        Name: "EmptyAction");

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (!string.IsNullOrWhiteSpace(action.Text)) return;
        var given = new List<string>();
        if (!string.IsNullOrWhiteSpace(action.Owner)) given.Add($"an owner ('{action.Owner.Trim()}')");
        if (!string.IsNullOrWhiteSpace(action.TargetDate)) given.Add($"a target date ('{action.TargetDate.Trim()}')");
        if (given.Count > 0)
            context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern.Id, string.Join(" and ", given));
    }
}
