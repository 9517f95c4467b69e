namespace PlanLint.Text;

/// <summary>A word of a text, with its position and its culture-independent lower-case form.</summary>
public sealed record WordToken(string Normalized, int Start, int End);

/// <summary>
/// Splits text into words: runs of letters and digits, keeping inner apostrophes and hyphens
/// ("prisoner's", "co-locate"). Lower-cases with the invariant culture so matching does not change
/// under tr-TR and the like.
/// </summary>
public static class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        // English averages under six characters a word with its space: sized so the list rarely grows.
        var tokens = new List<WordToken>((text.Length / 6) + 1);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                   || (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)))
                i++;
            tokens.Add(new WordToken(Normalize(text.AsSpan(start, i - start)), start, i));
        }

        return tokens;
    }

    private static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (int k = 0; k < word.Length; k++)
            buffer[k] = word[k] == '\u2019' ? '\'' : char.ToLowerInvariant(word[k]);
        return new string(buffer);
    }
}
