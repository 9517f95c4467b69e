using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Specific;

/// <summary>PL3002: hedged wording ("will explore", "look to", "where possible") that commits to nothing checkable.</summary>
public sealed class WeakCommitmentRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.WeakCommitment,
        "Actions should commit to something checkable",
        "Action {0} of recommendation {1} hedges its commitment with '{2}' ('{3}'); say what will be done, or what will be decided and when",
        RuleCategory.Specific,
        Severity.Warning,
        Description: "An action that will only explore, consider or look to do something, or will do it where possible, cannot be found to have failed, so it is neither specific nor measurable.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        var matches = PhraseLists.Get(PhraseLists.WeakCommitments).Find(action.Text);
        if (matches.Count == 0) return;

        var first = matches[0];
        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Text),
            action.Index,
            context.Concern!.Id,
            action.Text.Substring(first.Start, first.Length),
            PlanQuote.Around(action.Text, first.Start, first.Length));
    }
}
