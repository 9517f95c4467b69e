using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanLint.Diagnostics;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Readers;

/// <summary>Files that are not readable Word plans: each gets one located PL0001 line, never an exception.</summary>
public sealed class WordBadInputTests
{
    private static byte[] ValidDocx => WordPlanBuilder.Build(WordPlanBuilder.SamplePlan());

    private static string SingleProblem(byte[] content, WordLimits? limits = null)
    {
        var result = new WordPlanReader(limits).Read("plan.docx", content);
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Path.ShouldBe("plan.docx");
        d.Message.ShouldNotContain("\n");
        d.Message.ShouldNotContain("   at ");
        return d.Message;
    }

    private static byte[] Docx(params OpenXmlElementFactory[] content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var make in content) body.Append(make());
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    public delegate DocumentFormat.OpenXml.OpenXmlElement OpenXmlElementFactory();

    [Fact]
    public void An_empty_file_is_refused()
    {
        SingleProblem([]).ShouldBe("The file is empty.");
    }

    [Fact]
    public void A_truncated_docx_is_damaged_or_incomplete()
    {
        var docx = ValidDocx;
        SingleProblem(docx[..(docx.Length / 2)]).ShouldStartWith("The Word document is damaged or incomplete (");
    }

    [Fact]
    public void A_docx_with_corrupted_compressed_data_is_damaged()
    {
        var docx = ValidDocx;
        // Overwrite the middle of the compressed document part; the zip directory at the end stays intact.
        for (int i = docx.Length / 3; i < docx.Length / 3 + 64; i++) docx[i] ^= 0x5A;
        SingleProblem(docx).ShouldMatch(@"^The Word document is damaged.*; open it in Word and save it again\.$");
    }

    [Fact]
    public void Text_renamed_to_docx_is_not_a_zip_package()
    {
        SingleProblem(Encoding.UTF8.GetBytes("Action Plan: HMP X\n")).ShouldBe("The file is not a Word document (.docx): it is not a zip package. Save the plan from Word as a .docx.");
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        SingleProblem(WordPlanBuilder.Zip(("notes.txt", "hello"u8.ToArray()))).ShouldBe("The file is a zip archive but not a Word document: it has no [Content_Types].xml.");
    }

    [Fact]
    public void An_excel_workbook_is_named_as_such()
    {
        SingleProblem(WordPlanBuilder.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "<workbook/>"u8.ToArray())))
            .ShouldBe("The file is a zip archive but not a Word document (it is an Excel workbook).");
    }

    [Fact]
    public void A_password_protected_docx_says_to_remove_the_password()
    {
        var encrypted = File.ReadAllBytes(Repo.Fixture("word", "password-protected.docx"));
        SingleProblem(encrypted).ShouldStartWith("The Word document is password-protected (encrypted); remove the password");
    }

    [Fact]
    public void A_document_without_tables_has_no_plan_table()
    {
        SingleProblem(Docx(() => new Paragraph(new Run(new W.Text("Action Plan: HMP X")))))
            .ShouldBe("The Word document has no plan table: it has no tables; expected one whose header row names Rec No, Concern or Recommendation, Response Action Taken/Planned, Responsible Owner and Target Date.");
    }

    [Fact]
    public void A_document_whose_tables_are_not_plan_tables_says_how_many_it_looked_at()
    {
        static Table Terms() => new(new TableRow(
            new TableCell(new Paragraph(new Run(new W.Text("Term")))),
            new TableCell(new Paragraph(new Run(new W.Text("Definition")))),
            new TableCell(new Paragraph(new Run(new W.Text("Additional comment"))))));
        SingleProblem(Docx(Terms, Terms)).ShouldStartWith("The Word document has no plan table: none of its 2 tables has a header row naming Rec No,");
    }

    [Fact]
    public void A_highly_compressed_part_is_refused_as_a_zip_bomb_before_opening()
    {
        var bomb = WordPlanBuilder.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[8 * 1024 * 1024]));
        SingleProblem(bomb).ShouldBe("The Word document's part word/document.xml is compressed more than 100:1, as zip bombs are; it was not opened.");
    }

    [Fact]
    public void Parts_larger_than_the_limit_are_refused()
    {
        var big = WordPlanBuilder.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[300_000]));
        SingleProblem(big, new WordLimits { MaxPartBytes = 100_000 }).ShouldBe("The Word document's part word/document.xml expands to 293 KB when unpacked, more than the 97.7 KB limit for one part; it was not opened.");
    }

    [Fact]
    public void Too_many_parts_are_refused()
    {
        var many = WordPlanBuilder.Zip([.. Enumerable.Range(0, 30).Select(i => ($"word/media/{i}.bin", new byte[1]))]);
        SingleProblem(many, new WordLimits { MaxParts = 20 }).ShouldBe("The Word document has 30 parts, more than the 20 a plan could need; it was not opened.");
    }

    [Fact]
    public void A_part_that_understates_its_size_in_the_zip_directory_expands_no_further_than_declared()
    {
        var zip = ValidDocx;
        // Declare word/document.xml (tens of kilobytes) as 100 bytes, in its local header (offset 22) and central directory entry (offset 24).
        int local = IndexOfName(zip, "PK\u0003\u0004"u8, 30, "word/document.xml");
        int central = IndexOfName(zip, "PK\u0001\u0002"u8, 46, "word/document.xml");
        BitConverter.GetBytes(100).CopyTo(zip, local + 22);
        BitConverter.GetBytes(100).CopyTo(zip, central + 24);
        SingleProblem(zip).ShouldStartWith("The Word document is damaged (");
    }

    /// <summary>The zip header with this signature whose file name (at <paramref name="nameOffset"/>) is <paramref name="name"/>.</summary>
    private static int IndexOfName(byte[] data, ReadOnlySpan<byte> signature, int nameOffset, string name)
    {
        byte[] expected = Encoding.ASCII.GetBytes(name);
        for (int i = 0; i + nameOffset + expected.Length <= data.Length; i++)
        {
            if (data.AsSpan(i).StartsWith(signature) && data.AsSpan(i + nameOffset).StartsWith(expected)) return i;
        }

        throw new InvalidOperationException(name + " not found");
    }

    [Fact]
    public void The_check_command_prints_one_line_and_exits_1_for_a_bad_docx()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("planlint-docx-").FullName, "draft.docx");
        try
        {
            File.WriteAllBytes(path, File.ReadAllBytes(Repo.Fixture("word", "password-protected.docx")));
            var (exit, output, error) = TestPlans.RunCli("check", path, "--no-color");
            exit.ShouldBe(1);
            error.ShouldBeEmpty();
            var lines = output.Trim().Split('\n');
            lines[0].ShouldStartWith($"{path}: error PL0001: The Word document is password-protected");
            lines.Length.ShouldBe(2);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Sniffing_sends_zip_and_ole_files_to_the_word_reader()
    {
        var reader = new WordPlanReader();
        reader.Sniff(ValidDocx).ShouldBeTrue();
        reader.Sniff(File.ReadAllBytes(Repo.Fixture("word", "password-protected.docx"))).ShouldBeTrue();
        reader.Sniff("{}"u8).ShouldBeFalse();
    }
}
