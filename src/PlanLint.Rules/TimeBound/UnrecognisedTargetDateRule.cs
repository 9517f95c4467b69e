using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class UnrecognisedTargetDateRule() : TargetCellRule(Descriptor)
{
    public const string Id = "PL2003";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Target dates must be a date or a recognised status",
        "Target date '{0}' for {1} of recommendation {2} ({3}) is neither a date nor a recognised status; give the month and year by which the action will be complete, or 'Completed'",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "A target that is neither a date nor a status such as \"Completed\" (a condition, a stray number, a word lost from another column) cannot be tracked.",
        Name: "UnrecognisedTargetDate");

    protected override object?[]? Check(TargetDate target, RuleContext context) => target.Kind == TargetKind.Unrecognised ? [] : null;
}
