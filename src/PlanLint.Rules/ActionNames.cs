using System.Globalization;
using PlanLint.Model;
using PlanLint.Rules.Language;

namespace PlanLint.Rules;

/// <summary>
/// How owner and date messages name the actions they are about: by number ("action 9", "actions 1–7") and by their
/// opening words ("'Bids will be submitted to…'"), so a reviewer finds the place in a Word document without line numbers.
/// </summary>
public static class ActionNames
{
    /// <summary>The length of the quoted opening words, in characters.</summary>
    public const int OpeningLength = 32;

    /// <summary>"action 9", "actions 1–7", "actions 2, 5–6".</summary>
    public static string Of(IReadOnlyList<PlanAction> actions)
    {
        if (actions.Count == 1) return string.Create(CultureInfo.InvariantCulture, $"action {actions[0].Index}");
        var indexes = actions.Select(a => a.Index).ToList();
        var ranges = new List<string>();
        for (int i = 0; i < indexes.Count;)
        {
            int j = i;
            while (j + 1 < indexes.Count && indexes[j + 1] == indexes[j] + 1) j++;
            ranges.Add(i == j
                ? indexes[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{indexes[i]}\u2013{indexes[j]}"));
            i = j + 1;
        }

        return "actions " + string.Join(", ", ranges);
    }

    /// <summary>"'Bids will be submitted to…'"; for several actions, the first's and how many more.</summary>
    public static string Opening(IReadOnlyList<PlanAction> actions)
    {
        string quote = Opening(actions[0]);
        return actions.Count == 1 ? quote : string.Create(CultureInfo.InvariantCulture, $"{quote} and {actions.Count - 1} more");
    }

    public static string Opening(PlanAction action) => "'" + PlanQuote.Of(action.Text, OpeningLength) + "'";
}

/// <summary>
/// The actions of a recommendation that share one owner or target date cell (a merged cell, one entry beside several
/// paragraphs), as the reader recorded it (<see cref="FieldReading.SameCellAs"/>): a rule about what a cell says reports
/// it once, for all of them. A field of its own (every field of a hand-written JSON or YAML plan) is its own group.
/// </summary>
public static class SharedCells
{
    public static IReadOnlyList<IReadOnlyList<PlanAction>> Of(Concern concern, string field, Func<PlanAction, string?> value)
    {
        var groups = new List<(int First, string Value, List<PlanAction> Actions)>();
        foreach (var action in concern.Actions)
        {
            if (string.IsNullOrWhiteSpace(action.Text) || value(action) is not { } v || string.IsNullOrWhiteSpace(v)) continue;
            if (action.ReadingOf(PlanFields.Text).IsUnknown || action.ReadingOf(field).IsUnknown) continue;
            string key = v.Trim();
            int existing = action.ReadingOf(field).SameCellAs is { } first
                ? groups.FindIndex(g => g.First == first && string.Equals(g.Value, key, StringComparison.Ordinal))
                : -1;
            if (existing >= 0) groups[existing].Actions.Add(action);
            else groups.Add((action.Index, key, [action]));
        }

        return [.. groups.Select(g => (IReadOnlyList<PlanAction>)g.Actions)];
    }
}
