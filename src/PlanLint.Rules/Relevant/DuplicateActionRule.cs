using System.Globalization;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.Relevant;

/// <summary>
/// PL6001: the same or nearly the same action under more than one concern. Each repeat (every occurrence after the
/// first) gets one finding that names the earliest occurrence and lists the others as related locations, and says so when
/// the copy gives the work another target date than the action it repeats.
/// </summary>
public sealed class DuplicateActionRule() : PlanRule(Descriptor)
{
    public const string Id = "PL6001";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions should be specific to the concern they answer",
        "Action {0} of recommendation {1} repeats {2}{3}; write an action specific to this concern or refer to the shared one",
        RuleCategory.Relevant,
        Severity.Warning,
        Description: "The same action copied under several concerns does not say what will be done about each one, and counts one piece of work several times.",
        Name: "DuplicateAction")
    {
        Options = ActionSimilarity.Options,
    };

    public override void Analyze(RuleContext context)
    {
        var index = ActionSimilarity.CreateIndex(context.OptionsFor(Descriptor));
        var entries = new List<(Concern Concern, PlanAction Action)>();
        foreach (var concern in context.Plan.Concerns)
        {
            foreach (var action in concern.Actions)
            {
                index.Add(ActionSimilarity.Shingles(action, context));
                entries.Add((concern, action));
            }
        }

        var similar = index.FindSimilar();
        var concernsInGroup = new Dictionary<IReadOnlyList<int>, int>(ReferenceEqualityComparer.Instance);
        for (int id = 0; id < entries.Count; id++)
        {
            var (concern, action) = entries[id];
            // Only the first few similar actions under other concerns are named, so stop there: a text pasted under
            // many concerns must not cost each copy the whole group again.
            var all = similar.WithSimilar(id);
            var others = new List<int>(ActionSimilarity.MaxRelated);
            foreach (int o in all)
            {
                if (ReferenceEquals(entries[o].Concern, concern)) continue;
                others.Add(o);
                if (others.Count == ActionSimilarity.MaxRelated) break;
            }

            if (others.Count == 0 || others[0] > id) continue;

            var original = entries[others[0]];
            if (!concernsInGroup.TryGetValue(all, out int concernCount))
                concernsInGroup[all] = concernCount = ConcernsOf(all, entries);
            // All the group's concerns but this action's and the original's.
            int otherConcerns = concernCount - 2;
            var related = new List<RelatedLocation>(others.Count);
            foreach (int o in others)
            {
                related.Add(new RelatedLocation(
                    entries[o].Action.LocationOf(PlanFields.Text),
                    "The same action: " + ActionSimilarity.Describe(entries[o].Concern, entries[o].Action)));
            }

            context.ReportOn(
                Descriptor,
                concern,
                action,
                action.LocationOf(PlanFields.Text),
                related,
                action.Index,
                concern.Id,
                ActionSimilarity.Describe(original.Concern, original.Action),
                (otherConcerns == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (and appears under {otherConcerns} other recommendation{(otherConcerns == 1 ? "" : "s")})"))
                    + OtherTargetDate(action, original.Action, context));
        }
    }

    /// <summary>How many concerns the actions hold. A loop: LINQ over the ids (ints) is JIT-compiled at every start of the ReadyToRun build.</summary>
    private static int ConcernsOf(IReadOnlyList<int> ids, List<(Concern Concern, PlanAction Action)> entries)
    {
        // Concerns by reference: each is one object, and a record's own hash would hash every field.
        var concerns = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (int id in ids) concerns.Add(entries[id].Concern);
        return concerns.Count;
    }

    /// <summary>
    /// " with another target date ('April 2025'; 'March 2025' there)" when the copy is due at another time than the action
    /// it repeats, or is reported complete where the other is still due: one piece of work cannot have both.
    /// </summary>
    private static string OtherTargetDate(PlanAction copy, PlanAction original, RuleContext context)
    {
        var here = TargetDateParser.Shared.Parse(copy, context.Plan);
        var there = TargetDateParser.Shared.Parse(original, context.Plan);
        bool differ = (here.Kind, there.Kind) switch
        {
            (TargetKind.Date, TargetKind.Date) => here.Deadline is { } a && there.Deadline is { } b && a != b,
            (TargetKind.Date, TargetKind.Completed) or (TargetKind.Completed, TargetKind.Date) => true,
            _ => false,
        };
        return differ ? $" with another target date ('{here.Text}'; '{there.Text}' there)" : "";
    }
}
