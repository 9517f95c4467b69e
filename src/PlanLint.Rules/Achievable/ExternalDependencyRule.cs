using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Achievable;

/// <summary>PL5001: delivery depends on something the owner does not control (rules/data/external-dependencies.json).</summary>
public sealed class ExternalDependencyRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ExternalDependency,
        "Actions should be within their owner's control",
        "Action {0} of recommendation {1} depends on something its owner does not control ('{2}'); say what the owner will do meanwhile and when the dependency will be settled",
        RuleCategory.Achievable,
        Severity.Note,
        Description: "An action that waits on a funding bid, legislation or another body may never be delivered by its owner; the plan should say so and give the owner's own steps.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        var matches = PhraseLists.Get(PhraseLists.ExternalDependencies).Find(action.Text);
        if (matches.Count == 0) return;

        var first = matches[0];
        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Text),
            action.Index,
            context.Concern!.Id,
            PlanQuote.Around(action.Text, first.Start, first.Length));
    }
}
