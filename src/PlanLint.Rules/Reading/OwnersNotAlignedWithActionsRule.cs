using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

/// <summary>
/// Table rows (Word, published text) whose owner or target date entries the reader could not line up with the action
/// paragraphs beside them, even with the cues of docs/readers.md (rule 18): one finding per row, naming the actions left
/// without an owner or date (for which no owner or date is reported missing) and the entries left over.
/// </summary>
public sealed class OwnersNotAlignedWithActionsRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.OwnersNotAlignedWithActions;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Each action in a table row must have its own owner and target date beside it",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "A table row whose owner or target date cell has more than one entry, but not one per action paragraph, and nothing else in the row shows which entry goes with which action.",
        Name: "OwnersNotAlignedWithActions");
}
