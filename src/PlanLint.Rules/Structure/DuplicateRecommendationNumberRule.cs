using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Structure;

public sealed class DuplicateRecommendationNumberRule() : PlanRule(Descriptor)
{
    public const string Id = "PL0004";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Recommendation numbers must be unique",
        "Recommendation number {0} is used more than once; give each concern or recommendation its own number",
        RuleCategory.Structure,
        Severity.Error,
        Description: "Progress reports, suppressions and findings refer to a recommendation by its number; two rows with one number cannot be told apart.",
        Name: "DuplicateRecommendationNumber");

    public override void Analyze(RuleContext context)
    {
        var seen = new Dictionary<string, Concern>(StringComparer.OrdinalIgnoreCase);
        foreach (var concern in context.Plan.Concerns)
        {
            string number = concern.Id.Trim().TrimEnd('.');
            if (number.Length == 0) continue;
            if (!seen.TryAdd(number, concern))
            {
                var first = seen[number];
                context.ReportOn(
                    Descriptor,
                    concern,
                    null,
                    concern.LocationOf(PlanFields.Id),
                    [new RelatedLocation(first.LocationOf(PlanFields.Id), $"Recommendation {first.Id.Trim()} is first numbered here")],
                    concern.Id.Trim());
            }
        }
    }
}
