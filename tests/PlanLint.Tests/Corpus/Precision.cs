using System.Globalization;
using PlanLint.Diagnostics;

namespace PlanLint.Tests.Corpus;

/// <summary>How many findings of a set a reviewer judged right, wrong and debatable.</summary>
public readonly record struct Tally(int Right, int Wrong, int Debatable)
{
    public int Total => Right + Wrong + Debatable;

    /// <summary>right / (right + wrong), as review-guide.md counts it; null when nothing was right or wrong.</summary>
    public double? Precision => Right + Wrong == 0 ? null : (double)Right / (Right + Wrong);

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

    /// <summary>Each goal with its target, the measured value and whether it is met, in a fixed order.</summary>
    public static IReadOnlyList<GoalResult> Check(Tally errors, Tally all) =>
    [
        new("Errors: right / (right + wrong)", $"≥ {Number(Errors)}", errors.Precision, errors.Precision is not { } e || e >= Errors),
        new("All findings: right / (right + wrong)", $"≥ {Number(AllFindings)}", all.Precision, all.Precision is not { } a || a >= AllFindings),
        new("All findings: debatable / all", "≤ 1 in 7 (0.14)", all.DebatableShare, all.DebatableShare <= MaxDebatableShare),
    ];

    /// <summary>The goals a set of findings misses, each as one line with the numbers.</summary>
    public static IReadOnlyList<string> Unmet(Tally errors, Tally all) =>
        [.. Check(errors, all).Where(g => !g.Met).Select(g => $"{g.Goal} is {Number(g.Value)}, goal {g.Target}")];

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}

public sealed record GoalResult(string Goal, string Target, double? Value, bool Met);
