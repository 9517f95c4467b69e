namespace PlanLint.Text;

/// <summary>Short quotations of plan text for messages: whole words, at most about 60 characters, with an ellipsis when cut.</summary>
public static class PlanQuote
{
    public const int DefaultLength = 60;

    private static readonly char[] CutPunctuation = [',', ';', ':', '.', ' ', '(', '-'];

    public static string Of(string text, int maxLength = DefaultLength)
    {
        // White space is collapsed while reading, which stops once the quotation is known to be cut: a quotation of a
        // long text costs no more than one of a short text.
        var buffer = new char[maxLength + 1];
        int length = 0;
        bool gap = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { gap = length > 0; continue; }
            if (gap && length < buffer.Length) buffer[length++] = ' ';
            gap = false;
            if (length == buffer.Length) break;
            buffer[length++] = c;
        }

        string flat = new(buffer, 0, length);
        if (flat.Length <= maxLength) return flat;

        int cut = flat.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2) cut = maxLength;
        return flat[..cut].TrimEnd(CutPunctuation) + "\u2026";
    }

    /// <summary>
    /// A quotation that shows the words at <paramref name="start"/> (e.g. a matched phrase) in context: from the start of
    /// their sentence when that fits, otherwise from a few words before them, with ellipses where text is left out.
    /// </summary>
    public static string Around(string text, int start, int length, int maxLength = DefaultLength)
    {
        int sentenceStart = start;
        while (sentenceStart > 0 && !EndsSentence(text, sentenceStart - 1)) sentenceStart--;
        while (sentenceStart < start && char.IsWhiteSpace(text[sentenceStart])) sentenceStart++;

        int from = sentenceStart;
        if (start + length - from > maxLength - 10)
        {
            from = start;
            for (int words = 0; from > sentenceStart && words < 3; from--)
                if (char.IsWhiteSpace(text[from - 1]) && from < start) words++;
            while (from < start && char.IsWhiteSpace(text[from])) from++;
        }

        string quote = Of(text[from..], maxLength);
        return from > sentenceStart ? "\u2026" + quote : quote;
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is '\n' or ';' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
}
