using System.Globalization;
using PlanLint.Text;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.Rules.TimeBound;

public sealed class DistantTargetDateRule() : TargetCellRule(Descriptor)
{
    public const string HorizonMonthsOption = "horizonMonths";
    public const int DefaultHorizonMonths = 12;

    /// <summary>The JSON schema of this rule's options in planlint.json.</summary>
    public const string OptionsSchemaJson = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "horizonMonths": {
              "title": "Horizon in months",
              "description": "How many calendar months after the month of submission a target date may end before PL2007 asks for an interim milestone.",
              "type": "integer",
              "minimum": 0,
              "default": 12
            }
          }
        }
        """;

    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.DistantTargetDate,
        "Distant target dates need an interim milestone",
        "Target date '{0}' for {1} of recommendation {2} ({3}) is {4} after the plan was submitted ({5}); set an interim milestone within {6} so progress can be checked",
        RuleCategory.TimeBound,
        Severity.Note,
        Description: "An action due more than a year away cannot be followed up at the usual checks; an interim milestone keeps it time-bound.");

    protected override object?[]? Check(TargetDate target, RuleContext context)
    {
        if (context.Plan.Submitted is not { } submitted || target.Kind != TargetKind.Date || target.Deadline is not { } deadline) return null;
        int horizon = Math.Max(context.OptionsFor(Descriptor).GetInt32(HorizonMonthsOption, DefaultHorizonMonths), 0);
        int months = Spans.CalendarMonths(submitted, deadline);
        return months <= horizon
            ? null
            : [Months(months), Spans.Format(submitted), Months(horizon)];
    }

    private static string Months(int count) => Quantity.Of(count, "month");
}
