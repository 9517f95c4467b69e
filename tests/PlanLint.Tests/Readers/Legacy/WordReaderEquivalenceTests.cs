using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanLint.Model;
using PlanLint.Reading;
using PlanLint.Tests.Support;
using Current = PlanLint.Readers.Word.WordPlanReader;

namespace PlanLint.Tests.Readers.Legacy;

/// <summary>
/// The Word reader on its own package and XML layer reads every Word document in the repository exactly as the reader
/// it replaced (built on DocumentFormat.OpenXml's typed classes, kept here as the oracle) read it: the same plan, every
/// value, location and reading provenance, and the same findings, in the same order. Documents the oracle refused get
/// a refusal too, of the same kind; the words the SDK used for damage inside a package are its own and are not compared.
/// </summary>
public sealed class WordReaderEquivalenceTests
{
    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string>("builder:RowPerConcern", "builder:RowPerAction", "reviewed");
        foreach (string root in new[] { Repo.Path("tests", "PlanLint.Tests", "Fixtures"), Repo.Path("fuzz", "seeds") })
        {
            foreach (string file in Directory.GetFiles(root, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                documents.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        }

        return documents;
    }

    private static byte[] Document(string name) => name switch
    {
        "builder:RowPerConcern" => WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerConcern),
        "builder:RowPerAction" => WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerAction),
        "reviewed" => ReviewedDraftBuilder.Build(),
        _ => File.ReadAllBytes(Repo.Path(name.Split('/'))),
    };

    [Fact]
    public void Every_docx_in_the_repository_is_compared()
    {
        // The fixtures of other producers, the corpus renditions, the bad-input and fuzz files: a folder moved away would empty this test.
        Documents().Count.ShouldBeGreaterThan(20);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_reader_reads_every_document_as_the_OpenXml_reader_did(string name)
    {
        byte[] docx = Document(name);
        var expected = new WordPlanReader().Read("d.docx", docx);
        var actual = new Current().Read("d.docx", docx);
        Dump(actual).ShouldBe(Dump(expected), name);
    }

    /// <summary>A read result in full: its findings (with their locations) and its plan, every value, location and reading.</summary>
    private static string Dump(PlanReadResult result)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            string message = d.Message;
            // Damage inside the package is described in the words of the library that found it.
            int damaged = message.IndexOf("The Word document is damaged (", StringComparison.Ordinal);
            if (damaged >= 0) message = message[..(damaged + "The Word document is damaged (".Length)] + "…";
            if (message.StartsWith("The file is not a Word document PlanLint can open: ", StringComparison.Ordinal)) message = "The file is not a Word document PlanLint can open: …";
            sb.Append(d.Id).Append(' ').Append(d.Severity).Append(' ').Append(d.Location).Append(' ').AppendLine(message);
        }

        if (result.Plan is { } plan) sb.AppendLine(JsonSerializer.Serialize(plan, Options));
        return sb.ToString();
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new AllConverter<FieldLocations, SourceLocation>(f => f.All), new AllConverter<FieldReadings, FieldReading>(r => r.All), new JsonStringEnumConverter() },
    };

    private sealed class AllConverter<T, TValue>(Func<T, IEnumerable<KeyValuePair<string, TValue>>> all) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, all(value).Select(p => new { p.Key, p.Value }).ToList(), options);
    }
}
