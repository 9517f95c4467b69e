using PlanLint.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Tools;

/// <summary>
/// Remakes the PDF fixtures (LibreOffice exports of Word drafts, and PdfPig drawings) and checks that the remade files
/// read as the plans they were made from, as the committed ones do in Readers/PdfCorpusTests. With
/// PLANLINT_WRITE_PDF_FIXTURES=1 the remade files replace the committed ones in tests/PlanLint.Tests/Fixtures/pdf.
/// </summary>
[Trait("Category", ExternalTools.Category)]
public sealed class PdfFixtureTests : TempFolderTest
{
    private static bool WriteBack => Environment.GetEnvironmentVariable("PLANLINT_WRITE_PDF_FIXTURES") == "1";

    [ToolTheory("soffice")]
    [MemberData(nameof(PdfFixtures.Names), MemberType = typeof(PdfFixtures))]
    public void A_remade_fixture_reads_as_the_plan_it_was_made_from(string name)
    {
        var fixture = PdfFixtures.Named(name);
        string folder = WriteBack ? Repo.Path("tests", "PlanLint.Tests", "Fixtures", "pdf") : Folder.Root;
        Directory.CreateDirectory(folder);

        string pdf = PdfFixtures.Make(fixture, folder);

        var read = PlanReaders.Default.ReadFile(pdf);
        read.Plan.ShouldNotBeNull(string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        PlanDiffer.ShouldEqual(PdfFixtures.AsThePageShows(read.Plan), PdfFixtures.AsThePageShows(PdfFixtures.AsThePageGivesIt(fixture)), $"({name}, remade)");
        PdfFixtures.LeftUnknown(read.Plan).Select(u => u.ToString())
            .ShouldBe(PdfFixtures.UndecidableOnThePage(fixture).Select(u => u.ToString()), "unknown: exactly the owners and dates the page cannot show");
    }
}
