using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound.Dates;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound;

public sealed class DistantTargetDateRule() : TargetCellRule(Descriptor)
{
    public const string Id = "PL2007";

    public static readonly RuleOption<int> HorizonMonths = RuleOption.Integer(
        "horizonMonths",
        12,
        "How many calendar months after the month of submission a target date may end before PL2007 asks for an interim milestone.",
        minimum: 1);

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Distant target dates need an interim milestone",
        "Target date '{0}' for {1} of recommendation {2} ({3}) is {4} after the plan was submitted ({5}); set an interim milestone within {6} so progress can be checked",
        RuleCategory.TimeBound,
        Severity.Note,
        Description: "An action due more than a year away cannot be followed up at the usual checks; an interim milestone keeps it time-bound.",
        Name: "DistantTargetDate")
    {
        Options = [HorizonMonths],
    };

    protected override object?[]? Check(TargetDate target, RuleContext context)
    {
        if (context.Plan.Submitted is not { } submitted || target.Kind != TargetKind.Date || target.Deadline is not { } deadline) return null;
        int horizon = context.OptionsFor(Descriptor).Get(HorizonMonths);
        int months = Spans.CalendarMonths(submitted, deadline);
        return months <= horizon
            ? null
            : [Months(months), Spans.Format(submitted), Months(horizon)];
    }

    private static string Months(int count) => Quantity.Of(count, "month");
}
