using PlanLint.Analysis;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.Structure;
using PlanLint.Rules.TimeBound;

namespace PlanLint.Rules;

/// <summary>Every built-in analyzer. Listed by hand rather than found by reflection, to keep start-up fast and trimming safe.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<PlanAnalyzer> Create() =>
    [
        new OwnersNotAlignedWithActionsRule(),
        new MissingOwnerRule(),
        new MissingTargetDateRule(),
        new VagueTargetDateRule(),
    ];
}
