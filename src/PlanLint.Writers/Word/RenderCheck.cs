using System.Globalization;
using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Readers.Word;

namespace PlanLint.Writers.Word;

/// <summary>
/// Reads a rendered document back with the Word reader and lists, in words, where it does not give the plan it was
/// rendered from: what a Word table cannot say (an owner on the first of several actions only, a reason the response
/// would not give, a value the plan's own reader inferred or could not read) and what the reader would have to guess.
/// White space is compared collapsed (a cell cannot keep it); suppressions are not compared (they are not printed).
/// </summary>
internal static class RenderCheck
{
    public static IReadOnlyList<string> Differences(ActionPlan plan, byte[] document)
    {
        var read = new WordPlanReader().Read(plan.Path, document);
        var differences = read.Diagnostics.Select(d => $"reading the document back: {d.Message}").ToList();
        differences.AddRange(NotFact(plan));
        if (read.Plan is not { } back) return differences;

        void Compare(string what, string? expected, string? actual)
        {
            // White space compared collapsed; characters XML cannot hold (printed as U+FFFD) are differences.
            string e = CellText.Normalize(expected ?? ""), a = CellText.Normalize(actual ?? "");
            if (!string.Equals(e, a, StringComparison.Ordinal))
                differences.Add($"{what} reads back as {Show(a)}, not {Show(e)}");
        }

        Compare("the establishment", plan.Establishment, back.Establishment);
        Compare("the submission date", Iso(plan.Submitted), Iso(back.Submitted));
        Compare("the inspection start", Iso(plan.InspectionStart), Iso(back.InspectionStart));
        Compare("the inspection end", Iso(plan.InspectionEnd), Iso(back.InspectionEnd));
        Compare("the report publication date", Iso(plan.ReportPublished), Iso(back.ReportPublished));
        Compare("the format", plan.Format.ToString(), back.Format.ToString());
        if (plan.Concerns.Count != back.Concerns.Count)
        {
            differences.Add($"the document reads back as {Text.Quantity.Of(back.Concerns.Count, "recommendation")} ({string.Join(", ", back.Concerns.Select(c => c.Id))}), not {plan.Concerns.Count.ToString(CultureInfo.InvariantCulture)} ({string.Join(", ", plan.Concerns.Select(c => c.Id))})");
            return differences;
        }

        for (int i = 0; i < plan.Concerns.Count; i++)
        {
            var (e, a) = (plan.Concerns[i], back.Concerns[i]);
            string rec = $"recommendation {e.Id}";
            Compare($"the number of {rec}", e.Id, a.Id);
            Compare($"the section of {rec}", e.Section, a.Section);
            Compare($"the text of {rec}", e.Text, a.Text);
            Compare($"the agreement of {rec}", e.Agreement?.ToString(), a.Agreement?.ToString());
            Compare($"the reason of {rec}", e.Reason, a.Reason);
            if (e.Actions.Count != a.Actions.Count)
            {
                differences.Add($"{rec} reads back with {Text.Quantity.Of(a.Actions.Count, "action")}, not {e.Actions.Count.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            for (int j = 0; j < e.Actions.Count; j++)
            {
                string action = $"action {(j + 1).ToString(CultureInfo.InvariantCulture)} of {rec}";
                Compare($"the text of {action}", e.Actions[j].Text, a.Actions[j].Text);
                Compare($"the owner of {action}", Entry(e.Actions[j].Owner), a.Actions[j].Owner);
                Compare($"the target date of {action}", Entry(e.Actions[j].TargetDate), a.Actions[j].TargetDate);
                foreach (string field in new[] { PlanFields.Owner, PlanFields.TargetDate })
                {
                    int? shared = e.Actions[j].ReadingOf(field) is { IsUnknown: false } reading && !ActionRows.IsBlank(ActionRows.Value(e.Actions[j], field)) ? reading.SameCellAs : null;
                    int? readBack = a.Actions[j].ReadingOf(field).SameCellAs;
                    if (shared != readBack)
                        differences.Add($"the {PlanFields.Describe(field)} of {action} reads back as {Cell(readBack)}, not {Cell(shared)}");
                }
            }
        }

        return differences;
    }

    /// <summary>
    /// What the plan holds that is not a fact a document can state: values its own reader (of a Word draft or published
    /// text, kept through <c>planlint import</c>) inferred or could not read, and its reading findings. The document
    /// states each value as written, so a reviewer must check them there.
    /// </summary>
    private static IEnumerable<string> NotFact(ActionPlan plan)
    {
        foreach (var concern in plan.Concerns)
        {
            string rec = $"recommendation {concern.Id}";
            foreach (var (field, reading) in concern.Readings.All)
            {
                if (Provenance(reading) is { } how)
                    yield return $"the {PlanFields.Describe(field)} of {rec} {how}";
            }

            foreach (var action in concern.Actions)
            {
                foreach (var (field, reading) in action.Readings.All)
                {
                    if (Provenance(reading) is { } how)
                        yield return $"the {PlanFields.Describe(field)} of action {action.Index.ToString(CultureInfo.InvariantCulture)} of {rec} {how}";
                }
            }
        }

        foreach (var note in plan.AllReadingNotes)
            yield return $"the plan's reading finding {note.Rule} is not a fact the document can state, and is left out: {note.Message}";
    }

    private static string? Provenance(FieldReading reading) => reading.Status switch
    {
        ReadingStatus.Inferred => $"was inferred when the plan was read ({reading.Why ?? "not read beside it"}); the document states it as written",
        ReadingStatus.Unknown => $"could not be read when the plan was read ({reading.Why ?? "the source did not settle it"}); the document shows the cell as if the source said so",
        _ => null,
    };

    private static string Cell(int? sharedWith) =>
        sharedWith is { } first ? $"the cell of action {first.ToString(CultureInfo.InvariantCulture)}" : "a cell of its own";

    /// <summary>An owner or date with no letter or digit is no entry to the reader; so it is printed, and so it is compared.</summary>
    private static string? Entry(string? value) => ActionRows.IsBlank(value) ? null : value;

    private static string Show(string value) => value.Length == 0 ? "nothing" : CellText.Quote(value, 60);

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
