using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.Achievable;
using PlanLint.Rules.Agreement;
using PlanLint.Rules.Measurable;
using PlanLint.Rules.Reading;
using PlanLint.Rules.Relevant;
using PlanLint.Rules.Specific;
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
        new NoActionsRule(),
        new DuplicateRecommendationNumberRule(),
        new MissingPlanDetailsRule(),
        new EmptyActionRule(),
        new GenericOwnerRule(),
        new SharedOwnerRule(),
        new UnrecognisedTargetDateRule(),
        new StartInsteadOfDeadlineRule(),
        new MultipleTargetDatesRule(),
        new OverdueAtSubmissionRule(),
        new DistantTargetDateRule(),
        new CompletedButFutureTenseRule(),
        new MissingAgreementStatusRule(),
        new PartlyAgreedWithoutReasonRule(),
        new NotAgreedWithoutReasonRule(),
        new ReasonWithoutCategoryRule(),
        new RestatesConcernRule(),
        new WeakCommitmentRule(),
        new BundledActionsRule(),
        new StatementNotActionRule(),
        new ReviewWithoutOutcomeRule(),
        new NoMeasureRule(),
        new ExternalDependencyRule(),
        new DuplicateActionRule(),
        new RepeatedWithinConcernRule(),
        new UnrelatedToConcernRule(),
        new RecommendationNumberNotReadRule(),
        new TextNotReadRule(),
        new ConflictingEntriesRule(),
        new TextReadAcrossColumnsRule(),
        new CellLostRule(),
        new EntriesRunTogetherRule(),
    ];

    /// <summary>Whether an id is a built-in rule's or the engine's: one PlanLint itself may report.</summary>
    public static bool IsBuiltIn(string id) => Descriptors.ContainsKey(id);

    private static Dictionary<string, RuleDescriptor> Descriptors => descriptors ??= EngineDiagnostics.All
        .Concat(Create().SelectMany(a => a.SupportedDiagnostics))
        .ToDictionary(d => d.Id, StringComparer.Ordinal);

    private static Dictionary<string, RuleDescriptor>? descriptors;
}
