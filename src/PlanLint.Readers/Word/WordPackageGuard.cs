using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace PlanLint.Readers.Word;

/// <summary>How much a .docx may hold before it is refused unopened.</summary>
public sealed record WordLimits
{
    public static WordLimits Default { get; } = new();

    /// <summary>Parts (zip entries); a plan has a few dozen, more with pictures.</summary>
    public int MaxParts { get; init; } = 1000;

    /// <summary>The declared uncompressed size of all parts together.</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The declared uncompressed size of any one part.</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Uncompressed to compressed size, for parts above <see cref="RatioCheckedFromBytes"/>; Word's XML compresses about 10:1.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    public long RatioCheckedFromBytes { get; init; } = 1024 * 1024;
}

/// <summary>
/// Decides from its bytes and its zip central directory whether a file can safely be opened as a Word document,
/// before anything is decompressed into memory: not a zip, an encrypted or legacy OLE file, too many parts, parts
/// that expand past a sane size (a zip bomb) are each refused with a message saying which.
/// </summary>
internal static class WordPackageGuard
{
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool LooksLikeZip(ReadOnlySpan<byte> head) => head.StartsWith(ZipMagic);

    public static bool LooksLikeOle(ReadOnlySpan<byte> head) => head.StartsWith(OleMagic);

    /// <summary>Null when the package may be opened; otherwise why not, as one line for a reviewer.</summary>
    public static string? Check(ReadOnlyMemory<byte> content, WordLimits limits)
    {
        var span = content.Span;
        if (span.IsEmpty)
            return "The file is empty.";
        if (LooksLikeOle(span))
            return DescribeOle(span);
        if (!LooksLikeZip(span))
            return "The file is not a Word document (.docx): it is not a zip package. Save the plan from Word as a .docx.";

        try
        {
            using var archive = new ZipArchive(OpenRead(content), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxParts)
                return $"The Word document has {Count(entries.Count)} parts, more than the {Count(limits.MaxParts)} a plan could need; it was not opened.";

            long total = 0;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxPartBytes)
                    return $"The Word document's part {entry.FullName} expands to {Size(entry.Length)} when unpacked, more than the {Size(limits.MaxPartBytes)} limit for one part; it was not opened.";
                if (total > limits.MaxTotalBytes)
                    return $"The Word document expands to more than the {Size(limits.MaxTotalBytes)} limit when unpacked (reached at part {entry.FullName}); it was not opened.";
                if (entry.Length > limits.RatioCheckedFromBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                    return $"The Word document's part {entry.FullName} is compressed more than {limits.MaxCompressionRatio}:1, as zip bombs are; it was not opened.";
            }

            // Many parts each just under the per-part threshold add up to a bomb too.
            if (total > limits.RatioCheckedFromBytes && total > (long)limits.MaxCompressionRatio * content.Length)
                return $"The Word document expands to {Size(total)} from {Size(content.Length)}, more than {limits.MaxCompressionRatio}:1, as zip bombs do; it was not opened.";

            if (archive.GetEntry("[Content_Types].xml") is null)
                return "The file is a zip archive but not a Word document: it has no [Content_Types].xml.";
            if (archive.GetEntry("word/document.xml") is null && !entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                return $"The file is a zip archive but not a Word document{OtherOfficeKind(entries)}.";

            // A part that understates its size cannot expand past it: .NET stops decompressing at the declared length.
            return null;
        }
        catch (InvalidDataException e)
        {
            return "The Word document is damaged or incomplete (" + e.Message.TrimEnd('.') + "); open it in Word and save it again.";
        }
    }

    private static string DescribeOle(ReadOnlySpan<byte> content)
    {
        // An OLE compound file's directory names its streams in UTF-16: encrypted .docx files hold "EncryptedPackage".
        if (content.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
            return "The Word document is password-protected (encrypted); remove the password in Word (File > Info > Protect Document) and save it again.";
        if (content.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0)
            return "The file is an old binary Word document (.doc); open it in Word and save it as .docx.";
        return "The file is an OLE compound file, not a Word .docx document.";
    }

    private static string OtherOfficeKind(IEnumerable<ZipArchiveEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.FullName.StartsWith("xl/", StringComparison.Ordinal)) return " (it is an Excel workbook)";
            if (entry.FullName.StartsWith("ppt/", StringComparison.Ordinal)) return " (it is a PowerPoint presentation)";
        }

        return "";
    }

    /// <summary>A read-only stream over the bytes, without copying them when they are an array already.</summary>
    public static MemoryStream OpenRead(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => ByteSizes.Describe(bytes);
}
