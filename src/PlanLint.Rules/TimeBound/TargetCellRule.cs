using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

/// <summary>
/// A rule about what a target date cell says. Reads the target once through <see cref="TargetDateParser"/>, reports each
/// action on its own (so every format gives the same findings and each can be suppressed), and leaves rows without action text to PL0006. Its message starts
/// "Target date '{0}' for {1} of recommendation {2}"; <see cref="Check"/> gives the arguments after those.
/// </summary>
public abstract class TargetCellRule(RuleDescriptor descriptor) : ActionRule(descriptor)
{
    public sealed override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Text)) return;
        var target = TargetDateParser.Shared.Parse(action, context.Plan);
        if (Check(target, context) is { } details)
        {
            object?[] args = [target.Text, ActionName(action), context.Concern!.Id, .. details];
            if (PhraseOf(target, action.TargetDate ?? "") is { } span)
                context.ReportPhrase(SupportedDiagnostics[0], action.LocationOf(PlanFields.TargetDate), span, args);
            else
                context.Report(SupportedDiagnostics[0], action.LocationOf(PlanFields.TargetDate), args);
        }
    }

    /// <summary>The words of the target date the finding is about, where the rule can name them.</summary>
    protected virtual TextSpan? PhraseOf(TargetDate target, string targetDate) => null;

    private static string ActionName(PlanAction action) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"action {action.Index}");

    /// <summary>The message arguments after the target, actions and recommendation, or null when the target is fine.</summary>
    protected abstract object?[]? Check(TargetDate target, RuleContext context);
}
