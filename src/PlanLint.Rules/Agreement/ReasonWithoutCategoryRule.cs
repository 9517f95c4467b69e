using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Rules.Agreement;

public sealed class ReasonWithoutCategoryRule() : ConcernRule(Descriptor)
{
    public const string Id = "PL7004";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "A reason for not fully agreeing must say what kind of reason it is",
        "The reason recommendation {0} is {1} ('{2}') does not say whether it is a commissioning, policy, operational or affordability reason; say which",
        RuleCategory.Agreement,
        Severity.Warning,
        Description: "HMPPS requires a Partly Agreed or Not Agreed response to state clearly whether its reason is a commissioning, policy, operational or affordability one.",
        Name: "ReasonWithoutCategory");

    public override void Analyze(Concern concern, ConcernContext context)
    {
        if (context.Plan.Format != PlanFormat.Recommendations) return;
        string? status = concern.Agreement is AgreementStatus.PartlyAgreed or AgreementStatus.NotAgreed ? concern.Agreement.Value.TemplateName() : null;
        if (status is null || StatedReason.Find(concern) is not { } reason || reason.NamedCategories.Count > 0) return;
        context.ReportField(Descriptor, PlanFields.Reason, reason.Location, concern.Id, status, PlanQuote.Of(reason.Text, 80));
    }
}
