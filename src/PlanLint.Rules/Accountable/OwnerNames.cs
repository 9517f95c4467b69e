using System.Buffers;
using PlanLint.Analysis;
using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.Accountable;

/// <summary>What an owner, or one of several owners, names.</summary>
public enum OwnerKind
{
    /// <summary>An accountable post ("The Governor", "Head of Safety", "RPOM").</summary>
    Post,

    /// <summary>A body, department or provider ("HMPPS", "Practice Plus Group").</summary>
    Organisation,

    /// <summary>Several people with no one accountable ("Leaders", "Staff", "SMT").</summary>
    Group,

    /// <summary>An abbreviation that is not a known post or body ("CXK", "GFSL").</summary>
    Acronym,

    /// <summary>Anything else: a provider's name, or a word that may continue a post's name ("Resettlement").</summary>
    Unknown,
}

/// <summary>One owner named in an owner cell.</summary>
public sealed record OwnerName(string Text, OwnerKind Kind);

/// <summary>
/// Reads an owner cell into the owners it names. "Governor / Head of Healthcare", "RPOM/Wates" and "NHS England &amp; the
/// Foundation Trust" name two; "Head of Reducing Reoffending and Resettlement" and "Learning &amp; Skills Manager" name one,
/// because a part split off counts as a separate owner only when it looks like one: a post, a body or group, or a name
/// beside a complete post that it cannot be the continuation of. Words are data: post-titles, generic-owners and
/// organisation-name-endings in rules/data.
/// </summary>
public static class OwnerNames
{
    private static readonly SearchValues<char> StrongSeparators = SearchValues.Create("/&+;\n|\\");

    private static readonly Lazy<PhraseMatcher> PostTitles = new(() => PhraseLists.Get(PhraseLists.PostTitles).Matcher);
    private static readonly Lazy<PhraseList> GenericOwners = new(() => PhraseLists.Get(PhraseLists.GenericOwners));
    private static readonly Lazy<PhraseMatcher> NameEndings = new(() => PhraseLists.Get(PhraseLists.OrganisationNameEndings).Matcher);

    /// <summary>Post titles that open a post's name ("Head of", "Deputy Governor") and so may follow another post with no separator.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "head", "deputy" };

    /// <summary>Post titles that qualify the title after them ("Deputy Head", "Chief Executive Officer").</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "head", "deputy", "chief", "executive", "assistant" };

    private enum Separator
    {
        None,
        Strong,
        And,
        Comma,
        Adjacent,
    }

    /// <summary>The owners a cell names, read once per distinct cell text of a plan and shared by the owner rules.</summary>
    public static TextAnalysis<IReadOnlyList<OwnerName>> Analysis { get; } = new(Read);

    /// <summary>
    /// The tokens between two separators, and the separator before them. A record, not a tuple: a list of tuples (value
    /// types) cannot be compiled ahead of time (ReadyToRun), so every run would JIT-compile it.
    /// </summary>
    private sealed record Piece(int First, int Last, Separator Before);

    public static IReadOnlyList<OwnerName> Read(string owner)
    {
        var tokens = WordTokenizer.Tokenize(owner);
        var pieces = new List<Piece>();
        int first = 0;
        var before = Separator.None;
        for (int k = 1; k < tokens.Count; k++)
        {
            var separator = SeparatorBefore(owner, tokens, k);
            if (separator == Separator.None) continue;
            if (k - 1 >= first) pieces.Add(new Piece(first, k - 1, before));
            before = separator;
            first = separator == Separator.And ? k + 1 : k;
        }

        if (first < tokens.Count) pieces.Add(new Piece(first, tokens.Count - 1, before));

        var owners = new List<Segment>();
        Segment? current = null;
        foreach (var (from, to, separator) in pieces)
        {
            var segment = Segment.Of(owner, tokens, from, to);
            if (current is null)
            {
                current = segment;
            }
            else if (Splits(current, separator, segment))
            {
                owners.Add(current);
                current = segment;
            }
            else
            {
                current = Segment.Of(owner, tokens, current.First, segment.Last);
            }
        }

        if (current is not null) owners.Add(current);
        return [.. owners
            .Select(s => new OwnerName(s.Text, s.Kind))
            .DistinctBy(o => string.Join(' ', WordTokenizer.Tokenize(o.Text).Select(t => t.Normalized)))];
    }

    private static Separator SeparatorBefore(string owner, IReadOnlyList<WordToken> tokens, int k)
    {
        if (k == 0) return Separator.None;
        var gap = owner.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
        if (gap.IndexOfAny(StrongSeparators) >= 0) return Separator.Strong;
        if (gap.Contains(',')) return Separator.Comma;
        if (tokens[k].Normalized == "and" && k + 1 < tokens.Count) return Separator.And;
        if (Openers.Contains(tokens[k].Normalized) && IsTitle(tokens[k - 1].Normalized) && !Qualifiers.Contains(tokens[k - 1].Normalized)
            && gap.IsWhiteSpace())
            return Separator.Adjacent;
        return Separator.None;
    }

    private static bool Splits(Segment before, Separator separator, Segment after) => separator switch
    {
        Separator.Comma => before.Kind == OwnerKind.Post && after.Kind == OwnerKind.Post,
        Separator.And => before.Kind != OwnerKind.Unknown && after.Kind != OwnerKind.Unknown,
        Separator.Adjacent => true,
        _ => (before.Kind != OwnerKind.Unknown || after.Kind != OwnerKind.Unknown)
             && !(after.Kind == OwnerKind.Unknown && before.HasOpenComplement)
             && !(before.Kind == OwnerKind.Unknown && after.Kind == OwnerKind.Post && after.TitleIsQualified),
    };

    private static bool IsTitle(string word) => PostTitles.Value.IsWholeMatch(word);

    /// <summary>What one owner names, read on its own.</summary>
    public static OwnerKind Classify(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        if (tokens.Count == 0) return OwnerKind.Unknown;
        if (PostTitles.Value.Matches(tokens).Count > 0) return OwnerKind.Post;
        var generic = GenericOwners.Value;
        if (generic.Matcher.Matches(tokens).FirstOrDefault() is { } match)
            return generic.CategoryOf(match.Phrase) == "group" ? OwnerKind.Group : OwnerKind.Organisation;
        if (tokens.Count > 1 && NameEndings.Value.IsWholeMatch(tokens[^1].Normalized)) return OwnerKind.Organisation;
        if (tokens.Count == 1 && LooksLikeAcronym(text.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start))) return OwnerKind.Acronym;
        return OwnerKind.Unknown;
    }

    private static bool LooksLikeAcronym(ReadOnlySpan<char> word)
    {
        int upper = 0;
        foreach (char c in word)
            if (char.IsUpper(c)) upper++;
        return word.Length <= 8 && upper >= 2 && upper * 2 >= word.Length;
    }

    private sealed record Segment(string Text, int First, int Last, OwnerKind Kind, bool HasOpenComplement, bool TitleIsQualified)
    {
        public static Segment Of(string owner, IReadOnlyList<WordToken> tokens, int first, int last)
        {
            int end = tokens[last].End;
            while (end < owner.Length && owner[end] is ')' or ']') end++;
            string text = owner[tokens[first].Start..end];
            var words = tokens.Skip(first).Take(last - first + 1).Select(t => t.Normalized).ToList();
            int title = words.FindIndex(IsTitle);
            int opening = words.Count > 0 && words[0] == "the" ? 1 : 0;
            return new Segment(
                text,
                first,
                last,
                Classify(text),
                title >= 0 && words.Skip(title + 1).Any(w => w is "of" or "for"),
                title > opening && !Qualifiers.Contains(words[opening]));
        }
    }
}
