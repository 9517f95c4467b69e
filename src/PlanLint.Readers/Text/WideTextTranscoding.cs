using System.Text;

namespace PlanLint.Readers.Text;

/// <summary>
/// Text saved as UTF-16 or UTF-32 ("Unicode" in Notepad and Word's "Save as text") carries a byte order mark; such a
/// file is re-encoded as UTF-8 before any reader sees it, so every text format reads it with the same lines and columns.
/// </summary>
internal static class WideTextTranscoding
{
    /// <summary>
    /// Null when the content has no UTF-16/UTF-32 byte order mark; otherwise the same text as UTF-8, or a problem when
    /// the bytes after the mark do not decode.
    /// </summary>
    public static (byte[]? Utf8, string? Problem) TryTranscode(ReadOnlySpan<byte> content)
    {
        if (EncodingOf(content) is not { } found)
            return (null, null);
        try
        {
            return (Encoding.UTF8.GetBytes(found.Encoding.GetString(content[found.BomLength..])), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"The file starts with a {found.Encoding.WebName.ToUpperInvariant()} byte order mark but is not valid {found.Name} text; save it as UTF-8.");
        }
    }

    private static (Encoding Encoding, int BomLength, string Name)? EncodingOf(ReadOnlySpan<byte> s)
    {
        // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
        if (s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), 4, "UTF-32");
        if (s.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), 4, "UTF-32");
        if (s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2, "UTF-16");
        if (s.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2, "UTF-16");
        return null;
    }
}
