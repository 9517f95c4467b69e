using System.Text;

namespace PlanLint.Text;

/// <summary>Turns byte offsets in a UTF-8 document into 1-based line and column (UTF-16 code units, as editors count).</summary>
public sealed class TextPositions
{
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly List<int> lineStarts = [0];

    public TextPositions(ReadOnlyMemory<byte> utf8)
    {
        this.utf8 = utf8;
        var span = utf8.Span;
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
                lineStarts.Add(i + 1);
            else if (span[i] == (byte)'\r' && (i + 1 >= span.Length || span[i + 1] != (byte)'\n'))
                lineStarts.Add(i + 1);
        }
    }

    public (int Line, int Column) At(long offset)
    {
        int o = (int)Math.Clamp(offset, 0, utf8.Length);
        int index = lineStarts.BinarySearch(o);
        int line = index >= 0 ? index : ~index - 1;
        int start = lineStarts[line];
        int column = Encoding.UTF8.GetCharCount(utf8.Span[start..o]) + 1;
        return (line + 1, column);
    }

    /// <summary>The 1-based column of a byte position within a given 0-based line, for parser errors that report a line and byte.</summary>
    public int ColumnOf(int zeroBasedLine, long bytePositionInLine)
    {
        if (zeroBasedLine < 0 || zeroBasedLine >= lineStarts.Count) return 1;
        int start = lineStarts[zeroBasedLine];
        int end = (int)Math.Min(utf8.Length, start + Math.Max(0, bytePositionInLine));
        return Encoding.UTF8.GetCharCount(utf8.Span[start..end]) + 1;
    }
}
