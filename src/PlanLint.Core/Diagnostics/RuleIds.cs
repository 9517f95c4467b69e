namespace PlanLint.Diagnostics;

/// <summary>
/// Every built-in rule id, in one place. Ids are public: configuration, suppressions, baselines
/// and reports refer to them, so an id is never reused or renumbered.
/// </summary>
public static class RuleIds
{
    // Structure and engine
    public const string InvalidPlan = "PL0001";

    // Reading since issue 13 (it was Structure): owner or date entries a reader could not place beside the actions of a row.
    public const string OwnersNotAlignedWithActions = "PL0002";
    public const string NoActions = "PL0003";
    public const string DuplicateRecommendationNumber = "PL0004";
    public const string MissingPlanDetails = "PL0005";
    public const string EmptyAction = "PL0006";
    public const string SuppressionWithoutJustification = "PL0007";
    public const string UnusedSuppression = "PL0008";

    // Accountable owner
    public const string MissingOwner = "PL1001";
    public const string GenericOwner = "PL1002";
    public const string SharedOwner = "PL1003";

    // Time-bound
    public const string MissingTargetDate = "PL2001";
    public const string VagueTargetDate = "PL2002";
    public const string UnrecognisedTargetDate = "PL2003";
    public const string StartInsteadOfDeadline = "PL2004";
    public const string MultipleTargetDates = "PL2005";
    public const string OverdueAtSubmission = "PL2006";
    public const string DistantTargetDate = "PL2007";
    public const string CompletedButFutureTense = "PL2008";

    // Specific
    public const string RestatesConcern = "PL3001";
    public const string WeakCommitment = "PL3002";
    public const string BundledActions = "PL3003";
    public const string StatementNotAction = "PL3004";

    // Measurable
    public const string ReviewWithoutOutcome = "PL4001";
    public const string NoMeasure = "PL4002";

    // Achievable
    public const string ExternalDependency = "PL5001";

    // Relevant
    public const string DuplicateAction = "PL6001";
    public const string RepeatedWithinConcern = "PL6002";
    public const string UnrelatedToConcern = "PL6003";

    // Agreement
    public const string MissingAgreementStatus = "PL7001";
    public const string PartlyAgreedWithoutReason = "PL7002";
    public const string NotAgreedWithoutReason = "PL7003";
    public const string ReasonWithoutCategory = "PL7004";

    // Reading: what a reader could not tell for certain from the source document (PL0002 keeps its number)
    public const string RecommendationNumberNotRead = "PL8001";
    public const string TextNotRead = "PL8002";
    public const string ConflictingEntries = "PL8003";
    public const string TextReadAcrossColumns = "PL8004";
    public const string CellLost = "PL8005";
    public const string EntriesRunTogether = "PL8006";

    public const string AnalyzerFailure = "PL9999";

    /// <summary>The PascalCase name of a built-in rule, used in SARIF and documentation.</summary>
    public static string? NameOf(string id) => id switch
    {
        InvalidPlan => nameof(InvalidPlan),
        OwnersNotAlignedWithActions => nameof(OwnersNotAlignedWithActions),
        NoActions => nameof(NoActions),
        DuplicateRecommendationNumber => nameof(DuplicateRecommendationNumber),
        MissingPlanDetails => nameof(MissingPlanDetails),
        EmptyAction => nameof(EmptyAction),
        SuppressionWithoutJustification => nameof(SuppressionWithoutJustification),
        UnusedSuppression => nameof(UnusedSuppression),
        MissingOwner => nameof(MissingOwner),
        GenericOwner => nameof(GenericOwner),
        SharedOwner => nameof(SharedOwner),
        MissingTargetDate => nameof(MissingTargetDate),
        VagueTargetDate => nameof(VagueTargetDate),
        UnrecognisedTargetDate => nameof(UnrecognisedTargetDate),
        StartInsteadOfDeadline => nameof(StartInsteadOfDeadline),
        MultipleTargetDates => nameof(MultipleTargetDates),
        OverdueAtSubmission => nameof(OverdueAtSubmission),
        DistantTargetDate => nameof(DistantTargetDate),
        CompletedButFutureTense => nameof(CompletedButFutureTense),
        RestatesConcern => nameof(RestatesConcern),
        WeakCommitment => nameof(WeakCommitment),
        BundledActions => nameof(BundledActions),
        StatementNotAction => nameof(StatementNotAction),
        ReviewWithoutOutcome => nameof(ReviewWithoutOutcome),
        NoMeasure => nameof(NoMeasure),
        ExternalDependency => nameof(ExternalDependency),
        DuplicateAction => nameof(DuplicateAction),
        RepeatedWithinConcern => nameof(RepeatedWithinConcern),
        UnrelatedToConcern => nameof(UnrelatedToConcern),
        MissingAgreementStatus => nameof(MissingAgreementStatus),
        PartlyAgreedWithoutReason => nameof(PartlyAgreedWithoutReason),
        NotAgreedWithoutReason => nameof(NotAgreedWithoutReason),
        ReasonWithoutCategory => nameof(ReasonWithoutCategory),
        RecommendationNumberNotRead => nameof(RecommendationNumberNotRead),
        TextNotRead => nameof(TextNotRead),
        ConflictingEntries => nameof(ConflictingEntries),
        TextReadAcrossColumns => nameof(TextReadAcrossColumns),
        CellLost => nameof(CellLost),
        EntriesRunTogether => nameof(EntriesRunTogether),
        AnalyzerFailure => nameof(AnalyzerFailure),
        _ => null,
    };
}
