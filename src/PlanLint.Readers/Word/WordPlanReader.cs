using System.IO.Compression;
using System.Xml;
using PlanLint.Model;
using PlanLint.Reading;
using PlanLint.Readers.Tables;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Readers.Word;

/// <summary>
/// Reads a plan drafted in Word (.docx): the title paragraphs and the plan table, laid out as a
/// <see cref="Tables.PlanTable"/> for the assembler every table format shares. Word has no lines, so locations name
/// the table, row, column and paragraph. The package is checked before it is opened (see <see cref="WordPackageGuard"/>).
/// </summary>
public sealed class WordPlanReader(WordLimits? limits = null) : IPlanReader
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
            using var archive = new ZipArchive(WordPackageGuard.OpenRead(content), ZipArchiveMode.Read);
            var package = WordPackage.Open(archive, limits.MaxPartBytes);
            if (!WordPackage.MainContentTypes.Contains(package.MainContentType))
                return (null, Fail("The file is not a Word document PlanLint can open: its main part is not a Word document (content type '" + package.MainContentType + "')."));
            if (package.Load(package.MainPart)?.Root is not { } root || !root.Is("document") || root.Child("body") is not { } body)
                return (null, Fail("The file is not a Word document: it has no main document."));
            var text = WordText.Of(body, package.Related(package.MainPart, "styles")?.Root, package.Related(package.MainPart, "numbering")?.Root);
            return WordTableExtractor.Extract(path, body, text);
        }
        catch (WordPackageException e)
        {
            return (null, Fail("The file is not a Word document PlanLint can open: " + OneLine(e.Message) + "."));
        }
        // A part that is not well-formed XML, holds a value outside its type (FormatException), or is damaged in the zip
        // (the zip layer's own checks may throw InvalidOperationException or ArgumentException on a hostile entry).
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            return (null, Fail("The Word document is damaged (" + OneLine(e.Message).TrimEnd('.') + "); open it in Word and save it again."));
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
