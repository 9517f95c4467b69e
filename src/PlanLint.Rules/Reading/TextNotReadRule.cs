using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

public sealed class TextNotReadRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.TextNotRead;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Text in the plan's table must belong to a column PlanLint can read",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "Text PlanLint found but could not read as part of the plan (stray text in a column, cells beyond the table, an agreement cell without a status, a title date it cannot read) and so left out.",
        Name: "TextNotRead");
}
