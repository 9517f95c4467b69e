using System.Text.RegularExpressions;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;

namespace PlanLint.Rules.TimeBound;

public sealed partial class VagueTargetDateRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.VagueTargetDate,
        "Target dates must say when the action will be complete",
        "Target date '{0}' for action {1} of recommendation {2} gives no date by which the action will be complete; give a month and year",
        RuleCategory.TimeBound,
        Severity.Warning,
        Description: "\"Ongoing\", \"TBC\" or a bare frequency such as \"Monthly\" is not a deadline: the action can never be late, so it cannot be tracked.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        if (action.TargetDate is not { } target || ContainsYear(target))
            return;

        if (PhraseLists.Get(PhraseLists.VagueTargetDates).Matcher.IsMatch(target))
            context.Report(Descriptor, action.LocationOf(PlanFields.TargetDate), target.Trim(), action.Index, context.Concern!.Id);
    }

    private static bool ContainsYear(string text) => YearPattern().IsMatch(text);

    [GeneratedRegex(@"\b(19|20)\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex YearPattern();
}
