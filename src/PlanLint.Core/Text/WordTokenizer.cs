using System.Runtime.CompilerServices;

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
        int end = 0;
        while (NextWord(text, ref end, out int start))
            tokens.Add(new WordToken(Normalize(text.AsSpan(start, end - start)), start, end));
        return tokens;
    }

    /// <summary>
    /// The lower-case words of a text, as <see cref="Tokenize"/> reads them, without their positions or a list: for reading
    /// many short texts (the phrases of a list) whose words are wanted only once.
    /// </summary>
    public static Words WordsOf(string text) => new(text);

    /// <summary>Finds the word at or after <paramref name="end"/>: its start, and <paramref name="end"/> moved past it.</summary>
    private static bool NextWord(string text, ref int end, out int start)
    {
        int i = end;
        while (i < text.Length && !IsLetterOrDigit(text[i])) i++;
        start = i;
        while (i < text.Length && (IsLetterOrDigit(text[i])
               || (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && IsLetterOrDigit(text[i + 1]) && i > start)))
            i++;
        end = i;
        return i > start;
    }

    /// <summary>The words of a text (<see cref="WordsOf"/>), read one at a time by <c>foreach</c>.</summary>
    public ref struct Words(string text)
    {
        private int end;

        public string Current { get; private set; } = "";

        public readonly Words GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!NextWord(text, ref end, out int start)) return false;
            Current = Normalize(text.AsSpan(start, end - start));
            return true;
        }
    }

    // Plans are mostly ASCII: a bit per ASCII digit ('0'-'9' in the first 64 characters) and letter ('A'-'Z', 'a'-'z' in the
    // next 64) answers those as char.IsLetterOrDigit does, without its Unicode tables; every character of a text is asked.
    private const ulong AsciiDigits = 0x03FF_0000_0000_0000;
    private const ulong AsciiLetters = 0x07FF_FFFE_07FF_FFFE;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) =>
        c < 64 ? ((AsciiDigits >> c) & 1) != 0 : c < 128 ? ((AsciiLetters >> (c - 64)) & 1) != 0 : char.IsLetterOrDigit(c);

    /// <summary>
    /// The last lower-case word seen in each slot, so a word the plan repeats is one string, not a new one per occurrence
    /// (words were a third of what linting a plan allocated). Threads may race on a slot: the worst is a miss and a new
    /// string, never a wrong word, as a slot's word is compared before it is used and a reference is written whole.
    /// </summary>
    private static readonly string?[] RecentWords = new string?[4096];

    private static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        uint hash = 2166136261;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k] switch
            {
                >= 'A' and <= 'Z' => (char)(word[k] | 0x20),
                < '\u0080' => word[k],
                '\u2019' => '\'',
                _ => char.ToLowerInvariant(word[k]),
            };
            buffer[k] = c;
            hash = (hash ^ c) * 16777619;
        }

        ref string? slot = ref RecentWords[hash & (uint)(RecentWords.Length - 1)];
        if (slot is { } recent && recent.AsSpan().SequenceEqual(buffer)) return recent;
        string normalized = new(buffer);
        slot = normalized;
        return normalized;
    }
}
