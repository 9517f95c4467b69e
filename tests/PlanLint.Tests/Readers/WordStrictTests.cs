using System.IO.Compression;
using System.Text;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>
/// A Strict Open XML document (Word's "Strict Open XML Document" save format: the same markup under purl.oclc.org
/// namespaces and relationship types) reads exactly as its transitional original: its main document is found by the
/// Strict officeDocument relationship, and its styles and numbering by theirs.
/// </summary>
public sealed class WordStrictTests
{
    public static TheoryData<string> Documents() => new("builder", "word-producers/list-numbering.python-docx.docx", "word-producers/revisions.libreoffice.docx");

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_Strict_document_reads_as_its_transitional_original(string name)
    {
        byte[] transitional = name == "builder"
            ? WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerAction)
            : File.ReadAllBytes(Repo.Fixture(name.Split('/')));
        byte[] strict = Strict(transitional);

        var expected = new WordPlanReader().Read("d.docx", transitional);
        var actual = new WordPlanReader().Read("d.docx", strict);
        actual.Diagnostics.Select(d => $"{d.Id} {d.Location} {d.Message}").ShouldBe(expected.Diagnostics.Select(d => $"{d.Id} {d.Location} {d.Message}"));
        PlanDiffer.ShouldEqual(actual.Plan.ShouldNotBeNull(), expected.Plan.ShouldNotBeNull(), name);
        actual.Plan.Concerns.SelectMany(c => c.Actions).Select(a => a.Location.ToString())
            .ShouldBe(expected.Plan.Concerns.SelectMany(c => c.Actions).Select(a => a.Location.ToString()));
    }

    /// <summary>The document with Strict's namespaces and relationship types in every part.</summary>
    private static byte[] Strict(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        int rewritten = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                string text = reader.ReadToEnd();
                string strict = text
                    .Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal)
                    .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal);
                if (strict != text) rewritten++;
                using var stream = zip.CreateEntry(entry.FullName).Open();
                stream.Write(Encoding.UTF8.GetBytes(strict));
            }
        }

        rewritten.ShouldBeGreaterThanOrEqualTo(2, "the package relationships and the main document");
        return output.ToArray();
    }
}
