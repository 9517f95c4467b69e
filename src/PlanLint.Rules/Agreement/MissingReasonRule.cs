using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Agreement;

/// <summary>
/// A rule that, in a recommendation-format plan, a recommendation with the given agreement status states its reason,
/// in a reason field or in the response (<see cref="StatedReason.Find"/>). Its message takes the recommendation number.
/// </summary>
public abstract class MissingReasonRule(RuleDescriptor descriptor, AgreementStatus status) : ConcernRule(descriptor)
{
    public sealed override void Analyze(Concern concern, ConcernContext context)
    {
        if (context.Plan.Format == PlanFormat.Recommendations && concern.Agreement == status && StatedReason.Find(concern) is null)
            context.ReportField(SupportedDiagnostics[0], PlanFields.Agreement, concern.LocationOf(PlanFields.Agreement), concern.Id);
    }
}
