using PlanLint.Model;

namespace PlanLint.Rules;

/// <summary>
/// The actions of a recommendation that share one owner or target date cell (a merged cell, one entry beside several
/// paragraphs), as the reader recorded it (<see cref="FieldReading.SameCellAs"/>): a rule about what a cell says reports
/// it once, for all of them. A field of its own (every field of a hand-written JSON or YAML plan) is its own group.
/// </summary>
public static class SharedCells
{
    public static IReadOnlyList<IReadOnlyList<PlanAction>> Of(Concern concern, string field, Func<PlanAction, string?> value)
    {
        var groups = new List<Group>();
        foreach (var action in concern.Actions)
        {
            if (string.IsNullOrWhiteSpace(action.Text) || value(action) is not { } v || string.IsNullOrWhiteSpace(v)) continue;
            if (action.ReadingOf(PlanFields.Text).IsUnknown || action.ReadingOf(field).IsUnknown) continue;
            string key = v.Trim();
            int existing = action.ReadingOf(field).SameCellAs is { } first
                ? groups.FindIndex(g => g.First == first && string.Equals(g.Value, key, StringComparison.Ordinal))
                : -1;
            if (existing >= 0) groups[existing].Actions.Add(action);
            else groups.Add(new Group(action.Index, key, [action]));
        }

        return [.. groups.Select(g => (IReadOnlyList<PlanAction>)g.Actions)];
    }

    /// <summary>
    /// A cell's actions, by the index of the first and the cell's text. A record, not a tuple: a list of tuples (value
    /// types) and LINQ over it cannot be compiled ahead of time (ReadyToRun), so every run would JIT-compile them.
    /// </summary>
    private sealed record Group(int First, string Value, List<PlanAction> Actions);
}
