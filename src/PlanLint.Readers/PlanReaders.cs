using PlanLint.Reading;
using PlanLint.Readers.Json;
using PlanLint.Readers.Pdf;
using PlanLint.Readers.Text;
using PlanLint.Readers.Word;
using PlanLint.Readers.Yaml;

namespace PlanLint.Readers;

/// <summary>Chooses a reader for a file by its extension, or by its first bytes where the extension says nothing.</summary>
public sealed class PlanReaders
{
    /// <summary>Files larger than this are refused before they are read (overridable).</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

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
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return PlanReadResult.Failed(path, Directory.Exists(path) ? "This is a folder, not a plan file." : "The file does not exist.");
            if (info.Length > limit)
                return PlanReadResult.Failed(path, $"The file is {ByteSizes.Describe(info.Length)}, larger than the {ByteSizes.Describe(limit)} limit for a plan file.");
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PlanReadResult.Failed(path, "The file could not be read: " + e.Message);
        }

        return Read(path, content);
    }

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
            return PlanReadResult.Failed(path, "The file is empty.");
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

        return reader.Read(path, content);
    }
}
