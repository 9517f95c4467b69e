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

    private static readonly BoundedMemo<string> Memo = new(100_000, initialCapacity: 2048);

    public static string Stem(string word) => word.Length <= MinimumStem ? word : Memo.Get(word, StemOf);

    // Works in one buffer and makes at most one string: most words of a plan pass through here once per run.
    private static string StemOf(string word)
    {
        Span<char> w = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int length = 0;
        foreach (char c in word)
        {
            if (char.IsDigit(c)) return word;
            if (c != '\'') w[length++] = c;
        }

        if (w[..length].EndsWith('s') && length > 3)
        {
            if (w[..length].EndsWith("ies")) w[(length -= 2) - 1] = 'y';
            else if (w[..length].EndsWith("sses")) length -= 2;
            else if (!w[..length].EndsWith("ss") && !w[..length].EndsWith("us") && !w[..length].EndsWith("is")) length--;
        }

        foreach (var suffix in Suffixes)
        {
            if (length - suffix.Length >= MinimumStem + 1 && w[..length].EndsWith(suffix))
            {
                length -= suffix.Length;
                break;
            }
        }

        if (length > MinimumStem && w[length - 1] == 'e') length--;
        if (length > MinimumStem && w[length - 1] == 'y') w[length - 1] = 'i';
        if (length > MinimumStem && w[length - 1] == w[length - 2] && !IsVowel(w[length - 1])) length--;
        return w[..length].SequenceEqual(word) ? word : new string(w[..length]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
