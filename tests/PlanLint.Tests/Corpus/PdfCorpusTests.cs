using System.Text.RegularExpressions;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Corpus;

/// <summary>
/// The committed PDF fixtures (Fixtures/pdf: the five corpus plans exported by LibreOffice from Word drafts, ruled and
/// unruled, tagged and untagged, and two drawn by PdfPig) read as the hand-verified plans they were made from
/// (Fixtures/corpus/*.plan.json), never as what an earlier reading said; and <c>planlint check</c> finds in each
/// exactly what it finds in that plan's JSON. Tools/PdfFixtureTests remakes them.
/// </summary>
public sealed class PdfCorpusTests
{
    private static string Fixture(string name) => Repo.Fixture("pdf", name);

    [Theory]
    [MemberData(nameof(PdfFixtures.Names), MemberType = typeof(PdfFixtures))]
    public void The_PDF_reads_as_the_plan_it_was_made_from(string name)
    {
        var read = PlanReaders.Default.ReadFile(Fixture(name));

        read.Plan.ShouldNotBeNull(string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        var fixture = PdfFixtures.Named(name);
        PlanDiffer.ShouldEqual(PdfFixtures.AsThePageShows(read.Plan), PdfFixtures.AsThePageShows(PdfFixtures.AsThePageGivesIt(fixture)), $"({name})");
        PdfFixtures.LeftUnknown(read.Plan).Select(u => u.ToString())
            .ShouldBe(PdfFixtures.UndecidableOnThePage(fixture).Select(u => u.ToString()), "unknown: exactly the owners and dates the page cannot show");
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.Names), MemberType = typeof(PdfFixtures))]
    public void The_PDF_leaves_in_doubt_only_what_the_page_cannot_show(string name)
    {
        var read = PlanReaders.Default.ReadFile(Fixture(name));

        read.Diagnostics.Select(d => $"{d.Location}: {d.Message}").ShouldBeEmpty("a PDF made from a plan leaves nothing in doubt");
        read.Plan.ShouldNotBeNull();
        // One PL0002 for each recommendation and field with blanks an unruled page cannot decide, naming those actions.
        read.Plan.AllReadingNotes.Select(n => $"{n.Rule} actions {string.Join(", ", n.Actions)}").Order(StringComparer.Ordinal)
            .ShouldBe(PdfFixtures.UndecidableOnThePage(PdfFixtures.Named(name)).Select(u => $"PL0002 actions {string.Join(", ", u.Actions)}").Order(StringComparer.Ordinal));
        read.Plan.ReadingNotes.ShouldBeEmpty();
        foreach (var undecidable in PdfFixtures.UndecidableOnThePage(PdfFixtures.Named(name)))
            read.Plan.Concerns.Single(c => c.Id == undecidable.Recommendation).ReadingNotes.ShouldContain(n => n.Actions.SequenceEqual(undecidable.Actions), undecidable.ToString());
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.Names), MemberType = typeof(PdfFixtures))]
    public void Check_finds_in_the_PDF_what_it_finds_in_the_plan(string name)
    {
        // The same plan in YAML, as the page gives it: the corpus plan's values, without the record of how its published
        // text was read (that text's reading findings are about the text, not the plan), and with the owners and dates
        // the page cannot show unknown, so that no finding about the plan is made on them. On the page, each
        // recommendation and field with such blanks is one PL0002 instead.
        var fixture = PdfFixtures.Named(name);
        string folder = Directory.CreateTempSubdirectory("planlint-pdf-yaml-").FullName;
        try
        {
            string yaml = Path.Combine(folder, fixture.Plan + ".plan.yaml");
            using (var stream = File.Create(yaml))
                new PlanLint.Writers.Plans.PlanYamlWriter().Write(PdfFixtures.AsThePageGivesIt(fixture), stream, null);
            var found = Findings(Fixture(name));
            found.Where(f => !f.StartsWith("PL0002:", StringComparison.Ordinal)).ShouldBe(Findings(yaml), $"{name} against {fixture.Plan}.plan.json written as YAML");
            found.Where(f => f.StartsWith("PL0002:", StringComparison.Ordinal))
                .Select(f => Regex.Match(f, @"^PL0002: Recommendation (\S+) gives (owner|target date)s beside"))
                .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
                .Order(StringComparer.Ordinal)
                .ShouldBe(PdfFixtures.UndecidableOnThePage(fixture).Select(u => $"{u.Recommendation} {(u.Field == PlanFields.Owner ? "owner" : "target date")}").Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.Names), MemberType = typeof(PdfFixtures))]
    public void Every_finding_names_the_page_and_the_cell(string name)
    {
        var (_, output, _) = TestPlans.RunCli("check", Fixture(name), "--no-color", "--console-view", "canonical");
        var lines = output.Split('\n').Where(l => Regex.IsMatch(l, @": (error|warning|info) PL\d{4}:")).ToList();
        lines.ShouldNotBeEmpty();
        foreach (var line in lines)
            line.ShouldMatch(@"\[page \d+(, row \d+(, column \d+(, paragraph \d+)?)?)?\]\r?$", "each finding is located on a page");
        lines.Count(l => Regex.IsMatch(l, @"\[page \d+, row \d+, column \d+")).ShouldBeGreaterThan(lines.Count / 2, "most findings name a cell");
    }

    /// <summary>Each finding's rule and message, without its location, sorted.</summary>
    private static List<string> Findings(string file)
    {
        var (_, output, error) = TestPlans.RunCli("check", file, "--no-color", "--console-view", "canonical");
        error.ShouldBeEmpty();
        return [.. output.Split('\n')
            .Select(l => Regex.Match(l, @": (?:error|warning|info) (PL\d{4}: .*?)( \[[^\]]*\])?\r?$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)];
    }
}
