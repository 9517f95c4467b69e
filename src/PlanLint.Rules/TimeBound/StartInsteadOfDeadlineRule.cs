using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.Specific;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class StartInsteadOfDeadlineRule() : TargetCellRule(Descriptor)
{
    public const string Id = "PL2004";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Target dates must give a completion date, not a start",
        "Target date '{0}' for {1} of recommendation {2} ({3}) gives a start, not a completion date; give the month and year by which it will be complete",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "\"Commencing January 2026\" says when work begins, not when it will be done, so the action can never be late.",
        Name: "StartInsteadOfDeadline")
    {
        // A hedge on when the work starts ("anticipated to start") is the same fault, said of the text.
        Outranks = [WeakCommitmentRule.Id],
    };

    protected override object?[]? Check(TargetDate target, RuleContext context) => target.Kind == TargetKind.Start ? [] : null;
}
