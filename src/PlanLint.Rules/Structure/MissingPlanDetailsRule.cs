using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Text;

namespace PlanLint.Rules.Structure;

public sealed class MissingPlanDetailsRule() : PlanRule(Descriptor)
{
    public const string Id = "PL0005";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "The plan must give the establishment, submission date and inspection dates",
        "The plan does not give its {0}; add {1} to the plan's details",
        RuleCategory.Structure,
        Severity.Warning,
        Description: "A plan must say which prison it is for, when it was submitted and which inspection it answers; target dates are judged against the submission date.",
        Name: "MissingPlanDetails");

    public override void Analyze(RuleContext context)
    {
        var plan = context.Plan;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(plan.Establishment)) missing.Add("establishment");
        if (plan.Submitted is null) missing.Add("submission date");
        switch (plan.InspectionStart, plan.InspectionEnd)
        {
            case (null, null): missing.Add("inspection dates"); break;
            case (null, _): missing.Add("inspection start date"); break;
            case (_, null): missing.Add("inspection end date"); break;
        }

        if (missing.Count > 0)
            context.Report(Descriptor, plan.Location, WordList.Of(missing, "or"), missing.Count == 1 && !missing[0].EndsWith("dates", StringComparison.Ordinal) ? "it" : "them");
    }
}
