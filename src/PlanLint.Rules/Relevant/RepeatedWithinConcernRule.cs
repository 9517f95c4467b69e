using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Rules.Relevant;

/// <summary>PL6002: the same or nearly the same action twice under one concern; the later copy is reported.</summary>
public sealed class RepeatedWithinConcernRule() : ConcernRule(Descriptor)
{
    public const string Id = "PL6002";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "A concern should not list the same action twice",
        "Action {0} of recommendation {1} repeats its action {2} ('{3}'); remove the copy or say what this step adds",
        RuleCategory.Relevant,
        Severity.Warning,
        Description: "An action listed twice under one concern makes the response look fuller than it is and splits the tracking of one step.",
        Name: "RepeatedWithinConcern")
    {
        Options = ActionSimilarity.Options,
    };

    public override void Analyze(Concern concern, ConcernContext context)
    {
        if (concern.Actions.Count < 2) return;

        var index = ActionSimilarity.CreateIndex(context.OptionsFor(Descriptor));
        foreach (var action in concern.Actions)
            index.Add(ActionSimilarity.Shingles(action, context));

        var similar = index.FindSimilar();
        for (int id = 0; id < concern.Actions.Count; id++)
        {
            var earlier = similar.SimilarTo(id).Where(o => o < id).ToList();
            if (earlier.Count == 0) continue;

            var action = concern.Actions[id];
            var original = concern.Actions[earlier[0]];
            context.ReportOn(
                Descriptor,
                concern,
                action,
                action.LocationOf(PlanFields.Text),
                [new RelatedLocation(original.LocationOf(PlanFields.Text), "The earlier copy: " + ActionSimilarity.Describe(concern, original))],
                action.Index,
                concern.Id,
                original.Index,
                PlanQuote.Of(original.Text));
        }
    }
}
