using System.Globalization;
using PlanLint.Model;

namespace PlanLint.Tests.Support;

/// <summary>
/// Compares two plan models field by field and lists the differences in words a reviewer can act on,
/// e.g. "rec 7 action 13 owner: expected 'X' got null". Locations are not compared.
/// </summary>
public static class PlanDiffer
{
    public static IReadOnlyList<string> Compare(ActionPlan expected, ActionPlan actual)
    {
        var diffs = new List<string>();
        Field(diffs, "establishment", expected.Establishment, actual.Establishment);
        Field(diffs, "submitted", Date(expected.Submitted), Date(actual.Submitted));
        Field(diffs, "inspection start", Date(expected.InspectionStart), Date(actual.InspectionStart));
        Field(diffs, "inspection end", Date(expected.InspectionEnd), Date(actual.InspectionEnd));
        Field(diffs, "report published", Date(expected.ReportPublished), Date(actual.ReportPublished));
        Field(diffs, "format", expected.Format.ToString(), actual.Format.ToString());
        Suppressions(diffs, "plan", expected.Suppressions, actual.Suppressions);
        Notes(diffs, "plan", expected.ReadingNotes, actual.ReadingNotes);

        if (expected.Concerns.Count != actual.Concerns.Count)
        {
            diffs.Add($"recommendations: expected {expected.Concerns.Count} ({Ids(expected)}) got {actual.Concerns.Count} ({Ids(actual)})");
        }

        for (int i = 0; i < Math.Min(expected.Concerns.Count, actual.Concerns.Count); i++)
            CompareConcern(diffs, expected.Concerns[i], actual.Concerns[i]);
        return diffs;
    }

    private static void CompareConcern(List<string> diffs, Concern e, Concern a)
    {
        string rec = $"rec {e.Id}";
        Field(diffs, $"{rec} id", e.Id, a.Id);
        Field(diffs, $"{rec} section", e.Section, a.Section);
        Field(diffs, $"{rec} text", e.Text, a.Text);
        Field(diffs, $"{rec} agreement", e.Agreement?.ToString(), a.Agreement?.ToString());
        Field(diffs, $"{rec} reason", e.Reason, a.Reason);
        Suppressions(diffs, rec, e.Suppressions, a.Suppressions);
        foreach (string field in (string[])[PlanFields.Id, PlanFields.Text, PlanFields.Agreement, PlanFields.Reason])
            Field(diffs, $"{rec} reading of {field}", Show(e.ReadingOf(field)), Show(a.ReadingOf(field)));
        Notes(diffs, rec, e.ReadingNotes, a.ReadingNotes);
        if (e.Actions.Count != a.Actions.Count)
            diffs.Add($"{rec} actions: expected {e.Actions.Count} got {a.Actions.Count}");

        for (int j = 0; j < Math.Min(e.Actions.Count, a.Actions.Count); j++)
        {
            string action = $"{rec} action {j + 1}";
            Field(diffs, $"{action} text", e.Actions[j].Text, a.Actions[j].Text);
            Field(diffs, $"{action} owner", e.Actions[j].Owner, a.Actions[j].Owner);
            Field(diffs, $"{action} target date", e.Actions[j].TargetDate, a.Actions[j].TargetDate);
            Suppressions(diffs, action, e.Actions[j].Suppressions, a.Actions[j].Suppressions);
            foreach (string field in (string[])[PlanFields.Text, PlanFields.Owner, PlanFields.TargetDate])
                Field(diffs, $"{action} reading of {field}", Show(e.Actions[j].ReadingOf(field)), Show(a.Actions[j].ReadingOf(field)));
        }
    }

    /// <summary>Fails with the differences, one per line, when the plans differ.</summary>
    public static void ShouldEqual(ActionPlan actual, ActionPlan expected, string context = "")
    {
        var differences = Compare(expected, actual);
        differences.ShouldBeEmpty($"plans differ {context}:\n  " + string.Join("\n  ", differences));
    }

    /// <summary>"read", "inferred: why", "unknown: why", "read (same cell as action 1)".</summary>
    private static string Show(FieldReading reading) =>
        reading.Status.ToString().ToLowerInvariant() + (reading.Why is { } why ? ": " + why : "")
        + (reading.SameCellAs is { } first ? $" (same cell as action {first})" : "");

    private static void Notes(List<string> diffs, string where, IReadOnlyList<ReadingNote> expected, IReadOnlyList<ReadingNote> actual) =>
        Field(diffs, $"{where} reading notes", Show(expected), Show(actual));

    private static string Show(IReadOnlyList<ReadingNote> notes) =>
        string.Join("; ", notes.Select(n => $"{n.Rule} [{n.Source}] {n.Message} (actions {string.Join(",", n.Actions)})"));

    private static void Suppressions(List<string> diffs, string where, IReadOnlyList<Suppression> expected, IReadOnlyList<Suppression> actual) =>
        Field(diffs, $"{where} suppressions", Show(expected), Show(actual));

    private static string Show(IReadOnlyList<Suppression> suppressions) =>
        string.Join("; ", suppressions.Select(s => $"{s.Rule}: {s.Justification}"));

    private static void Field(List<string> diffs, string what, string? expected, string? actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return;
        if (expected is { Length: > 120 } && actual is { Length: > 120 })
        {
            // Long texts that differ: show where, not the same first 120 characters twice.
            int at = 0;
            while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at]) at++;
            int from = Math.Max(0, at - 40);
            diffs.Add($"{what}: at character {at}, expected {Show(expected[from..])} got {Show(actual[from..])}");
            return;
        }

        diffs.Add($"{what}: expected {Show(expected)} got {Show(actual)}");
    }

    private static string Show(string? value) =>
        value is null ? "null" : "'" + (value.Length > 120 ? value[..120] + "…" : value) + "'";

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Ids(ActionPlan plan) => string.Join(", ", plan.Concerns.Select(c => c.Id));
}
