namespace PlanLint.Text;

/// <summary>
/// Finds whole-word, case-insensitive occurrences of a list of phrases in linear time
/// (a token trie walked from each word), so no phrase list can make matching backtrack.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node root = new();

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var tokens = WordTokenizer.Tokenize(phrase);
            if (tokens.Count == 0) continue;
            var node = root;
            foreach (var token in tokens)
            {
                node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(token.Normalized, out var next))
                    node.Children[token.Normalized] = next = new Node();
                node = next;
            }

            node.Phrase ??= phrase;
        }
    }

    public bool IsEmpty => root.Children is null;

    /// <summary>Every match, leftmost first; at one start position only the longest phrase is kept.</summary>
    public IReadOnlyList<PhraseMatch> Matches(string text) => Matches(WordTokenizer.Tokenize(text));

    public IReadOnlyList<PhraseMatch> Matches(IReadOnlyList<WordToken> tokens)
    {
        var matches = new List<PhraseMatch>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var node = root;
            PhraseMatch? longest = null;
            for (int j = i; j < tokens.Count && node.Children is not null; j++)
            {
                if (!node.Children.TryGetValue(tokens[j].Normalized, out var next)) break;
                node = next;
                if (node.Phrase is not null)
                    longest = new PhraseMatch(node.Phrase, tokens[i].Start, tokens[j].End - tokens[i].Start, i, j - i + 1);
            }

            if (longest is not null) matches.Add(longest);
        }

        return matches;
    }

    public bool IsMatch(string text) => Matches(text).Count > 0;

    /// <summary>Whether the whole text, ignoring punctuation, is one of the phrases.</summary>
    public bool IsWholeMatch(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        return tokens.Count > 0 && Matches(tokens).Any(m => m.TokenIndex == 0 && m.TokenCount == tokens.Count);
    }

    private sealed class Node
    {
        // Plain dictionaries: a trie has a node per word of every phrase, and freezing each one cost more at start-up
        // (most runs lint one plan) than its faster lookups saved.
        public Dictionary<string, Node>? Children { get; set; }
        public string? Phrase { get; set; }
    }
}

/// <summary>A phrase found in a text: which phrase, and where (character offset and length, token index and count).</summary>
public sealed record PhraseMatch(string Phrase, int Start, int Length, int TokenIndex, int TokenCount);
