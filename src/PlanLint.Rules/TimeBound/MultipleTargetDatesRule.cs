using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound.Dates;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound;

public sealed class MultipleTargetDatesRule() : TargetCellRule(Descriptor)
{
    public const string Id = "PL2005";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "An action must have one target date",
        "Target date '{0}' for {1} of recommendation {2} ({3}) gives {4} ({5}); give one completion date per action, splitting the action if its steps finish at different times",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "Two dates for one action (\"March 2024 March 2024\", \"Completed September 2024\") leave it unclear when it is due, and usually mean rows were run together.",
        Name: "MultipleTargetDates");

    protected override object?[]? Check(TargetDate target, RuleContext context) =>
        target.Kind != TargetKind.Multiple
            ? null
            : [Quantity.Of(target.Parts.Count, "target"), string.Join(", ", target.Parts.Select(p => $"'{p}'"))];
}
