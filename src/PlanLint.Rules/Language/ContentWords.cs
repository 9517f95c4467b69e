using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.Language;

/// <summary>
/// The words of a text that carry its topic, stemmed so that "reviewed" and "reviews" compare equal:
/// stop-words are dropped and, when asked, so are the words every plan uses whatever its topic.
/// Hyphenated words also give their parts ("self-harm" gives "self-harm", "self" and "harm") so
/// "self-harmers" and "harm" can meet.
/// </summary>
public static class ContentWords
{
    public static IReadOnlyList<string> Stems(string text, bool dropGenericWords) =>
        Stems(WordTokenizer.Tokenize(text), dropGenericWords);

    public static IReadOnlyList<string> Stems(IReadOnlyList<WordToken> tokens, bool dropGenericWords) =>
        Stems(FactsOf(tokens), dropGenericWords);

    /// <summary>The distinct stems of a text, with the parts of hyphenated words added, for overlap tests.</summary>
    public static IReadOnlySet<string> StemSet(string text, bool dropGenericWords) => StemSet(WordTokenizer.Tokenize(text), dropGenericWords);

    public static IReadOnlySet<string> StemSet(IReadOnlyList<WordToken> tokens, bool dropGenericWords) =>
        StemSet(tokens, FactsOf(tokens), dropGenericWords);

    /// <summary>What is known of each token's word, in token order: looked up once, for every question asked of a text's words.</summary>
    internal static WordFacts[] FactsOf(IReadOnlyList<WordToken> tokens)
    {
        var facts = new WordFacts[tokens.Count];
        for (int i = 0; i < facts.Length; i++) facts[i] = Facts(tokens[i].Normalized);
        return facts;
    }

    internal static List<string> Stems(WordFacts[] facts, bool dropGenericWords)
    {
        var stems = new List<string>(facts.Length);
        foreach (var word in facts)
            if (!word.IsNoise(dropGenericWords)) stems.Add(word.Stem);
        return stems;
    }

    internal static HashSet<string> StemSet(IReadOnlyList<WordToken> tokens, WordFacts[] facts, bool dropGenericWords)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Length; i++)
        {
            var word = facts[i];
            if (word.IsNoise(dropGenericWords)) continue;
            set.Add(word.Stem);
            string normalized = tokens[i].Normalized;
            if (!normalized.Contains('-', StringComparison.Ordinal)) continue;
            foreach (var part in normalized.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var partFacts = Facts(part);
                if (!partFacts.IsNoise(dropGenericWords)) set.Add(partFacts.Stem);
            }
        }

        return set;
    }

    // What these functions ask of a word, looked up once per word rather than three or four times (stop-word, stem,
    // generic stem): every rule comparing topics stems the same words. Sized for a plan's vocabulary, so one plan's
    // words fit without the table growing.
    private static readonly BoundedMemo<WordFacts> Known = new(100_000, initialCapacity: 2048);

    private static WordFacts Facts(string word) => Known.Get(word, static w =>
    {
        string stem = LightStemmer.Stem(w);
        return new WordFacts(stem, w.Length < 2 || Lists.StopWords.ContainsWord(w), Lists.GenericPlanWords.ContainsStem(stem));
    });

    // The lists every word is checked against, fetched once rather than per word.
    private static class Lists
    {
        public static readonly PhraseList StopWords = PhraseLists.Get(PhraseLists.StopWords);
        public static readonly PhraseList GenericPlanWords = PhraseLists.Get(PhraseLists.GenericPlanWords);
    }

    // A class: a concurrent dictionary of structs cannot be compiled ahead of time (ReadyToRun), so every run would
    // JIT-compile it; one object per distinct word is cheap.
    internal sealed record WordFacts(string Stem, bool Stop, bool Generic)
    {
        public bool IsNoise(bool dropGenericWords) => Stop || (dropGenericWords && Generic);
    }
}
