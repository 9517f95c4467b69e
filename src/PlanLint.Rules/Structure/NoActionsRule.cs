using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Structure;

public sealed class NoActionsRule() : ConcernRule(Descriptor)
{
    public const string Id = "PL0003";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Every concern or recommendation needs a response action",
        "Recommendation {0} has no response action; say what will be done, by whom and by when",
        RuleCategory.Structure,
        Severity.Error,
        Description: "A concern or recommendation left without any action gets no response at all. A Not Agreed recommendation is excepted: it gives a reason instead.",
        Name: "NoActions");

    public override void Analyze(Concern concern, ConcernContext context)
    {
        if (concern.Agreement == AgreementStatus.NotAgreed || concern.Actions.Any(HasContent))
            return;
        context.Report(Descriptor, concern.LocationOf(PlanFields.Actions), concern.Id);
    }

    private static bool HasContent(PlanAction action) =>
        !string.IsNullOrWhiteSpace(action.Text) || !string.IsNullOrWhiteSpace(action.Owner) || !string.IsNullOrWhiteSpace(action.TargetDate);
}
