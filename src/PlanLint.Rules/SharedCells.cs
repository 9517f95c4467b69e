using System.Globalization;
using Humanizer;
using PlanLint.Model;

namespace PlanLint.Rules;

/// <summary>
/// In a Word or published plan one merged owner or target date cell often serves several actions, and the reader gives
/// each of them the cell's location. Rules about what such a cell says report it once, naming every action it serves,
/// so one "Ongoing" beside seven actions is one finding, not seven.
/// </summary>
public static class SharedCells
{
    /// <summary>
    /// The actions of the concern, with text, whose <paramref name="field"/> is written at the same place as this action's,
    /// in order. Rows without action text are left to PL0006.
    /// </summary>
    public static IReadOnlyList<PlanAction> ActionsSharing(Concern concern, PlanAction action, string field) =>
        action.Fields.Get(field) is { } location
            ? [.. concern.Actions.Where(a => ReferenceEquals(a, action)
                || (a.Fields.Get(field) == location && !string.IsNullOrWhiteSpace(a.Text)))]
            : [action];

    /// <summary>True when this action is the first of those sharing its cell: the one to report the cell on.</summary>
    public static bool IsFirstSharing(Concern concern, PlanAction action, string field, out IReadOnlyList<PlanAction> sharing)
    {
        sharing = ActionsSharing(concern, action, field);
        return ReferenceEquals(sharing[0], action);
    }

    /// <summary>"action 3", "actions 1 and 2", "actions 1 to 7", "actions 1, 3 and 4".</summary>
    public static string Describe(IReadOnlyList<PlanAction> actions)
    {
        var indexes = actions.Select(a => a.Index).ToList();
        if (indexes.Count == 1) return string.Create(CultureInfo.InvariantCulture, $"action {indexes[0]}");
        bool consecutive = indexes.Zip(indexes.Skip(1)).All(p => p.Second == p.First + 1);
        return consecutive && indexes.Count > 2
            ? string.Create(CultureInfo.InvariantCulture, $"actions {indexes[0]} to {indexes[^1]}")
            : "actions " + indexes.Select(i => i.ToString(CultureInfo.InvariantCulture)).Humanize("and");
    }
}
