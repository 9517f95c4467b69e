using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules;

/// <summary>
/// The code behind rules that are only a phrase list (like Vale's "existence" checks): an action whose text holds a phrase
/// of the list, outside the list's exceptions, gets one finding for its first match, which names that phrase. The message gets the action's index,
/// the recommendation number, the phrase as written and a quotation around it.
/// </summary>
public abstract class PhraseListRule(RuleDescriptor descriptor, string listName) : ActionRule(descriptor)
{
    public sealed override void Analyze(PlanAction action, RuleContext context)
    {
        var matches = context.WordingOf(action.Text).Matches(PhraseLists.Get(listName));
        if (matches.Count == 0) return;

        var first = matches[0];
        context.ReportPhrase(
            SupportedDiagnostics[0],
            action.LocationOf(PlanFields.Text),
            new TextSpan(PlanFields.Text, first.Start, first.Length),
            action.Index,
            context.Concern!.Id,
            action.Text.Substring(first.Start, first.Length),
            PlanQuote.Around(action.Text, first.Start, first.Length));
    }
}
