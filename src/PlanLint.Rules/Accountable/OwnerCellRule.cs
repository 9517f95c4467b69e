using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.Accountable;

/// <summary>
/// A rule about what an owner cell names. Reads the cell into owners once through <see cref="OwnerNames"/> and reports
/// each cell once: an owner shared by several actions (a merged cell) gives one finding on the first, with the others as
/// related locations (<see cref="SharedCells"/>). An action reported complete (its target date is a completion status,
/// "Completed", or a date with one that has passed) needs no one to answer for its progress, so the cell is judged for
/// the actions still to be done, and not at all when there are none. Rows without action text are PL0006's. Its message starts
/// "Owner '{0}' of {1} of recommendation {2} ({3})", {3} quoting the action's opening words; <see cref="Check"/> gives
/// the arguments after those.
/// </summary>
public abstract class OwnerCellRule(RuleDescriptor descriptor) : ConcernRule(descriptor)
{
    public sealed override void Analyze(Concern concern, ConcernContext context)
    {
        foreach (var shared in SharedCells.Of(concern, PlanFields.Owner, a => a.Owner))
        {
            var cell = shared.Where(a => TargetDateParser.Shared.Parse(a, context.Plan).Kind != TargetKind.Completed).ToList();
            if (cell.Count == 0) continue;
            var first = cell[0];
            if (Check(context.Analyze(OwnerNames.Analysis, first.Owner!), context) is not { } details) continue;
            var related = cell.Skip(1)
                .Select(a => new RelatedLocation(a.Location, $"{ActionNames.InRecommendationAtStart(a.Index, concern.Id)} has the same owner cell"))
                .ToList();
            context.ReportShared(SupportedDiagnostics[0], concern, first, [.. cell.Skip(1)], PlanFields.Owner, first.LocationOf(PlanFields.Owner), related, null,
                [first.Owner!.Trim(), ActionNames.Of(cell), concern.Id, ActionNames.Opening(cell), .. details]);
        }
    }

    /// <summary>
    /// The message arguments after the owner, actions, recommendation and quotation, or null when the owners are fine;
    /// <paramref name="context"/> gives the plan, for what it says of the owners elsewhere.
    /// </summary>
    protected abstract object?[]? Check(IReadOnlyList<OwnerName> owners, RuleContext context);
}
