using System.Globalization;
using System.Text;

namespace PlanLint.Text;

/// <summary>
/// Text from files and arguments is data: control characters and escape sequences in it must never reach a terminal
/// raw, or a crafted draft or argument could rewrite the screen or hide findings. Line breaks and tabs become spaces;
/// other control and bidirectional-override characters become \uXXXX.
/// </summary>
public static class TerminalSafe
{
    public static string Escape(string text)
    {
        bool clean = true;
        foreach (char c in text)
        {
            if (IsUnsafe(c)) { clean = false; break; }
        }

        if (clean) return text;

        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c is '\r' or '\n' or '\t') sb.Append(' ');
            else if (IsUnsafe(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }

        return sb.ToString();
    }

    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
