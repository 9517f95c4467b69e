using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Formatters.Review;

/// <summary>
/// One plan of a run as a reviewer reads it: its findings grouped by recommendation and action, a SMART scorecard and
/// quality levels. What the HTML and Markdown reports and the console's grouped view show, built once by <see cref="PlanReviews"/>.
/// </summary>
public sealed record PlanReview
{
    /// <summary>The file's path as given to the run (absolute).</summary>
    public required string Path { get; init; }

    /// <summary>The path to show: relative to the report's root folder with forward slashes where possible.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The plan as read; null when the file could not be read (its findings are then all in <see cref="PlanFindings"/> or <see cref="ReadingFindings"/>).</summary>
    public ActionPlan? Plan { get; init; }

    public IReadOnlyList<RecommendationReview> Recommendations { get; init; } = [];

    /// <summary>Findings about the plan as a whole (missing details, a rule that failed), not about reading it.</summary>
    public IReadOnlyList<Diagnostic> PlanFindings { get; init; } = [];

    /// <summary>What the reader could not tell from the document: findings about the source, never about the plan.</summary>
    public IReadOnlyList<Diagnostic> ReadingFindings { get; init; } = [];

    /// <summary>Baseline entries for this file that no longer occur.</summary>
    public int FixedSinceBaseline { get; init; }

    public required Scorecard Totals { get; init; }
    public required QualityLevel Level { get; init; }

    /// <summary>Every finding shown for the plan, in report order.</summary>
    public IEnumerable<Diagnostic> AllFindings =>
        PlanFindings.Concat(Recommendations.SelectMany(r => r.AllFindings)).Concat(ReadingFindings);
}

/// <summary>A recommendation or concern with its own findings, its actions and their findings.</summary>
public sealed record RecommendationReview
{
    public required Concern Concern { get; init; }

    /// <summary>Findings about the recommendation itself (no actions, no reason, a duplicate number).</summary>
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];

    public IReadOnlyList<ActionReview> Actions { get; init; } = [];
    public required Scorecard Scorecard { get; init; }
    public required QualityLevel Level { get; init; }

    public IEnumerable<Diagnostic> AllFindings => Findings.Concat(Actions.SelectMany(a => a.Findings));
}

public sealed record ActionReview(PlanAction Action, IReadOnlyList<Diagnostic> Findings, QualityLevel Level);

/// <summary>The worst severity and the number of counted findings in one scorecard cell.</summary>
public readonly record struct ScoreCell(Severity Worst, int Count)
{
    public static readonly ScoreCell Empty = new(Severity.None, 0);

    public ScoreCell Add(Severity severity) => new(severity > Worst ? severity : Worst, Count + 1);

    public ScoreCell Add(ScoreCell other) => new(other.Worst > Worst ? other.Worst : Worst, Count + other.Count);
}

/// <summary>A row of the SMART scorecard: one cell per category in <see cref="Categories"/>.</summary>
public sealed record Scorecard(IReadOnlyDictionary<RuleCategory, ScoreCell> Cells)
{
    /// <summary>The scorecard's columns: the SMART categories, accountability and agreement, then the plan's structure.</summary>
    public static IReadOnlyList<RuleCategory> Categories { get; } =
    [
        RuleCategory.Specific, RuleCategory.Measurable, RuleCategory.Achievable, RuleCategory.Relevant,
        RuleCategory.TimeBound, RuleCategory.Accountable, RuleCategory.Agreement, RuleCategory.Structure,
    ];

    public ScoreCell this[RuleCategory category] => Cells.GetValueOrDefault(category, ScoreCell.Empty);

    public int Count => Cells.Values.Sum(c => c.Count);

    public static Scorecard Of(IEnumerable<Diagnostic> counted)
    {
        var cells = new Dictionary<RuleCategory, ScoreCell>();
        foreach (var d in counted)
            cells[d.Descriptor.Category] = cells.GetValueOrDefault(d.Descriptor.Category, ScoreCell.Empty).Add(d.Severity);
        return new Scorecard(cells);
    }

    public static Scorecard Sum(IEnumerable<Scorecard> rows)
    {
        var cells = new Dictionary<RuleCategory, ScoreCell>();
        foreach (var row in rows)
            foreach (var (category, cell) in row.Cells)
                cells[category] = cells.GetValueOrDefault(category, ScoreCell.Empty).Add(cell);
        return new Scorecard(cells);
    }
}
