using System.Text.RegularExpressions;
using PlanLint.Model;
using PlanLint.Readers.Json;

namespace PlanLint.Tests.Support;

/// <summary>
/// The PDF fixtures in Fixtures/pdf and how each is made (Fixtures/pdf/README.md): the five hand-verified corpus plans
/// written as Word drafts by <see cref="WordPlanBuilder"/> and exported to PDF by LibreOffice, with and without table
/// borders, tagged and untagged; and two drawn by PdfPig's own writer (<see cref="PdfPlanBuilder"/>), ruled and unruled.
/// The expected reading of each is the plan it was made from, never what the reader makes of it.
/// </summary>
public static partial class PdfFixtures
{
    /// <summary>A PDF of a corpus plan: <see cref="Producer"/> "libreoffice" (from Word) or "pdfpig" (drawn).</summary>
    public sealed record Fixture(string Plan, string Producer, bool Borders, bool Tagged = false)
    {
        public string FileName => $"{Plan}.{Producer}{(Borders ? "" : ".unruled")}{(Tagged ? ".tagged" : "")}.pdf";

        public override string ToString() => FileName;
    }

    public static IReadOnlyList<Fixture> All { get; } =
    [
        new("long-lartin-2025", "libreoffice", Borders: true),
        new("littlehey-2024", "libreoffice", Borders: true, Tagged: true),
        new("leicester-2023", "libreoffice", Borders: false),
        new("whitemoor-2023", "libreoffice", Borders: true),
        new("elmley-2022", "libreoffice", Borders: false, Tagged: true),
        new("long-lartin-2025", "pdfpig", Borders: false),
        new("elmley-2022", "pdfpig", Borders: true),
    ];

    public static TheoryData<string> Names() => [.. All.Select(f => f.FileName)];

    public static Fixture Named(string fileName) => All.Single(f => f.FileName == fileName);

    /// <summary>The hand-verified plan the fixture was made from.</summary>
    public static ActionPlan Expected(Fixture fixture)
    {
        string path = Repo.Fixture("corpus", fixture.Plan + ".plan.json");
        var read = new JsonPlanReader().Read(path, File.ReadAllBytes(path));
        return read.Plan ?? throw new InvalidOperationException($"{fixture.Plan}.plan.json does not read: {string.Join("; ", read.Diagnostics.Select(d => d.Message))}");
    }

    /// <summary>
    /// The plan with what no page can show taken out, for comparing a reading with its source: a space after a hyphen
    /// ("co- locate", as the corpus texts have it) is invisible where the line breaks after the hyphen, and a reader
    /// that joins "co-" / "locate" as Word's hyphenated words need is right, so both sides drop it. How each field was
    /// read (provenance, reading notes) is left out too: the corpus plans record how their published text was read, and
    /// the page shows what that text could not, so it is compared by value, not by how it was found.
    /// </summary>
    public static ActionPlan AsThePageShows(ActionPlan plan)
    {
        static string Text(string text) => HyphenSpace().Replace(text, "");
        static string? Entry(string? text) => text is null ? null : Text(text);
        return plan with
        {
            ReadingNotes = [],
            Concerns = [.. plan.Concerns.Select(c => c with
            {
                Text = Text(c.Text),
                Reason = Entry(c.Reason),
                ReadingNotes = [],
                Readings = FieldReadings.AllRead,
                Actions = [.. c.Actions.Select(a => a with { Text = Text(a.Text), Owner = Entry(a.Owner), TargetDate = Entry(a.TargetDate), Readings = FieldReadings.AllRead })],
            })],
        };
    }

    /// <summary>
    /// The owners (or target dates) of one recommendation that the fixture's page cannot show: <see cref="PlanFields.Owner"/>
    /// or <see cref="PlanFields.TargetDate"/>, and the 1-based actions.
    /// </summary>
    public sealed record Undecidable(string Recommendation, string Field, IReadOnlyList<int> Actions)
    {
        public override string ToString() => $"rec {Recommendation} {Field} of actions {string.Join(", ", Actions)}";
    }

    /// <summary>
    /// What the fixture's page cannot show, from the plan it was made from: drawn without ruling lines, a blank owner or
    /// date cell below one that has an entry, in the same recommendation, looks exactly like the lower part of a taller
    /// cell, so a reader cannot tell whether the action has that entry or none. A cell is drawn blank where the plan has
    /// no entry, and, in a Word draft, where the plan says the action shares the cell above (a vertical merge,
    /// <see cref="WordPlanBuilder.ContinuesCellAbove"/>). A ruled page shows where each cell ends: with a row per action
    /// (LibreOffice's Word drafts) it leaves nothing undecided; with a row per recommendation (PdfPig's drawings) a blank
    /// in the recommendation's one cell below an entry is only space, undecided unless the recommendation gives an entry
    /// beside at least twice as many actions as it leaves blank (as in published text, docs/readers.md rule 20).
    /// </summary>
    public static IReadOnlyList<Undecidable> UndecidableOnThePage(Fixture fixture)
    {
        if (fixture.Borders && fixture.Producer == "libreoffice") return [];
        var undecidable = new List<Undecidable>();
        foreach (var concern in Expected(fixture).Concerns)
        {
            foreach (string field in (string[])[PlanFields.Owner, PlanFields.TargetDate])
            {
                bool entryAbove = false;
                int given = 0;
                var blanks = new List<int>();
                for (int i = 0; i < concern.Actions.Count; i++)
                {
                    var action = concern.Actions[i];
                    if (string.IsNullOrWhiteSpace(action.Text)) continue;
                    bool drawnBlank = string.IsNullOrWhiteSpace(Value(action, field))
                        || (fixture.Producer == "libreoffice" && WordPlanBuilder.ContinuesCellAbove(concern.Actions, i, field));
                    if (!drawnBlank) (entryAbove, given) = (true, given + 1);
                    else if (entryAbove) blanks.Add(i + 1);
                }

                if (blanks.Count > 0 && (!fixture.Borders || blanks.Count * 2 > given)) undecidable.Add(new(concern.Id, field, blanks));
            }
        }

        return undecidable;
    }

    /// <summary>
    /// The plan as the fixture's page gives it, for comparing with a reading: <see cref="AsThePageShows"/>, and each
    /// owner or date the page cannot show (<see cref="UndecidableOnThePage"/>) blank and unknown, as a reader must leave
    /// it: no finding about the plan is made on it.
    /// </summary>
    public static ActionPlan AsThePageGivesIt(Fixture fixture)
    {
        var plan = AsThePageShows(Expected(fixture));
        var undecidable = UndecidableOnThePage(fixture);
        return plan with
        {
            Concerns = [.. plan.Concerns.Select(c => c with
            {
                Actions = [.. c.Actions.Select((a, i) =>
                {
                    foreach (var u in undecidable.Where(u => u.Recommendation == c.Id && u.Actions.Contains(i + 1)))
                    {
                        a = u.Field == PlanFields.Owner ? a with { Owner = null } : a with { TargetDate = null };
                        a = a with { Readings = a.Readings.With(u.Field, FieldReading.UnknownBecause("the page has no ruling lines: a blank cell below an entry cannot be told from a taller cell")) };
                    }

                    return a;
                })],
            })],
        };
    }

    /// <summary>Which owners and dates a reading left unknown, in the form of <see cref="UndecidableOnThePage"/>.</summary>
    public static IReadOnlyList<Undecidable> LeftUnknown(ActionPlan read) =>
    [
        .. read.Concerns.SelectMany(c => ((string[])[PlanFields.Owner, PlanFields.TargetDate])
            .Select(field => new Undecidable(c.Id, field, [.. c.Actions.Where(a => a.ReadingOf(field).IsUnknown).Select(a => a.Index)]))
            .Where(u => u.Actions.Count > 0)),
    ];

    private static string? Value(PlanAction action, string field) => field == PlanFields.Owner ? action.Owner : action.TargetDate;

    [GeneratedRegex(@"(?<=\p{L}-) (?=\p{L})")]
    private static partial Regex HyphenSpace();

    /// <summary>Makes the fixture in <paramref name="folder"/> and returns its path; the LibreOffice ones need soffice.</summary>
    public static string Make(Fixture fixture, string folder)
    {
        var plan = Expected(fixture);
        string target = Path.Combine(folder, fixture.FileName);
        if (fixture.Producer == "pdfpig")
        {
            File.WriteAllBytes(target, PdfPlanBuilder.Build(plan, ruled: fixture.Borders));
            return target;
        }

        string scratch = Directory.CreateTempSubdirectory("planlint-pdf-").FullName;
        try
        {
            string docx = Path.Combine(scratch, fixture.Plan + ".docx");
            // A row per action: each owner and date sits beside its action, as the page can show. (One row per recommendation
            // with an owner a line, "Governor" / "Governor", cannot be told from one owner that wrapped in an untagged PDF.)
            File.WriteAllBytes(docx, WordPlanBuilder.Build(plan, _ => WordPlanBuilder.Layout.RowPerAction, borders: fixture.Borders));
            string format = fixture.Tagged ? """pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}""" : "pdf";
            string written = Office.Convert(docx, format, scratch);
            File.Copy(written, target, overwrite: true);
            return target;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
