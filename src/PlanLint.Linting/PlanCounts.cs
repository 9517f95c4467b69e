using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Linting;

/// <summary>What a command that wrote a plan says it wrote: "1 concern, 2 actions", "12 recommendations, 40 actions".</summary>
internal static class PlanCounts
{
    public static string Of(ActionPlan plan)
    {
        int actions = plan.Concerns.Sum(c => c.Actions.Count);
        string what = plan.Format == PlanFormat.Recommendations ? "recommendation" : "concern";
        return $"{Quantity.Of(plan.Concerns.Count, what)}, {Quantity.Of(actions, "action")}";
    }
}
