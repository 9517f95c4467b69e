using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

public sealed class EntriesRunTogetherRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.EntriesRunTogether;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Each owner and target date must be its own paragraph beside its action",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "An owner or target date cell holds several entries run together on one line (\"September 2022 October 2022\", \"Governing Governing Governing\") beside one action paragraph: paragraphs joined by the extraction. PlanLint cuts the action to match when its sentences fit the entries, and otherwise says which entries it could not place.",
        Name: "EntriesRunTogether");
}
