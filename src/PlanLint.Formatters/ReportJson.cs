using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanLint.Formatters;

/// <summary>
/// How the JSON and SARIF reports are written: indented with "\n" whatever the platform, non-ASCII kept
/// readable, and every string from a plan made writable first (System.Text.Json escapes quotes, backslashes
/// and control characters; a lone surrogate, which it would refuse, becomes U+FFFD).
/// </summary>
internal static class ReportJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        // The reports are files for tools, never embedded in HTML, so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteText(this Utf8JsonWriter writer, string name, string value) =>
        writer.WriteString(name, Writable(value));

    public static void WriteTextValue(this Utf8JsonWriter writer, string value) =>
        writer.WriteStringValue(Writable(value));

    public static void WriteTextOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteText(name, value);
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }

    /// <summary>The text with any unpaired surrogate replaced, so it can be encoded as UTF-8.</summary>
    public static string Writable(string text)
    {
        int bad = IndexOfLoneSurrogate(text, 0);
        if (bad < 0) return text;

        var sb = new StringBuilder(text.Length);
        int start = 0;
        while (bad >= 0)
        {
            sb.Append(text, start, bad - start).Append('\uFFFD');
            start = bad + 1;
            bad = IndexOfLoneSurrogate(text, start);
        }

        return sb.Append(text, start, text.Length - start).ToString();
    }

    private static int IndexOfLoneSurrogate(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                return i;
        }

        return -1;
    }
}
