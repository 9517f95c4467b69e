using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class VagueTargetDateRule() : TargetCellRule(Descriptor)
{
    public const string Id = "PL2002";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Target dates must say when the action will be complete",
        "Target date '{0}' for {1} of recommendation {2} ({3}) gives no date by which the action will be complete; give a month and year",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "\"Ongoing\", \"TBC\" or a bare frequency such as \"Monthly\" is not a deadline: the action can never be late, so it cannot be tracked.",
        Name: "VagueTargetDate");

    protected override object?[]? Check(TargetDate target, RuleContext context) => target.Kind == TargetKind.Vague ? [] : null;

    protected override TextSpan? PhraseOf(TargetDate target, string targetDate) =>
        target.VaguePhrase is { Length: > 0 } phrase && targetDate.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) is var at and >= 0
            ? new TextSpan(PlanFields.TargetDate, at, phrase.Length)
            : null;
}
