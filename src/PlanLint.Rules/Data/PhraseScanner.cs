using PlanLint.Text;

namespace PlanLint.Rules.Data;

/// <summary>A phrase found by a <see cref="PhraseScanner"/>: which list it came from, its category there, and where it is.</summary>
public sealed record ScannedPhrase(string List, string? Category, PhraseMatch Match)
{
    public int Start => Match.Start;
    public int End => Match.Start + Match.Length;
    public int FirstToken => Match.TokenIndex;
    public int LastToken => Match.TokenIndex + Match.TokenCount - 1;
}

/// <summary>
/// Finds the phrases of several lists in one text, leftmost-longest and without overlaps, so a longer phrase of one
/// list ("commenced and ongoing") wins over a shorter one of another ("commenced"). Linear in the text.
/// </summary>
public sealed class PhraseScanner
{
    private readonly PhraseMatcher matcher;
    private readonly Dictionary<string, (string List, string? Category)> origin = new(StringComparer.Ordinal);

    public PhraseScanner(params PhraseList[] lists)
    {
        foreach (var list in lists)
            foreach (var entry in list.Entries)
                origin.TryAdd(entry.Phrase, (list.Name, entry.Category));
        matcher = new PhraseMatcher(origin.Keys);
    }

    public IReadOnlyList<ScannedPhrase> Scan(string text) => Scan(WordTokenizer.Tokenize(text));

    public IReadOnlyList<ScannedPhrase> Scan(IReadOnlyList<WordToken> tokens)
    {
        var found = new List<ScannedPhrase>();
        int coveredUpTo = -1;
        foreach (var match in matcher.Matches(tokens))
        {
            if (match.TokenIndex <= coveredUpTo) continue;
            var (list, category) = origin[match.Phrase];
            found.Add(new ScannedPhrase(list, category, match));
            coveredUpTo = match.TokenIndex + match.TokenCount - 1;
        }

        return found;
    }
}
