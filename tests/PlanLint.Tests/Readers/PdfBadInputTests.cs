using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Readers;
using PlanLint.Readers.Pdf;
using PlanLint.Tests.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PlanLint.Tests.Readers;

/// <summary>PDFs that are not readable plans: each gets one located PL0001 line, never an exception or a guess.</summary>
public sealed class PdfBadInputTests : TempFolderTest
{
    private static byte[] SamplePdf => PdfPlanBuilder.Build(WordPlanBuilder.SamplePlan(), ruled: true);

    private static string SingleProblem(byte[] content, PdfLimits? limits = null)
    {
        var result = limits is null ? PlanReaders.Default.Read("plan.pdf", content) : new PdfPlanReader(limits).Read("plan.pdf", content);
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Path.ShouldBe("plan.pdf");
        d.Message.ShouldNotContain("\n");
        d.Message.ShouldNotContain("   at ");
        return d.Message;
    }

    /// <summary>A one-page PDF drawn by PdfPig with the given lines of text (none: an empty page) and, optionally, a picture.</summary>
    private static byte[] Drawn(string[] lines, byte[]? png = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(842, 595);
        for (int i = 0; i < lines.Length; i++)
            page.AddText(lines[i], 10, new PdfPoint(40, 550 - 14 * i), font);
        if (png is not null) page.AddPng(png, new PdfRectangle(40, 40, 800, 560));
        return builder.Build();
    }

    /// <summary>A 1×1 grey PNG: all a scan's picture needs to be, for a reader that must not look for text in it.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

    [Fact]
    public void The_sample_reads_so_the_cases_below_fail_for_their_own_reason()
    {
        var result = PlanReaders.Default.Read("plan.pdf", SamplePdf);
        result.Plan.ShouldNotBeNull();
        result.Plan.Concerns.Select(c => c.Id).ShouldBe(WordPlanBuilder.SamplePlan().Concerns.Select(c => c.Id));
    }

    [Fact]
    public void A_truncated_pdf_is_damaged()
    {
        var pdf = SamplePdf;
        SingleProblem(pdf[..(pdf.Length / 3)]).ShouldMatch(@"^The PDF (is damaged \(.*\); open it and save or export it again|has no plan table.*)\.$");
    }

    [Fact]
    public void Garbage_after_the_pdf_signature_is_damaged()
    {
        SingleProblem(Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000))).ShouldStartWith("The PDF is damaged (");
    }

    [Fact]
    public void A_scan_without_a_text_layer_says_so_and_guesses_nothing()
    {
        SingleProblem(Drawn([], Png)).ShouldStartWith("The PDF has no text layer: its 1 page is an image");
    }

    [Fact]
    public void A_blank_pdf_has_no_text()
    {
        SingleProblem(Drawn([])).ShouldBe("The PDF has no text on any page.");
    }

    [Fact]
    public void A_pdf_that_is_not_a_plan_says_it_has_no_plan_table()
    {
        SingleProblem(Drawn(["Minutes of the safer custody meeting", "Present: the Governor, the Head of Safety"]))
            .ShouldStartWith("The PDF has no plan table: no page has a header row naming");
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused_before_its_pages_are_read()
    {
        SingleProblem(SamplePdf, new PdfLimits { MaxPages = 1 }).ShouldMatch(@"^The PDF has \d+ pages, more than the 1 PlanLint reads in one plan\.$");
    }

    [Fact]
    public void A_pdf_with_more_text_than_the_limit_is_refused()
    {
        SingleProblem(SamplePdf, new PdfLimits { MaxLetters = 100 }).ShouldMatch(@"^The PDF has more than 100 characters of text by page 1, more than PlanLint reads in one plan\.$");
    }

    [Fact]
    public void A_password_protected_pdf_says_so()
    {
        SingleProblem(Encrypted(SamplePdf)).ShouldStartWith("The PDF is protected with a password");
    }

    [Fact]
    public void Deeply_nested_objects_are_refused_within_the_limit()
    {
        // An info dictionary nested far past any plan's needs, appended as an incremental update.
        string nested = new string('[', 5000) + new string(']', 5000);
        var message = SingleProblem(Update(SamplePdf, $"<< /Title {nested} >>", extraTrailer: ""));
        message.ShouldMatch(@"^The PDF (nests its objects more than \d+ levels deep|is damaged \(.*\)).*$");
    }

    [Fact]
    public void Check_reports_a_bad_pdf_in_one_line_and_goes_on_to_the_next_file()
    {
        string bad = Folder.Path("scan.pdf"), good = Folder.Path("plan.pdf");
        File.WriteAllBytes(bad, Drawn([], Png));
        File.WriteAllBytes(good, SamplePdf);
        var (exit, output, error) = TestPlans.RunCli("check", bad, good, "--no-color");
        exit.ShouldNotBe(0);
        string all = output + error;
        all.ShouldNotContain("   at ");
        all.Split('\n').Count(l => l.Contains("no text layer", StringComparison.Ordinal)).ShouldBe(1);
        all.ShouldContain("plan.pdf");
    }

    [Fact]
    public void A_folder_skips_a_pdf_with_no_plan_table_and_checks_the_plan()
    {
        File.WriteAllBytes(Folder.Path("minutes.pdf"), Drawn(["Minutes of the safer custody meeting"]));
        File.WriteAllBytes(Folder.Path("plan.pdf"), SamplePdf);
        var (_, output, error) = TestPlans.RunCli("check", Folder.Root, "--no-color");
        string all = output + error;
        all.ShouldNotContain("error PL0001");
        all.ShouldContain("plan.pdf: ");
        all.Split('\n').Count(l => l.Contains("minutes.pdf", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(1);
    }

    /// <summary>
    /// The PDF with an incremental update whose trailer names a standard security handler that the empty user password
    /// does not open: what a reader sees in a PDF saved with a password to open it.
    /// </summary>
    private static byte[] Encrypted(byte[] pdf) => Update(pdf,
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('1', 64) + "> /U <" + new string('2', 64) + "> >>",
        extraTrailer: " /Encrypt {0} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");

    /// <summary>Appends one object and a classic cross-reference section pointing back at the file's last one.</summary>
    private static byte[] Update(byte[] pdf, string objectBody, string extraTrailer)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int startxref = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"startxref\s+(\d+)\s+%%EOF\s*$").Groups[1].Value);
        int size = int.Parse(System.Text.RegularExpressions.Regex.Matches(text, @"/Size (\d+)")[^1].Groups[1].Value);
        string root = System.Text.RegularExpressions.Regex.Matches(text, @"/Root (\d+ \d+ R)")[^1].Groups[1].Value;
        int number = size;
        var update = new StringBuilder();
        int offset = pdf.Length + 1;
        update.Append('\n').Append($"{number} 0 obj\n{objectBody}\nendobj\n");
        int xref = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append($"xref\n{number} 1\n{offset:D10} 00000 n \n");
        string trailerExtra = string.Format(System.Globalization.CultureInfo.InvariantCulture, extraTrailer, number);
        string info = extraTrailer.Length == 0 ? $" /Info {number} 0 R" : "";
        update.Append($"trailer\n<< /Size {number + 1} /Root {root} /Prev {startxref}{info}{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }
}
