using PlanLint.Diagnostics;

namespace PlanLint.Formatters.Review;

/// <summary>
/// A quality level from 5 (nothing found) to 1, so a reviewer can sort what needs most attention first. The formula is
/// documented in docs/report.md and never improves when a finding is added:
/// <list type="bullet">
/// <item>Each counted finding (not suppressed, not about reading the document) costs points: error 5, warning 2, note 1.</item>
/// <item>An action's level comes from the points of its findings: 0 is 5, 1–2 is 4, 3–4 is 3, 5–9 is 2, 10 or more is 1.</item>
/// <item>A recommendation's level is the lowest of its own findings' level and its actions' levels.</item>
/// <item>A plan's level is the lower of its plan-wide findings' level and the mean of its recommendations' levels, rounded down.</item>
/// </list>
/// </summary>
public readonly record struct QualityLevel(int Value)
{
    public const int Best = 5;

    public static readonly QualityLevel Ready = new(Best);

    /// <summary>The points a counted finding costs.</summary>
    public static int PointsOf(Severity severity) => severity switch
    {
        Severity.Error => 5,
        Severity.Warning => 2,
        Severity.Note => 1,
        _ => 0,
    };

    /// <summary>The level of a part whose counted findings cost <paramref name="points"/>.</summary>
    public static QualityLevel FromPoints(int points) => new(points switch
    {
        <= 0 => 5,
        <= 2 => 4,
        <= 4 => 3,
        <= 9 => 2,
        _ => 1,
    });

    public static QualityLevel Of(IEnumerable<Diagnostic> counted) => FromPoints(counted.Sum(d => PointsOf(d.Severity)));

    /// <summary>A recommendation: its own findings' level, or its worst action's if lower.</summary>
    public static QualityLevel OfRecommendation(QualityLevel own, IEnumerable<QualityLevel> actions) =>
        new(actions.Select(a => a.Value).Append(own.Value).Min());

    /// <summary>A plan: its plan-wide findings' level, or the mean of its recommendations' levels rounded down if lower.</summary>
    public static QualityLevel OfPlan(QualityLevel planWide, IReadOnlyCollection<QualityLevel> recommendations)
    {
        if (recommendations.Count == 0) return planWide;
        int mean = recommendations.Sum(r => r.Value) / recommendations.Count;
        return new(Math.Min(planWide.Value, mean));
    }

    /// <summary>The level in words, shown beside the number so it never depends on colour.</summary>
    public string Name => Value switch
    {
        5 => "Ready",
        4 => "Minor gaps",
        3 => "Needs work",
        2 => "Major gaps",
        _ => "Not ready",
    };

    public override string ToString() => $"{Value} {Name}";
}
