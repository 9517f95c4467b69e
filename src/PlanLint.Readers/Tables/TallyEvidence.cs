using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Uses a plan's own tally of statuses as evidence about agreement cells the source lost (docs/readers.md, rule 22a):
/// when the tally counts a status for every recommendation, and the statuses that could be read fall short of it by
/// exactly the recommendations without one, those cells were lost by the source, not left blank by the author. The
/// status is inferred when the tally leaves only one possible, unknown otherwise; either way one note says so.
/// </summary>
internal static class TallyEvidence
{
    public static List<Concern> Apply(List<Concern> concerns, IReadOnlyList<ConcernAssembly> assemblies, PlanTally tally)
    {
        if (tally.Total is { } total && total != concerns.Count) return concerns;
        var missing = Enumerable.Range(0, concerns.Count).Where(i => concerns[i].Agreement is null).ToList();
        if (missing.Count == 0) return concerns;

        var statuses = new[] { AgreementStatus.Agreed, AgreementStatus.PartlyAgreed, AgreementStatus.NotAgreed };
        var unaccounted = statuses.ToDictionary(s => s, s => tally.CountOf(s) - concerns.Count(c => c.Agreement == s));
        if (unaccounted.Values.Any(n => n < 0) || unaccounted.Values.Sum() != missing.Count) return concerns;

        var only = statuses.Where(s => unaccounted[s] > 0).ToList();
        var result = new List<Concern>(concerns);
        foreach (int i in missing)
        {
            var concern = concerns[i];
            var at = concern.LocationOf(PlanFields.Agreement);
            string cell = assemblies[i].UnreadAgreementText is { } text
                ? $"reads {CellText.Quote(text)}, not a status"
                : "is blank";
            string evidence = $"the plan's tally ({tally}) counts a status for every recommendation";
            FieldReading reading;
            string decided;
            if (only.Count == 1)
            {
                string name = only[0].TemplateName();
                reading = FieldReading.InferredFrom($"{evidence}, and only '{name}' is short of its count");
                decided = $"it was read as '{name}', the only status the tally leaves unaccounted for";
            }
            else
            {
                reading = FieldReading.UnknownBecause($"{evidence}, but leaves more than one status unaccounted for");
                decided = "which status it had cannot be told, so none is reported missing";
            }

            var note = ReadingDiagnostics.Note(RuleIds.CellLost, at,
                $"The agreement cell of recommendation {concern.Id} {cell} in the source, but {evidence}: the source lost it; {decided}.");
            var notes = concern.ReadingNotes.Where(n => !ReferenceEquals(n, assemblies[i].UnreadAgreement)).Append(note)
                .OrderBy(n => n.Location.Line).ThenBy(n => n.Location.Column).ToList();
            result[i] = concern with
            {
                Agreement = only.Count == 1 ? only[0] : null,
                Readings = concern.Readings.With(PlanFields.Agreement, reading),
                ReadingNotes = notes,
            };
        }

        return result;
    }
}
