using PlanLint.Analysis;

namespace PlanLint.Rules.Language;

/// <summary>How rules reach the wording of a text: one <see cref="ActionWording"/> per text per plan, shared between rules.</summary>
public static class SharedWording
{
    public static ActionWording WordingOf(this RuleContext context, string text) => context.Analyze(ActionWording.Analysis, text);
}
