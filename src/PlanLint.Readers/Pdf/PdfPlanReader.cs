using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Reading;

namespace PlanLint.Readers.Pdf;

/// <summary>
/// Reads a published plan from its PDF, as Word's "Save as PDF" (or LibreOffice's export) writes it: the title lines and
/// the plan table from the page layout (<see cref="PdfTableReader"/>), then the same table rules as every table format
/// (<see cref="PlanTableAssembler"/>). Locations name the page and the cell: row on the page, column, paragraph.
/// PdfPig is touched only inside <see cref="PdfContentReader"/>, so nothing PDF-related loads until a PDF is read.
/// </summary>
public sealed class PdfPlanReader(PdfLimits? limits = null) : IPlanReader
{
    private readonly PdfLimits limits = limits ?? PdfLimits.Default;

    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <summary>"%PDF-" within the first kilobyte, where readers look for it.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        var (pages, problem) = PdfContentReader.Read(content, limits);
        if (pages is null)
            return PlanReadResult.Failed(InvalidPlanDiagnostic.Create(new SourceLocation(path), problem ?? "The PDF could not be read."));
        var (extracted, tableProblem) = PdfTableReader.Read(path, pages);
        if (extracted is null)
        {
            // Text but no plan table (an inspection report, a letter): in a folder it is skipped, as Word's are.
            var noTable = PlanReadResult.Failed(InvalidPlanDiagnostic.Create(new SourceLocation(path), tableProblem ?? "The PDF has no plan table."));
            return noTable with { NotAPlan = new NotAPlan("a PDF with no plan table") };
        }
        var assembled = PlanTableAssembler.Assemble(path, extracted.Header, extracted.Table);
        return extracted.HeaderDiagnostics.Count == 0 ? assembled : assembled with { Diagnostics = [.. extracted.HeaderDiagnostics, .. assembled.Diagnostics] };
    }
}
