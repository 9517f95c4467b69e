using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

public sealed class RecommendationNumberNotReadRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.RecommendationNumberNotRead;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Each recommendation's number must be readable in the Rec No column",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "The Rec No cell of a row that starts a recommendation holds no number PlanLint can read (or the table starts part-way through one), so the number was inferred from the recommendation before it.",
        Name: "RecommendationNumberNotRead");
}
