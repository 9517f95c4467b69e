using System.Buffers;
using System.Runtime.CompilerServices;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.Accountable;

/// <summary>Where a plan calls a name an organisation: "the education provider" in action 4 of recommendation 4.</summary>
public sealed record OrganisationCall(string Noun, string Place);

/// <summary>
/// Names a plan itself puts in apposition to an organisation noun (rules/data/organisation-nouns.json), anywhere in its
/// concerns, actions and reasons: "the education provider, People Plus,", "Acme, the facilities contractor,", "the
/// education provider (People Plus)", "Acme (the charity)". So a provider's bare name that no list can know is known
/// as an organisation on a plan that says so. The noun must close a phrase opened by an article or possessive ("the
/// provider's lead" is not the provider; "the manager of the provider, Jo Bloggs," is not read either), the name must
/// be a capitalised run of at most five words bounded by the apposition's commas or brackets, and a name any list reads
/// (a post, group or body) is not recorded. The plan's text is read once, in plan order, and the first place wins, except
/// that a place the reader did not read as it stands (text inferred, or past where it could tell the action ends) gives
/// way to a later place it did: the message sends the reviewer to a place they can find in their document.
/// </summary>
public sealed class PlanOrganisations
{
    private const int MaxNameWords = 5;
    private const int MaxModifiers = 3;

    private static readonly ConditionalWeakTable<ActionPlan, PlanOrganisations> Cache = [];
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "our", "its", "their" };
    private static readonly Lazy<PhraseList> Nouns = new(() => PhraseLists.Get(PhraseLists.OrganisationNouns));
    private static readonly SearchValues<char> NameJoiners = SearchValues.Create("&/+-");
    private static readonly Lazy<PhraseList> StopWords = new(() => PhraseLists.Get(PhraseLists.StopWords));

    private readonly Dictionary<string, OrganisationCall> calls = new(StringComparer.Ordinal);
    private readonly HashSet<string> inferredPlaces = new(StringComparer.Ordinal);

    private PlanOrganisations()
    {
    }

    /// <summary>The organisations a plan names, found once per plan and dropped with it.</summary>
    public static PlanOrganisations Of(ActionPlan plan) => Cache.GetValue(plan, From);

    private static PlanOrganisations From(ActionPlan plan)
    {
        var found = new PlanOrganisations();
        foreach (var concern in plan.Concerns)
        {
            found.Read(concern.Text, $"recommendation {concern.Id}", concern.ReadingOf(PlanFields.Text));
            foreach (var action in concern.Actions)
                found.Read(action.Text, ActionNames.InRecommendation(concern, action), action.ReadingOf(PlanFields.Text));
            if (concern.Reason is { } reason) found.Read(reason, $"the reason for recommendation {concern.Id}", concern.ReadingOf(PlanFields.Reason));
        }

        return found;
    }

    /// <summary>How the plan calls <paramref name="name"/> an organisation, if it does: the whole name, as words.</summary>
    public OrganisationCall? CallOf(string name) => calls.Count == 0 ? null : calls.GetValueOrDefault(Key(WordTokenizer.Tokenize(name), 0, null));

    /// <summary>Whether the text up to <paramref name="end"/> was read as it stands.</summary>
    private static bool ReadUpTo(FieldReading reading, int end) =>
        reading.Status == ReadingStatus.Read && (reading.KnownExtent is not { } known || end <= known);

    private void Read(string text, string place, FieldReading reading)
    {
        if (text.Length == 0) return;
        var tokens = WordTokenizer.Tokenize(text);
        for (int noun = 0; noun < tokens.Count; noun++)
        {
            if (!Nouns.Value.ContainsWord(tokens[noun].Normalized) || DeterminerOf(text, tokens, noun) is not { } determiner) continue;
            var call = new OrganisationCall(text[tokens[determiner].Start..tokens[noun].End], place);
            string before = Gap(text, tokens, determiner).Trim().ToString();
            string after = Gap(text, tokens, noun + 1).Trim().ToString();

            // "the provider, Acme," and "the provider (Acme)": the name follows the noun.
            if (after.Length == 1 && after[0] is ',' or '(' && FollowingName(text, tokens, noun + 1, after[0] == ',' ? ',' : ')') is ({ } key, var end))
                Record(key, call, ReadUpTo(reading, end));

            // "Acme, the provider," and "Acme (the provider)": the name comes before the phrase.
            if ((before == "," && (after.Length == 0 || after[0] is ',' or '.' or ';')) || (before == "(" && after.StartsWith(')')))
            {
                if (after.StartsWith(',') && noun + 1 < tokens.Count && tokens[noun + 1].Normalized is "and" or "or") continue;
                foreach (var name in PrecedingNames(text, tokens, determiner, listBreaks: before == ","))
                    Record(name, call, ReadUpTo(reading, tokens[noun].End));
            }
        }
    }

    private void Record(string key, OrganisationCall call, bool asRead)
    {
        if (key.Length == 0) return;
        if (OwnerNames.Classify(key) is not (OwnerKind.Unknown or OwnerKind.Acronym)) return;
        if (calls.TryAdd(key, call))
        {
            if (!asRead) inferredPlaces.Add(key);
        }
        else if (asRead && inferredPlaces.Remove(key))
        {
            calls[key] = call;
        }
    }

    /// <summary>The article that opens the noun's phrase, through at most a few plain modifiers; null if none or if the phrase hangs on "of".</summary>
    private static int? DeterminerOf(string text, IReadOnlyList<WordToken> tokens, int noun)
    {
        for (int k = noun - 1; k >= 0 && noun - k <= MaxModifiers + 1; k--)
        {
            if (!Gap(text, tokens, k + 1).IsWhiteSpace()) return null;
            if (!Determiners.Contains(tokens[k].Normalized)) continue;
            bool complement = k > 0 && Gap(text, tokens, k).IsWhiteSpace() && tokens[k - 1].Normalized == "of";
            return complement ? null : k;
        }

        return null;
    }

    /// <summary>The name between the comma or bracket after the noun and the closing one: the key of "People Plus" in ", People Plus,", and where it ends.</summary>
    private static (string Key, int End)? FollowingName(string text, IReadOnlyList<WordToken> tokens, int first, char close)
    {
        if (first >= tokens.Count || !char.IsUpper(text[tokens[first].Start])) return null;
        for (int last = first; last < tokens.Count && last - first < MaxNameWords; last++)
        {
            var gap = Gap(text, tokens, last + 1).Trim();
            if (gap.IsEmpty && last + 1 < tokens.Count) continue;
            if (gap.Length == 0 || gap[0] != close) return null;
            if (close == ',' && last + 1 < tokens.Count && tokens[last + 1].Normalized is "and" or "or") return null;
            return (Key(tokens, first, last), tokens[last].End);
        }

        return null;
    }

    /// <summary>
    /// The capitalised run of words that ends just before the phrase's comma or bracket, and the same run without an
    /// opening function word ("Since Acme, the provider," names "Acme"); none if the run continues a list (a comma before it).
    /// </summary>
    private static IEnumerable<string> PrecedingNames(string text, IReadOnlyList<WordToken> tokens, int determiner, bool listBreaks)
    {
        int last = determiner - 1;
        if (last < 0) yield break;
        int first = last;
        while (first >= 0 && char.IsUpper(text[tokens[first].Start]) && last - first < MaxNameWords)
        {
            if (first == 0 || !Gap(text, tokens, first).IsWhiteSpace()) break;
            if (!char.IsUpper(text[tokens[first - 1].Start])) break;
            first--;
        }

        if (!char.IsUpper(text[tokens[first].Start]) || last - first >= MaxNameWords) yield break;
        var opening = Gap(text, tokens, first);
        if (listBreaks && opening.Contains(',')) yield break;

        // "Head of Education, the provider," and "Learning & Skills, the provider,": the run ends a longer name.
        if (opening.IndexOfAny(NameJoiners) >= 0 || (first > 0 && opening.IsWhiteSpace() && tokens[first - 1].Normalized is "of" or "for" or "and" or "or"))
            yield break;
        yield return Key(tokens, first, last);
        if (first < last && StopWords.Value.ContainsWord(tokens[first].Normalized)) yield return Key(tokens, first + 1, last);
    }

    /// <summary>The characters between token k-1 and token k (from the start of the text for k = 0, to its end for k = count).</summary>
    private static ReadOnlySpan<char> Gap(string text, IReadOnlyList<WordToken> tokens, int k)
    {
        int start = k == 0 ? 0 : tokens[k - 1].End;
        int end = k < tokens.Count ? tokens[k].Start : text.Length;
        return text.AsSpan(start, end - start);
    }

    /// <summary>A name as its words, without an opening "the": "The Forward Trust" and "Forward Trust" are one name.</summary>
    private static string Key(IReadOnlyList<WordToken> tokens, int first, int? last)
    {
        int end = last ?? tokens.Count - 1;
        if (first <= end && tokens[first].Normalized == "the") first++;
        if (first > end) return "";
        var words = new string[end - first + 1];
        for (int i = first; i <= end; i++) words[i - first] = tokens[i].Normalized;
        return string.Join(' ', words);
    }
}
