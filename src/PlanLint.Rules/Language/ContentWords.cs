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
        var stop = PhraseLists.Get(PhraseLists.StopWords);
        var generic = PhraseLists.Get(PhraseLists.GenericPlanWords);
        var stems = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (IsNoise(token.Normalized, stop, generic, dropGenericWords)) continue;
            stems.Add(LightStemmer.Stem(token.Normalized));
        }

        return stems;
    }

    /// <summary>The distinct stems of a text, with the parts of hyphenated words added, for overlap tests.</summary>
    public static IReadOnlySet<string> StemSet(string text, bool dropGenericWords) => StemSet(WordTokenizer.Tokenize(text), dropGenericWords);

    public static IReadOnlySet<string> StemSet(IReadOnlyList<WordToken> tokens, bool dropGenericWords)
    {
        var stop = PhraseLists.Get(PhraseLists.StopWords);
        var generic = PhraseLists.Get(PhraseLists.GenericPlanWords);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (IsNoise(token.Normalized, stop, generic, dropGenericWords)) continue;
            set.Add(LightStemmer.Stem(token.Normalized));
            if (!token.Normalized.Contains('-', StringComparison.Ordinal)) continue;
            foreach (var part in token.Normalized.Split('-', StringSplitOptions.RemoveEmptyEntries))
                if (!IsNoise(part, stop, generic, dropGenericWords)) set.Add(LightStemmer.Stem(part));
        }

        return set;
    }

    private static bool IsNoise(string word, PhraseList stop, PhraseList generic, bool dropGenericWords) =>
        word.Length < 2
        || stop.ContainsWord(word)
        || (dropGenericWords && generic.ContainsStemOf(word));
}
