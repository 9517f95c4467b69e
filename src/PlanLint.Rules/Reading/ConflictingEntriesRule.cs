using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

public sealed class ConflictingEntriesRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.ConflictingEntries;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "An action split over two rows must not be given two different owners or target dates",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "An action whose paragraph runs on into the next row is given an owner or target date on both rows, and they differ; PlanLint keeps the one beside the start of the action.",
        Name: "ConflictingEntries");
}
