using PlanLint.Model;

// The plan writers moved here from PlanLint.Readers/Writing (issue 20). The Word renderer, being rewritten on another
// branch, still names the old namespace for one call; this forwarder keeps it compiling until that rewrite lands.
// Delete this file with the renderer's `using PlanLint.Readers.Writing;`.
namespace PlanLint.Readers.Writing;

internal static class CanonicalPlanTree
{
    public static string AgreementText(AgreementStatus status) => status.TemplateName();
}
