using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Specific;

/// <summary>
/// PL3004: an entry that describes the situation and takes no step. The rule reads the wording only: an entry takes a
/// step when it commits to one ("will", "plans to"), reports one taken ("has been introduced", "was completed", "are now
/// issued", "since the inspection") or reports one under way ("is being recruited", "underway"); see
/// rules/data/step-markers.json. The target date does not decide it: "Completed" beside "X has been introduced" is a
/// completed action because of "has been", and "Completed" beside a description of how things are still names no step.
/// </summary>
public sealed class StatementNotActionRule() : ActionRule(Descriptor)
{
    public const int MinimumWords = 5;

    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.StatementNotAction,
        "Entries should state a step taken or to be taken",
        "Action {0} of recommendation {1} ('{2}') describes the situation but takes no step; say what will be done, or report the step that was taken",
        RuleCategory.Specific,
        Severity.Note,
        Description: "Background and descriptions of current practice are not actions: nothing in them can be delivered, tracked or found late.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        var wording = context.WordingOf(action.Text);
        if (wording.Tokens.Count < MinimumWords) return;
        if (wording.Matches(PhraseLists.Get(PhraseLists.StepMarkers)).Count > 0) return;

        context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern!.Id, PlanQuote.Of(action.Text));
    }
}
