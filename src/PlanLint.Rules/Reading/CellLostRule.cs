using PlanLint.Diagnostics;

namespace PlanLint.Rules.Reading;

public sealed class CellLostRule() : ReadingNoteRule(Descriptor)
{
    public const string Id = RuleIds.CellLost;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "A cell the plan's own summary proves was filled in must be readable",
        "{0}",
        RuleCategory.Reading,
        Severity.Warning,
        Description: "A cell is blank or unreadable in the source, but the plan's own tally (\"Agreed 17 / Partly Agreed 1 / Not Agreed 0 / Total 18\") shows it was filled in: the source lost it, the author did not omit it.",
        Name: "CellLost");
}
