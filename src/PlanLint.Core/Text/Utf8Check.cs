using System.Buffers;
using System.Globalization;
using System.Text;

namespace PlanLint.Text;

/// <summary>
/// Finds the first byte that is not UTF-8. System.Text.Json accepts invalid UTF-8 inside strings and only fails when a
/// string is read, so JSON files are checked whole before they are parsed.
/// </summary>
public static class Utf8Check
{
    /// <summary>The offset of the first invalid byte, or -1 when the text is valid UTF-8.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
            return -1;
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != OperationStatus.Done)
                return offset;
            offset += consumed;
        }

        return -1;
    }

    /// <summary>The one-line message for a file that is not UTF-8 at <paramref name="offset"/> (line and column 1-based).</summary>
    public static string Describe(ReadOnlySpan<byte> utf8, int offset, int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is not valid UTF-8: byte 0x{utf8[offset]:X2} at line {line}, column {column} is not UTF-8. Save the file as UTF-8.");
}
