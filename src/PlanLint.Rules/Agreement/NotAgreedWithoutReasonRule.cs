using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Agreement;

public sealed class NotAgreedWithoutReasonRule() : ConcernRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.NotAgreedWithoutReason,
        "A Not Agreed recommendation must say why",
        "Recommendation {0} is Not Agreed but gives no reason; say why it will not be implemented (a commissioning, policy, operational or affordability reason)",
        RuleCategory.Agreement,
        Severity.Error,
        Description: "HMPPS requires a Not Agreed response to state clearly why the recommendation will not be implemented, in a reason field or in the response itself.");

    public override void Analyze(Concern concern, RuleContext context)
    {
        if (context.Plan.Format == PlanFormat.Recommendations && concern.Agreement == AgreementStatus.NotAgreed && StatedReason.Find(concern) is null)
            context.Report(Descriptor, concern.LocationOf(PlanFields.Agreement), concern.Id);
    }
}
