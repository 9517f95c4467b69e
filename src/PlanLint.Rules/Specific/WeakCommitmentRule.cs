using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Specific;

/// <summary>
/// PL3002: hedged wording that commits to nothing checkable. Three signals, the first found in the text reported:
/// <list type="bullet">
/// <item>a hedging phrase anywhere ("will explore", "look to", "consideration of"; rules/data/weak-commitments.json);</item>
/// <item>a condition that leaves the step to the owner's discretion, where it qualifies a step the owner commits to:
/// a listed one ("where possible", "as required"; rules/data/discretionary-conditions.json) or the same shape in other
/// words: "where", "wherever" or "if", an optional "deemed", and one adjective or participle closing the clause ("where
/// suitable", "if deemed beneficial"). A condition on someone else's decision ("if approved") is a dependency (PL5001),
/// not a hedge; one in a purpose clause ("…, to redecorate cells where required") or in a follow-up ("improvements will be
/// introduced where required") does not qualify the step;</item>
/// <item>a step offered with "may", "might" or "could" instead of promised ("Additional sessions may be offered").</item>
/// </list>
/// </summary>
public sealed class WeakCommitmentRule() : ActionRule(Descriptor)
{
    public const string Id = "PL3002";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions should commit to something checkable",
        "Action {0} of recommendation {1} hedges its commitment with '{2}' ('{3}'); say what will be done, or what will be decided and when",
        RuleCategory.Specific,
        Severity.Warning,
        Description: "An action that will only explore, consider or look to do something, will do it where possible, or may do it, cannot be found to have failed, so it is neither specific nor measurable.",
        Name: "WeakCommitment");

    public override void Analyze(PlanAction action, ActionContext context)
    {
        var wording = context.WordingOf(action.Text);
        var hedges = Hedges.In(wording, PlanParties.Of(context.Plan), action.Owner);
        if (hedges.Count == 0) return;

        var (start, length) = hedges.MinBy(h => h.Start);
        string? fact = HedgesTheStart(wording, start + length) ? PlanFields.TargetDate : null;
        EarliestPhrase.Report(context, Descriptor, action, context.Concern.Id, hedges, fact);
    }

    /// <summary>
    /// Whether the hedge ending at <paramref name="end"/> is on when the work starts ("anticipated to start on site"): the
    /// next word is a start word (rules/data/target-start-words.json), so the finding is about the action's timing.
    /// </summary>
    private static bool HedgesTheStart(ActionWording wording, int end)
    {
        foreach (var token in wording.Tokens)
        {
            if (token.Start >= end) return PhraseLists.Get(PhraseLists.TargetStartWords).ContainsWord(token.Normalized);
        }

        return false;
    }
}
