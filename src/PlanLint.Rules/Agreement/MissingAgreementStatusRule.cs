using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Agreement;

public sealed class MissingAgreementStatusRule() : ConcernRule(Descriptor)
{
    public const string Id = "PL7001";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Each recommendation must say whether it is agreed",
        "Recommendation {0} has no agreement status; say whether it is Agreed, Partly Agreed or Not Agreed",
        RuleCategory.Agreement,
        Severity.Error,
        Description: "In a recommendation-format plan every recommendation must be marked Agreed, Partly Agreed or Not Agreed; without it nobody knows what the prison has committed to.",
        Name: "MissingAgreementStatus");

    public override void Analyze(Concern concern, ConcernContext context)
    {
        if (context.Plan.Format == PlanFormat.Recommendations && concern.Agreement is null)
            context.ReportField(Descriptor, PlanFields.Agreement, concern.LocationOf(PlanFields.Agreement), concern.Id);
    }
}
