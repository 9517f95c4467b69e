namespace PlanLint.Text;

/// <summary>
/// Turns byte offsets in a UTF-8 document into 1-based line and column (UTF-16 code units, as editors count), in time
/// independent of the line's length: the UTF-16 length of the document up to every <see cref="BlockSize"/>-th byte is
/// kept, so a column is counted from the nearest checkpoint, not from the start of a line that may be the whole file
/// (minified JSON). Building is two vectorised scans (UTF-16 lengths, line ends); memory is one int per block and one per line.
/// </summary>
public sealed class TextPositions
{
    public const int BlockSize = 256;

    private readonly ReadOnlyMemory<byte> utf8;
    private readonly List<int> lineStarts = [0];
    private readonly int[] unitsBeforeBlock;

    public TextPositions(ReadOnlyMemory<byte> utf8)
    {
        this.utf8 = utf8;
        var span = utf8.Span;
        unitsBeforeBlock = new int[span.Length / BlockSize + 1];
        int units = 0;
        for (int start = 0; start < span.Length; start += BlockSize)
        {
            unitsBeforeBlock[start / BlockSize] = units;
            units += Utf16Units(span.Slice(start, Math.Min(BlockSize, span.Length - start)));
        }

        for (int i = span.IndexOfAny((byte)'\n', (byte)'\r'); i >= 0;)
        {
            if (span[i] == (byte)'\n' || i + 1 >= span.Length || span[i + 1] != (byte)'\n')
                lineStarts.Add(i + 1);
            int next = span[(i + 1)..].IndexOfAny((byte)'\n', (byte)'\r');
            i = next < 0 ? -1 : i + 1 + next;
        }

        if (span.Length % BlockSize == 0) unitsBeforeBlock[^1] = units;
    }

    /// <summary>How many bytes <see cref="At"/> and <see cref="ColumnOf"/> have examined; bounded by <see cref="BlockSize"/> per call (tests count it).</summary>
    internal long BytesExamined { get; private set; }

    public (int Line, int Column) At(long offset)
    {
        int o = (int)Math.Clamp(offset, 0, utf8.Length);
        int index = lineStarts.BinarySearch(o);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, UnitsBefore(o) - UnitsBefore(lineStarts[line]) + 1);
    }

    /// <summary>The 1-based column of a byte position within a given 0-based line, for parser errors that report a line and byte.</summary>
    public int ColumnOf(int zeroBasedLine, long bytePositionInLine)
    {
        if (zeroBasedLine < 0 || zeroBasedLine >= lineStarts.Count) return 1;
        int start = lineStarts[zeroBasedLine];
        int end = (int)Math.Min(utf8.Length, start + Math.Max(0, bytePositionInLine));
        return UnitsBefore(end) - UnitsBefore(start) + 1;
    }

    /// <summary>UTF-16 code units in the document before byte <paramref name="offset"/>.</summary>
    private int UnitsBefore(int offset)
    {
        int block = offset / BlockSize;
        int units = unitsBeforeBlock[block];
        units += Utf16Units(utf8.Span[(block * BlockSize)..offset]);
        BytesExamined += offset - block * BlockSize;
        return units;
    }

    /// <summary>
    /// A lead byte starts one UTF-16 code unit, or two for a four-byte sequence; continuation bytes add none. For valid
    /// UTF-8 this equals Encoding.UTF8.GetCharCount (readers refuse invalid UTF-8 at its first bad byte, before which
    /// everything is valid).
    /// </summary>
    private static int Utf16Units(ReadOnlySpan<byte> bytes)
    {
        // Plans are mostly ASCII: a vectorised check answers most blocks without looking at each byte.
        if (System.Text.Ascii.IsValid(bytes)) return bytes.Length;
        int units = 0;
        foreach (byte b in bytes)
            units += Utf16Units(b);
        return units;
    }

    private static int Utf16Units(byte b) => b switch
    {
        < 0x80 => 1,
        < 0xC0 => 0,
        >= 0xF0 and <= 0xF4 => 2,
        _ => 1,
    };
}
