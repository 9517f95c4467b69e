namespace PlanLint.Rules.Language;

/// <summary>
/// A small suffix-stripping stemmer for comparing plan wording: "reviewed", "reviewing" and "reviews" all become
/// "review"; "improvement" and "improved" become "improv". It only has to map variants of one word to the same key,
/// not produce real words, and it is culture-independent (input is already lower-cased by <see cref="PlanLint.Text.WordTokenizer"/>).
/// </summary>
public static class LightStemmer
{
    private const int MinimumStem = 3;

    private static readonly string[] Suffixes = ["ments", "ment", "ings", "ing", "edly", "ed", "ers", "er", "ly"];

    private static readonly BoundedMemo<string> Memo = new(100_000);

    public static string Stem(string word) => word.Length <= MinimumStem ? word : Memo.Get(word, StemOf);

    private static string StemOf(string word)
    {
        if (!IsWord(word)) return word;

        string w = word.Replace("'", "", StringComparison.Ordinal);
        if (w.EndsWith('s') && w.Length > 3)
        {
            if (w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^3] + "y";
            else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
            else if (!w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        }

        foreach (var suffix in Suffixes)
        {
            if (w.Length - suffix.Length >= MinimumStem + 1 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }

        if (w.Length > MinimumStem && w.EndsWith('e')) w = w[..^1];
        if (w.Length > MinimumStem && w.EndsWith('y')) w = w[..^1] + "i";
        if (w.Length > MinimumStem && w[^1] == w[^2] && !IsVowel(w[^1])) w = w[..^1];
        return w;
    }

    private static bool IsWord(string word)
    {
        foreach (char c in word)
            if (char.IsDigit(c)) return false;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
