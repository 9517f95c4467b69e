using CsCheck;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Review;
using PlanLint.Model;

namespace PlanLint.Tests.Report;

/// <summary>The quality levels of docs/report.md: the documented formula, and that a finding added never raises a level.</summary>
public sealed class QualityLevelTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 4)]
    [InlineData(2, 4)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 1)]
    [InlineData(100, 1)]
    public void Points_give_the_documented_levels(int points, int level) =>
        QualityLevel.FromPoints(points).Value.ShouldBe(level);

    [Fact]
    public void One_error_is_a_major_gap_and_two_make_an_action_not_ready()
    {
        var plan = Plan(actions: [2]);
        Review(plan, Finding(0, 1, Severity.Error)).Recommendations[0].Actions[0].Level.ShouldBe(new QualityLevel(2));
        Review(plan, Finding(0, 1, Severity.Error), Finding(0, 1, Severity.Error, RuleCategory.TimeBound)).Recommendations[0].Actions[0].Level.ShouldBe(new QualityLevel(1));
        Review(plan, Finding(0, 1, Severity.Warning)).Recommendations[0].Actions[0].Level.ShouldBe(new QualityLevel(4));
    }

    [Fact]
    public void A_recommendation_takes_its_worst_part_and_a_plan_the_mean_rounded_down()
    {
        var plan = Plan(actions: [2, 1, 1]);
        var review = Review(plan, Finding(0, 2, Severity.Error), Finding(1, null, Severity.Warning));
        review.Recommendations.Select(r => r.Level.Value).ShouldBe([2, 4, 5]);
        review.Level.Value.ShouldBe((2 + 4 + 5) / 3);
        Review(plan, Finding(null, null, Severity.Error, RuleCategory.Structure)).Level.Value.ShouldBe(2, "a plan-wide error caps the plan");
    }

    [Fact]
    public void Suppressed_and_reading_findings_leave_the_levels_and_the_scorecard_alone()
    {
        var plan = Plan(actions: [1]);
        var review = Review(plan, Finding(0, 1, Severity.Error) with { Suppression = new AppliedSuppression("Set nationally", plan.Location) },
            Finding(0, 1, Severity.Warning, RuleCategory.Reading), Finding(null, null, Severity.Error, RuleCategory.Reading));
        review.Level.Value.ShouldBe(5);
        review.Totals.Count.ShouldBe(0);
        review.ReadingFindings.Count.ShouldBe(2);
    }

    [Fact]
    public void Adding_a_finding_never_raises_a_level()
    {
        Gen.Select(Shape, Findings, OneFinding).Sample((shape, findings, added) =>
        {
            var plan = Plan(shape);
            var before = Review(plan, [.. findings.Select(f => f.Build(plan))]);
            var after = Review(plan, [.. findings.Select(f => f.Build(plan)), added.Build(plan)]);
            bool ignored = added.Suppressed || added.Category == RuleCategory.Reading;

            after.Level.Value.ShouldBeLessThanOrEqualTo(before.Level.Value);
            if (ignored) after.Level.ShouldBe(before.Level);
            for (int r = 0; r < before.Recommendations.Count; r++)
            {
                after.Recommendations[r].Level.Value.ShouldBeLessThanOrEqualTo(before.Recommendations[r].Level.Value);
                if (ignored) after.Recommendations[r].Level.ShouldBe(before.Recommendations[r].Level);
                for (int a = 0; a < before.Recommendations[r].Actions.Count; a++)
                    after.Recommendations[r].Actions[a].Level.Value.ShouldBeLessThanOrEqualTo(before.Recommendations[r].Actions[a].Level.Value);
            }

            after.Totals.Count.ShouldBe(before.Totals.Count + (ignored ? 0 : 1));
        }, iter: 2000);
    }

    private sealed record GeneratedFinding(int? Concern, int? Action, Severity Severity, RuleCategory Category, bool Suppressed)
    {
        public Diagnostic Build(ActionPlan plan)
        {
            int? concern = Concern is { } c && plan.Concerns.Count > 0 ? c % plan.Concerns.Count : null;
            int? action = concern is { } ci && Action is { } a && plan.Concerns[ci].Actions.Count > 0 ? a % plan.Concerns[ci].Actions.Count + 1 : null;
            var d = Finding(concern, action, Severity, Category);
            return Suppressed ? d with { Suppression = new AppliedSuppression("Accepted", plan.Location) } : d;
        }
    }

    private static readonly Gen<int[]> Shape = Gen.Int[0, 4].Array[1, 5];

    private static readonly Gen<GeneratedFinding> OneFinding = Gen.Select(
        Gen.Int[0, 6].Select(i => i == 6 ? (int?)null : i),
        Gen.Int[0, 5].Select(i => i == 5 ? (int?)null : i),
        Gen.Int[1, 3].Select(i => (Severity)i),
        Gen.Enum<RuleCategory>(),
        Gen.Int[0, 5].Select(i => i == 0),
        (c, a, s, cat, sup) => new GeneratedFinding(c, a, s, cat, sup));

    private static readonly Gen<GeneratedFinding[]> Findings = OneFinding.Array[0, 12];

    internal static ActionPlan Plan(int[] actions)
    {
        var location = new SourceLocation("plan.json", 1, 1);
        return new ActionPlan
        {
            Path = "plan.json",
            Location = location,
            Concerns = [.. actions.Select((n, i) => new Concern
            {
                Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Ordinal = i,
                Location = location,
                Actions = [.. Enumerable.Range(1, n).Select(a => new PlanAction { Index = a, Text = $"Action {a}", Location = location })],
            })],
        };
    }

    internal static Diagnostic Finding(int? concern, int? action, Severity severity, RuleCategory category = RuleCategory.Specific) => new()
    {
        Descriptor = new RuleDescriptor("TEST" + (int)category, "A test rule", "{0}", category, severity),
        Severity = severity,
        Message = "A finding",
        Location = new SourceLocation("plan.json", 1, 1),
        RecId = concern is { } c ? (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        ConcernOrdinal = concern ?? -1,
        ActionIndex = action,
    };

    private static PlanReview Review(ActionPlan plan, params Diagnostic[] findings) =>
        PlanReviews.Of(new ReportedFile(plan.Path, findings) { Plan = plan }, plan.Path);
}
