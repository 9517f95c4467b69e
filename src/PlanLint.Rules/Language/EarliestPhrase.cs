using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Rules.Language;

/// <summary>How a wording rule that finds several phrases in an action's text reports one: the earliest, as a phrase.</summary>
public static class EarliestPhrase
{
    /// <summary>
    /// Reports the earliest of <paramref name="phrases"/> (character ranges of the action's text, at least one) as the
    /// finding's span; the message arguments are the action's number, its concern's id, the phrase and the words around it.
    /// </summary>
    /// <param name="fact">The fact of the action the phrase states, when not its text (<see cref="Diagnostic.Fact"/>).</param>
    public static void Report(ActionContext context, RuleDescriptor descriptor, PlanAction action, string concernId, IReadOnlyList<(int Start, int Length)> phrases, string? fact = null)
    {
        // A loop, not MinBy: LINQ over tuples (value types) cannot be compiled ahead of time (ReadyToRun).
        var (start, length) = phrases[0];
        for (int i = 1; i < phrases.Count; i++)
        {
            if (phrases[i].Start < start) (start, length) = phrases[i];
        }

        context.ReportPhraseAbout(
            descriptor,
            fact ?? PlanFields.Text,
            action.LocationOf(PlanFields.Text),
            new TextSpan(PlanFields.Text, start, length),
            action.Index,
            concernId,
            action.Text.Substring(start, length),
            PlanQuote.Around(action.Text, start, length));
    }
}
