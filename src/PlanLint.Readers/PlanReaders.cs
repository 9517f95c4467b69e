using PlanLint.IO;
using PlanLint.Readers.Json;
using PlanLint.Readers.Pdf;
using PlanLint.Readers.Text;
using PlanLint.Readers.Word;
using PlanLint.Readers.Yaml;
using PlanLint.Reading;

namespace PlanLint.Readers;

/// <summary>Chooses a reader for a file by its extension, or by its first bytes where the extension says nothing.</summary>
public sealed class PlanReaders
{
    /// <summary>Files larger than this are refused before they are read (overridable).</summary>
    public const long DefaultMaxFileBytes = InputFile.DefaultMaxBytes;

    private readonly IReadOnlyList<IPlanReader> readers;

    public PlanReaders(IEnumerable<IPlanReader> readers) => this.readers = [.. readers];

    public static PlanReaders Default { get; } = new([new JsonPlanReader(), new YamlPlanReader(), new WordPlanReader(), new PdfPlanReader(), new PublishedTextPlanReader()]);

    public IReadOnlyList<IPlanReader> All => readers;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public IPlanReader? ForFile(string path, ReadOnlySpan<byte> head)
    {
        string extension = Path.GetExtension(path);
        var byExtension = readers.FirstOrDefault(r => r.Extensions.Any(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase)));
        if (byExtension is not null) return byExtension;
        foreach (var reader in readers)
        {
            if (reader.Sniff(head)) return reader;
        }

        return null;
    }

    /// <summary>Reads a plan file from disk. Never throws for bad input: problems come back as PL0001 diagnostics.</summary>
    public PlanReadResult ReadFile(string path) => ReadFile(path, null);

    /// <summary>Reads a plan file with its own size limit (null: <see cref="MaxFileBytes"/>).</summary>
    public PlanReadResult ReadFile(string path, long? maxFileBytes)
    {
        long limit = maxFileBytes ?? MaxFileBytes;
        if (Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal))
        {
            var lockFile = PlanReadResult.Failed(path, "This is Word's lock file (~$…), which Word keeps beside a document while it is open; it is not a plan.");
            return lockFile with { NotAPlan = new NotAPlan("Word's lock file for a document open in Word", EvenWhenNamed: true) };
        }

        // Regular files only (a FIFO would block, a device never end) and never more than the limit read.
        if (!InputFile.TryRead(path, limit, "plan file", out var content, out var problem))
            return PlanReadResult.Failed(path, problem.Kind == InputProblemKind.Missing ? "The file does not exist." : problem.Message);
        return Read(path, content);
    }

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
            return PlanReadResult.Failed(path, "The file is empty.");
        if (GitLfs.IsPointer(content.Span))
        {
            var pointer = PlanReadResult.Failed(path, "The file is a Git LFS pointer: the document is stored in Git LFS, not checked out; run 'git lfs pull'.", 1, 1);
            return pointer with { NotAPlan = new NotAPlan("stored in Git LFS, not checked out (run 'git lfs pull')", EvenWhenNamed: true) };
        }
        var (wide, wideProblem) = WideTextTranscoding.TryTranscode(content.Span);
        if (wideProblem is not null)
            return PlanReadResult.Failed(path, wideProblem, 1, 1);
        if (wide is not null)
            content = wide;

        var reader = ForFile(path, content.Span[..Math.Min(content.Length, 4096)]);
        if (reader is null)
        {
            string known = string.Join(", ", readers.SelectMany(r => r.Extensions));
            return PlanReadResult.Failed(path, $"PlanLint does not know how to read this file: expected one of {known}.");
        }

        var result = WithConcernsRequired(KeepReadingProblems(reader.Read(path, content)));
        return result is { Plan: null, NotAPlan: null } && reader is WordPlanReader && result.Diagnostics is [{ Message: var message }]
            && message.StartsWith(WordNoPlanTable, StringComparison.Ordinal)
            ? result with { NotAPlan = new NotAPlan("a Word document with no plan table") }
            : result;
    }

    /// <summary>
    /// A reader's warnings about a plan it did read (a title date it could not read, a row wider than the table) are
    /// about the document: kept in the plan as PL8002 notes, so the Reading rules report them and the canonical file keeps them.
    /// </summary>
    internal static PlanReadResult KeepReadingProblems(PlanReadResult result)
    {
        if (result.Plan is not { } plan || result.Diagnostics.All(d => d.Severity == Diagnostics.Severity.Error)) return result;
        var notes = result.Diagnostics
            .Where(d => d.Severity != Diagnostics.Severity.Error)
            .Select(d => new Model.ReadingNote(d.Id == Diagnostics.RuleIds.InvalidPlan ? Diagnostics.RuleIds.TextNotRead : d.Id, d.Message, d.Location) { Source = Tables.ReadingDiagnostics.Where(d.Location) })
            .ToList();
        return result with { Plan = plan with { ReadingNotes = [.. plan.ReadingNotes, .. notes] }, Diagnostics = [.. result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)] };
    }

    /// <summary>A plan that answers nothing is not a clean plan: whatever the format, no concerns is an error about the file.</summary>
    private static PlanReadResult WithConcernsRequired(PlanReadResult result)
    {
        if (result.Plan is not { Concerns.Count: 0 } plan || result.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error))
            return result;
        var at = plan.Fields.Get("concerns") ?? plan.Location;
        string rows = plan.Format == Model.PlanFormat.Recommendations ? "recommendations" : "concerns";
        return result with
        {
            Diagnostics = [.. result.Diagnostics, InvalidPlanDiagnostic.Create(at, $"The plan lists no {rows}; a plan answers each of the report's {rows} with actions.")],
        };
    }

    /// <summary>How the Word reader's message begins when a document holds no plan table (rather than being damaged).</summary>
    private const string WordNoPlanTable = "The Word document has no plan table";
}
