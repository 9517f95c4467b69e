using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

/// <summary>
/// A rule about what a target date cell says. Reads the target once through <see cref="TargetDateParser"/> and reports
/// each cell once: a date shared by several actions (a merged cell) gives one finding on the first, with the others as
/// related locations (<see cref="SharedCells"/>). Rows without action text are PL0006's. Its message starts
/// "Target date '{0}' for {1} of recommendation {2} ({3})", {3} quoting the action's opening words; <see cref="Check"/>
/// gives the arguments after those.
/// </summary>
public abstract class TargetCellRule(RuleDescriptor descriptor) : ConcernRule(descriptor)
{
    public sealed override void Analyze(Concern concern, ConcernContext context)
    {
        foreach (var cell in SharedCells.Of(concern, PlanFields.TargetDate, a => a.TargetDate))
        {
            var first = cell[0];
            var target = TargetDateParser.Shared.Parse(first, context.Plan);
            if (Check(target, context) is not { } details) continue;
            var related = cell.Skip(1)
                .Select(a => new RelatedLocation(a.Location, $"{ActionNames.InRecommendationAtStart(a.Index, concern.Id)} has the same target date cell"))
                .ToList();
            context.ReportShared(SupportedDiagnostics[0], concern, first, [.. cell.Skip(1)], PlanFields.TargetDate, first.LocationOf(PlanFields.TargetDate), related,
                PhraseOf(target, first.TargetDate ?? ""), [target.Text, ActionNames.Of(cell), concern.Id, ActionNames.Opening(cell), .. details]);
        }
    }

    /// <summary>The words of the target date the finding is about, where the rule can name them.</summary>
    protected virtual TextSpan? PhraseOf(TargetDate target, string targetDate) => null;

    /// <summary>The message arguments after the target, actions, recommendation and quotation, or null when the target is fine.</summary>
    protected abstract object?[]? Check(TargetDate target, RuleContext context);
}
