using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

public sealed class TextReadAcrossColumnsRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.TextReadAcrossColumns;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "An action's text must stay in the action column",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "Text in the owner or target date column that carries on the sentence of the action above it was read as part of that action, not as an owner or date.",
        Name: "TextReadAcrossColumns");
}
