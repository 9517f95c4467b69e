using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PlanLint.Text;

/// <summary>
/// Finds whole-word, case-insensitive occurrences of a list of phrases in linear time
/// (a token trie walked from each word), so no phrase list can make matching backtrack.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node root = new();

    /// <summary>
    /// A bit per <see cref="FirstWordBit"/> of each phrase's first word. Most words of a text start no phrase of a list,
    /// and this rules them out without hashing the word for the trie's first lookup (a tenth of a plan's linting was those lookups).
    /// </summary>
    private readonly ulong[] firstWords = new ulong[FirstWordFilterWords];

    private const int FirstWordFilterWords = 8;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var node = root;
            foreach (var word in WordTokenizer.WordsOf(phrase))
            {
                if (node == root)
                {
                    int bit = FirstWordBit(word);
                    firstWords[bit >> 6] |= 1UL << (bit & 63);
                }

                node = node.Add(word);
            }

            if (node != root) node.Phrase ??= phrase;
        }
    }

    public bool IsEmpty => root.IsLeaf;

    /// <summary>Every match, leftmost first; at one start position only the longest phrase is kept.</summary>
    public IReadOnlyList<PhraseMatch> Matches(string text) => Matches(WordTokenizer.Tokenize(text));

    public IReadOnlyList<PhraseMatch> Matches(IReadOnlyList<WordToken> tokens)
    {
        if (root.IsLeaf) return [];
        var words = AsSpan(tokens);
        List<PhraseMatch>? matches = null;
        for (int i = 0; i < words.Length; i++)
        {
            int bit = FirstWordBit(words[i].Normalized);
            if ((firstWords[bit >> 6] & (1UL << (bit & 63))) == 0) continue;
            var node = root;
            PhraseMatch? longest = null;
            for (int j = i; j < words.Length && !node.IsLeaf; j++)
            {
                if (node.Next(words[j].Normalized) is not { } next) break;
                node = next;
                if (node.Phrase is not null)
                    longest = new PhraseMatch(node.Phrase, words[i].Start, words[j].End - words[i].Start, i, j - i + 1);
            }

            if (longest is not null) (matches ??= []).Add(longest);
        }

        return matches ?? (IReadOnlyList<PhraseMatch>)[];
    }

    public bool IsMatch(string text) => Matches(text).Count > 0;

    /// <summary>Whether the whole text, ignoring punctuation, is one of the phrases.</summary>
    public bool IsWholeMatch(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        return tokens.Count > 0 && Matches(tokens).Any(m => m.TokenIndex == 0 && m.TokenCount == tokens.Count);
    }

    // Tokens come as a List from the tokenizer: read through a span rather than an interface call per word.
    private static ReadOnlySpan<WordToken> AsSpan(IReadOnlyList<WordToken> tokens) =>
        tokens is List<WordToken> list ? CollectionsMarshal.AsSpan(list) : tokens.ToArray();

    /// <summary>Which bit of the first-word filter a word sets: from its length and its first and last letters, no hashing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstWordBit(string word) =>
        word.Length == 0 ? 0 : (int)(((uint)word[0] * 31 + (uint)word[^1] * 7 + (uint)word.Length) % (FirstWordFilterWords * 64));

    private sealed class Node
    {
        // Most nodes go on with one word only: it is kept in the node, and a dictionary is made only for a second. Plain
        // dictionaries: freezing each one cost more at start-up (most runs lint one plan) than its faster lookups saved.
        private string? firstWord;
        private Node? firstNext;
        private Dictionary<string, Node>? next;

        public string? Phrase { get; set; }

        public bool IsLeaf => firstNext is null;

        public Node? Next(string word) =>
            next is not null ? next.GetValueOrDefault(word) : word == firstWord ? firstNext : null;

        public Node Add(string word)
        {
            if (Next(word) is { } existing) return existing;
            var added = new Node();
            if (firstWord is null || firstNext is null)
            {
                (firstWord, firstNext) = (word, added);
                return added;
            }

            next ??= new Dictionary<string, Node>(StringComparer.Ordinal) { [firstWord] = firstNext };
            next[word] = added;
            return added;
        }
    }
}

/// <summary>A phrase found in a text: which phrase, and where (character offset and length, token index and count).</summary>
public sealed record PhraseMatch(string Phrase, int Start, int Length, int TokenIndex, int TokenCount);
