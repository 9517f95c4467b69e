using PlanLint.Diagnostics;

namespace PlanLint.Formatters.Review;

/// <summary>Groups a run's findings by plan, recommendation and action, and scores them (<see cref="QualityLevel"/>).</summary>
public static class PlanReviews
{
    /// <summary>
    /// Findings about reading the source document rather than about the plan: the Reading category, and PL0001 and
    /// PL0002, which report what a reader could not tell (a file that is not a plan, owners that do not line up).
    /// </summary>
    public static bool IsReading(Diagnostic d) =>
        d.Descriptor.Category == RuleCategory.Reading || d.Id is RuleIds.InvalidPlan or RuleIds.OwnersNotAlignedWithActions;

    /// <summary>Whether a finding counts towards the scorecard and quality levels: shown, not suppressed, not about reading.</summary>
    public static bool Counts(Diagnostic d) =>
        !d.IsSuppressed && d.BaselineState != BaselineState.Absent && !IsReading(d);

    public static IReadOnlyList<PlanReview> Of(LintReport report)
    {
        var paths = new ReportPaths(report.RootDirectory);
        return [.. report.Files.Select(f => Of(f, paths.Display(f.Path)))];
    }

    public static PlanReview Of(ReportedFile file, string displayPath)
    {
        var plan = file.Plan;
        var concerns = plan?.Concerns ?? [];
        var byOrdinal = new Dictionary<int, (List<Diagnostic> Own, Dictionary<int, List<Diagnostic>> ByAction)>();
        foreach (var concern in concerns)
            byOrdinal.TryAdd(concern.Ordinal, ([], []));

        var planFindings = new List<Diagnostic>();
        var reading = new List<Diagnostic>();
        int fixedSinceBaseline = 0;
        foreach (var d in file.Diagnostics)
        {
            if (d.BaselineState == BaselineState.Absent) { fixedSinceBaseline++; continue; }
            if (IsReading(d)) { reading.Add(d); continue; }
            if (d.ConcernOrdinal < 0 || !byOrdinal.TryGetValue(d.ConcernOrdinal, out var group)) { planFindings.Add(d); continue; }
            if (d.ActionIndex is { } index)
            {
                if (!group.ByAction.TryGetValue(index, out var list)) group.ByAction[index] = list = [];
                list.Add(d);
            }
            else
            {
                group.Own.Add(d);
            }
        }

        var recommendations = new List<RecommendationReview>(concerns.Count);
        foreach (var concern in concerns)
        {
            var (own, byAction) = byOrdinal[concern.Ordinal];
            var actions = concern.Actions
                .Select(a => byAction.Remove(a.Index, out var found) ? found : [])
                .Select((found, i) => new ActionReview(concern.Actions[i], found, QualityLevel.Of(found.Where(Counts))))
                .ToList();
            // A finding about an action the recommendation does not list still belongs to the recommendation.
            own.AddRange(byAction.Values.SelectMany(v => v));
            own.Sort(DiagnosticOrder.Instance);
            var counted = own.Concat(actions.SelectMany(a => a.Findings)).Where(Counts).ToList();
            recommendations.Add(new RecommendationReview
            {
                Concern = concern,
                Findings = own,
                Actions = actions,
                Scorecard = Scorecard.Of(counted),
                Level = QualityLevel.OfRecommendation(QualityLevel.Of(own.Where(Counts)), actions.Select(a => a.Level)),
            });
        }

        var planWide = planFindings.Where(Counts).ToList();
        return new PlanReview
        {
            Path = file.Path,
            DisplayPath = displayPath,
            Plan = plan,
            Recommendations = recommendations,
            PlanFindings = planFindings,
            ReadingFindings = reading,
            FixedSinceBaseline = fixedSinceBaseline,
            Totals = Scorecard.Sum(recommendations.Select(r => r.Scorecard).Append(Scorecard.Of(planWide))),
            Level = QualityLevel.OfPlan(QualityLevel.Of(planWide), [.. recommendations.Select(r => r.Level)]),
        };
    }
}
