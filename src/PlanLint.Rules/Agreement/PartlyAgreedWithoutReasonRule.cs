using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Agreement;

public sealed class PartlyAgreedWithoutReasonRule() : MissingReasonRule(Descriptor, AgreementStatus.PartlyAgreed)
{
    public const string Id = "PL7002";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "A Partly Agreed recommendation must say why it is not fully agreed",
        "Recommendation {0} is Partly Agreed but gives no reason; say which part will not be implemented and why (a commissioning, policy, operational or affordability reason)",
        RuleCategory.Agreement,
        Severity.Error,
        Description: "HMPPS requires a Partly Agreed response to explain why the recommendation cannot be fully agreed, in a reason field or in the response itself.",
        Name: "PartlyAgreedWithoutReason");
}
