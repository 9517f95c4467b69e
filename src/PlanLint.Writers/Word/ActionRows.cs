using PlanLint.Model;
using PlanLint.Readers.Tables;

namespace PlanLint.Writers.Word;

/// <summary>
/// How a recommendation's actions are laid out in table rows: one row per action, so each action has its owner and
/// target date beside it, except where the Word reader would read a row as continuing the action above it (the action
/// above stops mid-sentence and the next starts lower-case, or the one above ends on a joining word, or the next has no
/// owner of its own: docs/readers.md, rule 11). Such actions share a row, one paragraph each, which the reader never
/// joins (rule 10), provided the row can still pair every action with its own entries: all or none of them with an owner,
/// and all or none with a target date (rules 14 and 16). The reader's own tests decide, so the two cannot drift apart.
/// </summary>
internal static class ActionRows
{
    public static IReadOnlyList<IReadOnlyList<PlanAction>> Of(Concern concern)
    {
        var rows = new List<IReadOnlyList<PlanAction>>();
        var current = new List<PlanAction>();
        foreach (var action in concern.Actions)
        {
            if (current.Count > 0 && !(ReadAsContinuation(current[^1], action) && CanShareRow([.. current, action])))
            {
                rows.Add(current);
                current = [];
            }

            current.Add(action);
        }

        if (current.Count > 0) rows.Add(current);
        return rows;
    }

    /// <summary>
    /// The first action whose owner or target date cell (<paramref name="field"/>) this one shares in the plan (one merged
    /// cell, read or inferred from the source; not one whose value could not be read), when a Word table can draw it so: every action from that one to this shares it, with
    /// the same value. Null for a cell of its own, or a shared cell that skips an action (it cannot be drawn as one).
    /// </summary>
    public static int? SharedCell(Concern concern, PlanAction action, string field)
    {
        if (action.ReadingOf(field) is not { IsUnknown: false, SameCellAs: { } first } || IsBlank(Value(action, field))) return null;
        string value = CellValue(Value(action, field));
        return concern.Actions.Where(a => a.Index >= first && a.Index < action.Index)
            .All(a => CellValue(Value(a, field)) == value && (a.Index == first || a.ReadingOf(field).SameCellAs == first))
            && concern.Actions.Any(a => a.Index == first)
            ? first
            : null;
    }

    /// <summary>An action's owner or target date.</summary>
    public static string? Value(PlanAction action, string field) => field == PlanFields.Owner ? action.Owner : action.TargetDate;

    /// <summary>Text as the reader will see it in the cell: white space collapsed, characters XML cannot hold replaced.</summary>
    public static string CellValue(string? text) => text is null ? "" : CellText.Normalize(WordTextContent.Safe(text));

    /// <summary>Whether the value leaves the cell blank to the reader (nothing, or no letter or digit).</summary>
    public static bool IsBlank(string? text) => CellText.HasNoContent(CellValue(text));

    /// <summary>Rule 11: a row's first paragraph continues the action above it.</summary>
    private static bool ReadAsContinuation(PlanAction above, PlanAction next)
    {
        string previous = CellValue(above.Text);
        return CellText.EndsMidSentence(previous)
            && (CellText.StartsLowerCase(CellValue(next.Text)) || CellText.EndsWithJoiner(previous) || IsBlank(next.Owner));
    }

    private static bool CanShareRow(IReadOnlyList<PlanAction> actions) =>
        Uniform(actions.Select(a => IsBlank(a.Owner))) && Uniform(actions.Select(a => IsBlank(a.TargetDate)));

    private static bool Uniform(IEnumerable<bool> values) => values.Distinct().Count() == 1;
}
