using System.Globalization;
using PlanLint.Diagnostics;

namespace PlanLint.Tests.Corpus;

/// <summary>How many findings of a set a reviewer judged right, wrong and debatable.</summary>
public readonly record struct Tally(int Right, int Wrong, int Debatable)
{
    public int Total => Right + Wrong + Debatable;

    /// <summary>
    /// right / all judged: a debatable finding counts against, as issue 13 sets the goal (a finding a reviewer would
    /// shrug at is not one they act on); null when there are no findings.
    /// </summary>
    public double? Precision => Total == 0 ? null : (double)Right / Total;

    /// <summary>The share of the findings a reviewer would shrug at.</summary>
    public double DebatableShare => Total == 0 ? 0 : (double)Debatable / Total;

    public Tally Add(Verdict verdict) => verdict switch
    {
        Verdict.Right => this with { Right = Right + 1 },
        Verdict.Wrong => this with { Wrong = Wrong + 1 },
        _ => this with { Debatable = Debatable + 1 },
    };

    public static Tally Of(IEnumerable<Verdict> verdicts) => verdicts.Aggregate(default(Tally), (t, v) => t.Add(v));
}

/// <summary>One reported finding with the verdict kept above it in the expected-findings file.</summary>
public sealed record JudgedFinding(string Plan, Diagnostic Diagnostic, ReviewedFinding Review)
{
    public string RuleId => Diagnostic.Id;
    public Severity Severity => Diagnostic.Severity;
    public Verdict Verdict => Review.Verdict;
}

/// <summary>
/// The precision goals of issue 13, after Google's Tricorder (an analysis whose effective false-positive rate in review
/// passes 10% is removed): errors at least 0.95 precise, every finding together at least 0.90, and no more than one
/// finding in seven one a reviewer would shrug at.
/// </summary>
public static class PrecisionGoals
{
    public const double Errors = 0.95;
    public const double AllFindings = 0.90;
    public const double MaxDebatableShare = 1.0 / 7;

    /// <summary>
    /// Where a goal is not met, how far the corpus has got: a change may raise these, never fall below them. Set at 0.77
    /// and 0.21 when the third review's verdicts were adopted (docs/reviews/2026-12-third-review); raised to 0.82 and 0.17
    /// when reading decisions the reader could make were no longer reported and one fault gave one finding (issue 13),
    /// which holds whatever the review of that change's one new finding says; 0.85 when PL3003 stopped counting a clause
    /// that works on what an earlier clause makes; debatable 0.15 (18 of 124) when a fourth review judged Elmley 7.1's
    /// PL3003 debatable, not wrong (docs/reviews/2026-12-fourth-review); 0.87 and 0.13 (16 of 122, the debatable goal
    /// met, so the goal itself is now the gate) when a standing rule ("Where …, X will …") was no longer read as future
    /// work (PL2008) and a review whose results a later action takes up was no longer reported (PL4001).
    /// </summary>
    public const double AllFindingsFloor = 0.87;
    public const double DebatableCeiling = 0.13;

    /// <summary>The goals not met that have also fallen below where the corpus stood (a regression), one line each.</summary>
    public static IReadOnlyList<string> Regressions(Tally errors, Tally all)
    {
        var lines = new List<string>();
        if (errors.Precision is { } e && e < Errors)
            lines.Add($"Errors: right / all is {Number(e)}, goal ≥ {Number(Errors)} (an error must be right: no floor)");
        if (all.Precision is { } a && a < AllFindings && Math.Round(a, 2) < AllFindingsFloor)
            lines.Add($"All findings: right / all is {Number(a)}, below the floor {Number(AllFindingsFloor)} (goal ≥ {Number(AllFindings)})");
        if (all.DebatableShare is { } d && d > MaxDebatableShare && Math.Round(d, 2) > DebatableCeiling)
            lines.Add($"All findings: debatable / all is {Number(d)}, above the ceiling {Number(DebatableCeiling)} (goal ≤ 0.14)");
        return lines;
    }

    /// <summary>Each goal with its target, the measured value and whether it is met, in a fixed order.</summary>
    public static IReadOnlyList<GoalResult> Check(Tally errors, Tally all) =>
    [
        new("Errors: right / all (debatable counted against)", $"≥ {Number(Errors)}", errors.Precision, errors.Precision is not { } e || e >= Errors),
        new("All findings: right / all (debatable counted against)", $"≥ {Number(AllFindings)}", all.Precision, all.Precision is not { } a || a >= AllFindings),
        new("All findings: debatable / all", "≤ 1 in 7 (0.14)", all.DebatableShare, all.DebatableShare <= MaxDebatableShare),
    ];

    /// <summary>The goals a set of findings misses, each as one line with the numbers.</summary>
    public static IReadOnlyList<string> Unmet(Tally errors, Tally all) =>
        [.. Check(errors, all).Where(g => !g.Met).Select(g => $"{g.Goal} is {Number(g.Value)}, goal {g.Target}")];

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}

public sealed record GoalResult(string Goal, string Target, double? Value, bool Met);
