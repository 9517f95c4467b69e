using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Agreement;

public sealed class NotAgreedWithoutReasonRule() : MissingReasonRule(Descriptor, AgreementStatus.NotAgreed)
{
    public const string Id = "PL7003";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "A Not Agreed recommendation must say why",
        "Recommendation {0} is Not Agreed but gives no reason; say why it will not be implemented (a commissioning, policy, operational or affordability reason)",
        RuleCategory.Agreement,
        Severity.Error,
        Description: "HMPPS requires a Not Agreed response to state clearly why the recommendation will not be implemented, in a reason field or in the response itself.",
        Name: "NotAgreedWithoutReason");
}
