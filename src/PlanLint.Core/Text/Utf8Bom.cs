namespace PlanLint.Text;

/// <summary>The UTF-8 byte order mark that Windows editors put at the start of files.</summary>
public static class Utf8Bom
{
    public static int Length(ReadOnlySpan<byte> s) => s.Length >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;

    public static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> s) => s[Length(s)..];
}
