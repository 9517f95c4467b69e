namespace PlanLint.Diagnostics;

/// <summary>
/// The ids of findings PlanLint raises outside the rules: the engine's (a plan that cannot be read, a suppression's
/// faults, a rule that failed) and the readers' (what a reader could not tell for certain, reported through the Reading
/// rules). A built-in rule's own id is its <c>Id</c> constant, beside its descriptor in PlanLint.Rules. Ids are public:
/// configuration, suppressions, baselines and reports refer to them, so an id is never reused or renumbered.
/// </summary>
public static class RuleIds
{
    // Engine
    public const string InvalidPlan = "PL0001";
    public const string SuppressionWithoutJustification = "PL0007";
    public const string UnusedSuppression = "PL0008";
    public const string AnalyzerFailure = "PL9999";

    // Reading (PL0002 was Structure before issue 13 and keeps its number): owner or date entries a reader could not place
    // beside the actions of a row.
    public const string OwnersNotAlignedWithActions = "PL0002";

    // Reading: what a reader could not tell for certain from the source document
    public const string RecommendationNumberNotRead = "PL8001";
    public const string TextNotRead = "PL8002";
    public const string ConflictingEntries = "PL8003";
    public const string TextReadAcrossColumns = "PL8004";
    public const string CellLost = "PL8005";
    public const string EntriesRunTogether = "PL8006";
}
