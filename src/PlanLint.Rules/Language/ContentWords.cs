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

    public static IReadOnlyList<string> Stems(IReadOnlyList<WordToken> tokens, bool dropGenericWords)
    {
        var stems = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var word = Facts(token.Normalized);
            if (!word.IsNoise(dropGenericWords)) stems.Add(word.Stem);
        }

        return stems;
    }

    /// <summary>The distinct stems of a text, with the parts of hyphenated words added, for overlap tests.</summary>
    public static IReadOnlySet<string> StemSet(string text, bool dropGenericWords) => StemSet(WordTokenizer.Tokenize(text), dropGenericWords);

    public static IReadOnlySet<string> StemSet(IReadOnlyList<WordToken> tokens, bool dropGenericWords)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var word = Facts(token.Normalized);
            if (word.IsNoise(dropGenericWords)) continue;
            set.Add(word.Stem);
            if (!token.Normalized.Contains('-', StringComparison.Ordinal)) continue;
            foreach (var part in token.Normalized.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var facts = Facts(part);
                if (!facts.IsNoise(dropGenericWords)) set.Add(facts.Stem);
            }
        }

        return set;
    }

    // What these functions ask of a word, looked up once per word rather than three or four times (stop-word, stem,
    // generic stem): every rule comparing topics stems the same words.
    private static readonly BoundedMemo<WordFacts> Known = new(100_000);

    private static WordFacts Facts(string word) => Known.Get(word, static w => new WordFacts(
        LightStemmer.Stem(w),
        w.Length < 2 || PhraseLists.Get(PhraseLists.StopWords).ContainsWord(w),
        PhraseLists.Get(PhraseLists.GenericPlanWords).ContainsStemOf(w)));

    // A class: a concurrent dictionary of structs cannot be compiled ahead of time (ReadyToRun), so every run would
    // JIT-compile it; one object per distinct word is cheap.
    private sealed record WordFacts(string Stem, bool Stop, bool Generic)
    {
        public bool IsNoise(bool dropGenericWords) => Stop || (dropGenericWords && Generic);
    }
}
