using System.Globalization;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Language;
using PlanLint.Rules.TimeBound.Dates;
using PlanLint.Text;

namespace PlanLint.Rules.Specific;

/// <summary>
/// PL3003: one entry makes several separate commitments under one owner and one date. Counts the entry's "will" clauses
/// that add a step; a clause that follows up the step (its subject is "this", "progress", "the impact…", or its verb
/// monitors or explains, such as "will be monitored", "will include") or is a relative clause ("a lead who will…") does
/// not count. Steps already reported done are not counted: only commitments are tracked. Nor is another party's "will"
/// (the law, the courts, an outside body: "The Bill will…", "escalations will be made by the Trust") or one that only
/// carries on existing practice ("will continue to"): neither is a step the owner can be tracked on; nor one that works on
/// what an earlier clause makes (<see cref="CommitmentRoles.RefersBack"/>: "guidance will be re-issued… guidance will be
/// displayed"), which is part of the same piece of work. An action reported
/// complete (its target date a completion status, or a date with one that has passed) has no progress left to track, so it
/// is not judged. Nor is text whose extent the reader could not establish (<see cref="FieldReading.KnownExtent"/>: entries
/// run together beside it, or a row continuing it with an entry of its own): only the commitments in the part known to be
/// this action's are counted, so a reading guess about where an action ends never becomes a bundle.
/// </summary>
public sealed class BundledActionsRule() : ActionRule(Descriptor)
{
    public const string Id = "PL3003";

    public static readonly RuleOption<int> MinimumCommitments = RuleOption.Integer(
        "minimumCommitments",
        2,
        "How many separate commitments in one entry make it bundled.",
        minimum: 2);

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Each action should make one commitment",
        "Action {0} of recommendation {1} bundles {2} separate commitments ({3}) under one owner and date; list each as its own action so its progress can be tracked",
        RuleCategory.Specific,
        Severity.Warning,
        Description: "When one entry holds several steps under one owner and one date, progress cannot be reported per step and a part done looks like the whole.",
        Name: "BundledActions")
    {
        Options = [MinimumCommitments],
    };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        int minimum = context.OptionsFor(Descriptor).Get(MinimumCommitments);
        var wording = context.WordingOf(action.Text);
        if (TargetDateParser.Shared.Parse(action, context.Plan).Kind == TargetKind.Completed) return;
        var steps = CommitmentRoles.OwnersSteps(wording, PlanParties.Of(context.Plan), action.Owner);
        if (action.ReadingOf(PlanFields.Text).KnownExtent is { } known)
            steps = [.. steps.Where(c => wording.Tokens[c.Clause.Start].Start < known)];
        steps = WithoutReferencesBack(wording, steps);
        if (steps.Count < minimum) return;

        string quoted = string.Join(", ", steps.Take(3).Select(c => "'" + PlanQuote.Of(wording.Slice(c.Clause.Start, c.Clause.End), 40) + "'"))
            + (steps.Count > 3 ? ", \u2026" : "");
        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Text),
            action.Index,
            context.Concern.Id,
            steps.Count.ToString(CultureInfo.InvariantCulture),
            quoted);
    }

    // One pass, so an entry of any length costs time in proportion to it.
    private static List<Commitment> WithoutReferencesBack(ActionWording wording, IReadOnlyList<Commitment> steps)
    {
        var kept = new List<Commitment>(steps.Count);
        var themes = new HashSet<string>(StringComparer.Ordinal);
        var earlierStems = new HashSet<string>(StringComparer.Ordinal);
        int read = steps.Count > 0 ? steps[0].Clause.Start : 0;
        foreach (var step in steps)
        {
            if (step.Clause.Start > read)
            {
                earlierStems.UnionWith(ContentWords.StemSet(wording.TokensIn(new TokenRange(read, step.Clause.Start)), false));
                read = step.Clause.Start;
            }

            if (kept.Count == 0 || !CommitmentRoles.RefersBack(wording, step, themes, earlierStems)) kept.Add(step);
            themes.UnionWith(CommitmentRoles.Theme(wording, step));
        }

        return kept;
    }
}
