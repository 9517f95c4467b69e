using PlanLint.Readers.Word;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Model;
using PlanLint.Reading;
using PlanLint.Readers.Tables;

namespace PlanLint.Tests.Readers.Legacy;

/// <summary>
/// The oracle: the Word reader as it was on DocumentFormat.OpenXml's typed classes, before it moved to its own package
/// and XML layer (src/PlanLint.Readers/Word); <see cref="WordReaderEquivalenceTests"/> holds the new reader to it.
/// Reads a plan drafted in Word (.docx): the title paragraphs and the plan table, laid out as a
/// <see cref="PlanLint.Readers.Tables.PlanTable"/> for the assembler every table format shares. Word has no lines, so locations name
/// the table, row, column and paragraph. The package is checked before it is opened (see <see cref="WordPackageGuard"/>).
/// </summary>
internal sealed class WordPlanReader(WordLimits? limits = null)
{
    private readonly WordLimits limits = limits ?? WordLimits.Default;

    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <summary>Zip packages and OLE compound files (which is what a password-protected .docx is) both come here, to be told apart with a clear message.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => WordPackageGuard.LooksLikeZip(head) || WordPackageGuard.LooksLikeOle(head);

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        var (extracted, problem) = Extract(path, content);
        if (extracted is null)
            return PlanReadResult.Failed(InvalidPlanDiagnostic.Create(problem?.Location ?? new SourceLocation(path), problem?.Message ?? "The Word document could not be read."));
        var assembled = PlanTableAssembler.Assemble(path, extracted.Header, extracted.Table);
        return extracted.HeaderDiagnostics.Count == 0 ? assembled : assembled with { Diagnostics = [.. extracted.HeaderDiagnostics, .. assembled.Diagnostics] };
    }

    internal (WordTableExtractor.Result? Result, WordTableExtractor.Problem? Problem) Extract(string path, ReadOnlyMemory<byte> content)
    {
        WordTableExtractor.Problem Fail(string message) => new(message, new SourceLocation(path));
        if (WordPackageGuard.Check(content, limits) is { } refused)
            return (null, Fail(refused));

        try
        {
            using var stream = WordPackageGuard.OpenRead(content);
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            if (document.MainDocumentPart is not { Document.Body: { } body } main)
                return (null, Fail("The file is not a Word document: it has no main document."));
            var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
            var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering, styles);
            return WordTableExtractor.Extract(path, body, new WordText(body, styles, numbering));
        }
        catch (OpenXmlPackageException e)
        {
            return (null, Fail("The file is not a Word document PlanLint can open: " + OneLine(e.Message)));
        }
        // OpenXml reads parts lazily: a bad part URI or relationship target (ArgumentException) or an attribute outside
        // its enumeration (FormatException) surfaces only while the body is walked; found by fuzzing.
        catch (Exception e) when (e is InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            return (null, Fail("The Word document is damaged (" + OneLine(e.Message).TrimEnd('.') + "); open it in Word and save it again."));
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
