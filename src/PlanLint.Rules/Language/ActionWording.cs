using PlanLint.Analysis;
using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.Language;

/// <summary>
/// A light reading of an action's wording: its words, its sentences, and its commitments, the clauses built
/// on "will" or "shall" ("The strategy will be reviewed", "and will publish the offer"), each with its subject and
/// main verb. Good enough to tell what an entry promises without a parser; rules that use it say what they do
/// when a sentence defeats it. Parts are worked out on first use; rules get one shared instance per text through
/// <see cref="Analysis"/>, so its caches are not thread-safe and need not be.
/// </summary>
public sealed class ActionWording
{
    // Grammar, not vocabulary: words that may stand between "will" and the verb it carries, and words that end a clause.
    // Compared as literals, not looked up in a set: every word of every text is asked, and most are neither.
    private static bool IsModal(string word) => word is "will" or "shall";

    // Modals of possibility: a step built on one of these is offered, not promised.
    private static bool IsWeakModal(string word) => word is "may" or "might" or "could";

    private static readonly HashSet<string> VerbPrefixWords = new(StringComparer.Ordinal)
    {
        "also", "further", "then", "now", "continue", "to", "be", "fully", "actively", "still", "jointly", "additionally",
        "subsequently", "initially", "immediately", "regularly", "routinely", "both", "only", "need", "not", "quickly",
        "promptly", "swiftly", "effectively", "formally", "separately", "again", "thereafter", "always", "consistently",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "no", "some", "any", "more", "less", "greater", "fewer", "this", "these", "that", "those", "much", "many",
    };

    // In "The Head, through the weekly meeting, will ensure" the walk back from "will" goes on past the aside between
    // commas; "in addition to this the Lead will" has no comma before "will" and starts its own subject.
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "through", "at", "in", "via", "by", "with", "during", "from", "for", "on", "under", "within", "alongside",
    };

    // "and" and "or" also join nouns ("analysis of ACCT and self-harm investigations will"): they end a subject only
    // after a comma, when they come straight before the "will", or after the verb of an earlier "will" in the sentence
    // with no other conjunction between ("… will take place and wound care training will be explored").
    private static readonly HashSet<string> NounJoiners = new(StringComparer.Ordinal) { "and", "or" };

    // A switch, not a set: every word of a text with a "will" is asked.
    private static bool IsClauseConjunction(string word) => word is
        "and" or "whilst" or "while" or "but" or "so" or "or" or "then" or "where" or "when" or "once" or "if" or "which" or "who"
        or "that" or "because" or "until" or "following" or "after" or "before" or "as" or "whereby" or "unless" or "although"
        or "though";

    private readonly Dictionary<PhraseList, IReadOnlyList<PhraseMatch>> matches = new(ReferenceEqualityComparer.Instance);
    // Indexed by dropGenericWords (0 or 1).
    private readonly IReadOnlyList<string>?[] contentStems = new IReadOnlyList<string>?[2];
    private readonly IReadOnlySet<string>?[] contentStemSets = new IReadOnlySet<string>?[2];
    private ContentWords.WordFacts[]? wordFacts;
    private IReadOnlyList<TokenRange>? sentences;
    private IReadOnlyList<Commitment>? commitments;
    private IReadOnlyList<Commitment>? weakCommitments;
    private IReadOnlyList<Commitment>? steps;

    // The last owner's hedges (Hedges.In): PL3002 and PL3004 ask for each action. The plan's parties are part of the key so
    // a wording never answers for another plan's.
    private (PlanParties Parties, string? Owner, IReadOnlyList<(int Start, int Length)> Found)? hedges;

    // clauseConjunctionsBefore[k]: how many of tokens 0..k-1 are clause conjunctions, so "is there one between" is O(1).
    private int[]? clauseConjunctionsBefore;

    // The tokens as the tokenizer's list: the loops here read every token, and a list's indexer is not an interface call.
    private readonly List<WordToken> tokens;

    private ActionWording(string text)
    {
        Text = text;
        var read = WordTokenizer.Tokenize(text);
        tokens = read as List<WordToken> ?? [.. read];
    }

    /// <summary>The wording of a text, shared by the rules that read it while one plan is analysed.</summary>
    public static TextAnalysis<ActionWording> Analysis { get; } = new(Of);

    public string Text { get; }

    public IReadOnlyList<WordToken> Tokens => tokens;

    /// <summary>Each sentence as a range of token indexes.</summary>
    public IReadOnlyList<TokenRange> Sentences => sentences ??= SplitSentences();

    public IReadOnlyList<Commitment> Commitments => commitments ??= FindCommitments(IsModal);

    /// <summary>
    /// The clauses built on "may", "might" or "could" ("Additional sessions may be offered"), read as the "will" clauses are;
    /// "May" with a capital is the month, and "could have", "may not" and the like are not offers of a step.
    /// </summary>
    public IReadOnlyList<Commitment> WeakCommitments => weakCommitments ??= FindCommitments(IsWeakModal);

    /// <summary>The commitments that add a step (<see cref="CommitmentRoles.Steps"/>), worked out once: several rules ask.</summary>
    internal IReadOnlyList<Commitment> Steps => steps ??= FindSteps();

    private List<Commitment> FindSteps()
    {
        var found = new List<Commitment>(Commitments.Count);
        foreach (var c in Commitments)
            if (!CommitmentRoles.IsFollowUp(this, c)) found.Add(c);
        return found;
    }

    /// <summary>The hedges <see cref="Hedges.In"/> finds for this owner, found once while the same owner and plan ask again.</summary>
    internal IReadOnlyList<(int Start, int Length)> HedgesFor(PlanParties parties, string? owner, Func<IReadOnlyList<(int Start, int Length)>> find)
    {
        if (hedges is { } last && ReferenceEquals(last.Parties, parties) && last.Owner == owner) return last.Found;
        var found = find();
        hedges = (parties, owner, found);
        return found;
    }

    /// <summary>The tokens of a range, in a list of their own (for phrase matching within it).</summary>
    public List<WordToken> TokensIn(TokenRange range)
    {
        int start = Math.Max(0, range.Start), end = Math.Min(tokens.Count, range.End);
        var slice = new List<WordToken>(Math.Max(0, end - start));
        for (int i = start; i < end; i++) slice.Add(tokens[i]);
        return slice;
    }

    public static ActionWording Of(string text) => new(text);

    /// <summary>The text's topic words, stemmed, in order (<see cref="ContentWords.Stems(IReadOnlyList{WordToken}, bool)"/>).</summary>
    public IReadOnlyList<string> ContentStems(bool dropGenericWords) =>
        contentStems[dropGenericWords ? 1 : 0] ??= ContentWords.Stems(WordFacts, dropGenericWords);

    /// <summary>The text's distinct topic stems with the parts of hyphenated words (<see cref="ContentWords.StemSet(IReadOnlyList{WordToken}, bool)"/>).</summary>
    public IReadOnlySet<string> ContentStemSet(bool dropGenericWords) =>
        contentStemSets[dropGenericWords ? 1 : 0] ??= ContentWords.StemSet(tokens, WordFacts, dropGenericWords);

    // Both kinds of topic words, with and without the generic ones, read the same facts of each word.
    private ContentWords.WordFacts[] WordFacts => wordFacts ??= ContentWords.FactsOf(tokens);

    /// <summary>The sentence a token belongs to.</summary>
    public TokenRange SentenceOf(int tokenIndex)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            var s = Sentences[middle];
            if (tokenIndex < s.Start) high = middle - 1;
            else if (tokenIndex >= s.End) low = middle + 1;
            else return s;
        }

        return new TokenRange(0, tokens.Count);
    }

    /// <summary>
    /// The matches of a phrase list in the whole text, in token order, found once and shared by every rule that asks
    /// (rules asking about several clauses would otherwise search the whole text once per clause).
    /// </summary>
    public IReadOnlyList<PhraseMatch> Matches(PhraseList list)
    {
        if (!matches.TryGetValue(list, out var found))
            matches[list] = found = list.Find(tokens);
        return found;
    }

    /// <summary>The matches of a phrase list that start inside a range of tokens.</summary>
    public IEnumerable<PhraseMatch> MatchesIn(PhraseList list, TokenRange range)
    {
        var all = Matches(list);
        int low = 0, high = all.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (all[middle].TokenIndex < range.Start) low = middle + 1;
            else high = middle;
        }

        for (int i = low; i < all.Count && all[i].TokenIndex < range.End; i++)
            yield return all[i];
    }

    /// <summary>The text of a range of tokens as written.</summary>
    public string Slice(int start, int end) =>
        end <= start ? "" : Text[tokens[start].Start..tokens[end - 1].End];

    /// <summary>A quotation of a commitment: from its subject to the end of its sentence, cut to about 60 characters.</summary>
    public string Quote(Commitment commitment) => PlanQuote.Of(Slice(commitment.Clause.Start, commitment.Sentence.End));

    /// <summary>Whether punctuation that ends a clause (a comma, colon, bracket or dash) stands between two adjacent tokens.</summary>
    public bool ClauseBreakBefore(int tokenIndex)
    {
        if (tokenIndex <= 0 || tokenIndex >= tokens.Count) return true;
        var gap = Text.AsSpan(tokens[tokenIndex - 1].End, tokens[tokenIndex].Start - tokens[tokenIndex - 1].End);
        return gap.IndexOfAny(",;:\u2013\u2014") >= 0 || gap.Contains(" - ", StringComparison.Ordinal) || SentenceBreakIn(gap);
    }

    private static bool SentenceBreakIn(ReadOnlySpan<char> gap)
    {
        for (int i = 0; i < gap.Length; i++)
        {
            if (gap[i] is '\n' or '\r' or ';') return true;
            if (gap[i] is '.' or '!' or '?' && i + 1 < gap.Length && (char.IsWhiteSpace(gap[i + 1]) || gap[i + 1] is '"' or '\'' or ')' or '\u201D' or '\u2019'))
                return true;
        }

        return false;
    }

    private List<TokenRange> SplitSentences()
    {
        var sentences = new List<TokenRange>();
        int start = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            var gap = Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            if (!SentenceBreakIn(gap)) continue;
            sentences.Add(new TokenRange(start, i));
            start = i;
        }

        if (start < tokens.Count) sentences.Add(new TokenRange(start, tokens.Count));
        return sentences;
    }

    // "May 2025" is the month; "may not", "could have been" and "might well" state a possibility, not an offer of a step.
    private bool IsModalUse(int i)
    {
        if (IsModal(tokens[i].Normalized)) return true;
        if (char.IsUpper(Text[tokens[i].Start]) && i > 0) return false;
        if (i + 1 >= tokens.Count) return false;
        string next = tokens[i + 1].Normalized;
        return next is not ("not" or "have" or "well") && !Characters.AnyDigit(next);
    }

    private int[] CountClauseConjunctions()
    {
        var before = new int[tokens.Count + 1];
        for (int k = 0; k < tokens.Count; k++)
            before[k + 1] = before[k] + (IsClauseConjunction(tokens[k].Normalized) ? 1 : 0);
        return before;
    }

    // Only the latest earlier verb before the conjunction matters: if another conjunction stands between it and this
    // one, it also stands between any earlier verb and this one.
    private bool JoinsClauses(int conjunction, int modal, TokenRange sentence, List<Commitment> earlier)
    {
        if (conjunction + 1 == modal) return true;
        for (int e = earlier.Count - 1; e >= 0 && earlier[e].Sentence == sentence; e--)
        {
            var c = earlier[e];
            if (c.Verb < 0 || c.Verb >= conjunction) continue;
            return clauseConjunctionsBefore![conjunction] - clauseConjunctionsBefore[c.Verb + 1] == 0;
        }

        return false;
    }

    private List<Commitment> FindCommitments(Func<string, bool> isModal)
    {
        var commitments = new List<Commitment>();
        foreach (var sentence in Sentences)
        {
            for (int i = sentence.Start; i < sentence.End; i++)
            {
                if (!isModal(tokens[i].Normalized) || !IsModalUse(i)) continue;
                clauseConjunctionsBefore ??= CountClauseConjunctions();

                // A subject never reaches back past the "will" before it, which also keeps the walk linear in the text.
                int walkStart = commitments.Count > 0 && commitments[^1].Sentence == sentence ? commitments[^1].Modal + 1 : sentence.Start;
                int subjectStart = i;
                string? conjunction = null;
                for (int j = i - 1; j >= walkStart; j--)
                {
                    string word = tokens[j].Normalized;
                    bool joinsClauses = IsClauseConjunction(word)
                        && (!NounJoiners.Contains(word) || ClauseBreakBefore(j) || JoinsClauses(j, i, sentence, commitments));
                    if (joinsClauses) { conjunction = word; break; }
                    subjectStart = j;
                    if (ClauseBreakBefore(j) && !(Prepositions.Contains(word) && ClauseBreakBefore(i))) break;
                }

                int verb = i + 1, be = -1;
                while (verb < sentence.End && VerbPrefixWords.Contains(tokens[verb].Normalized))
                {
                    if (tokens[verb].Normalized == "be") be = verb;
                    verb++;
                }

                // "There will be a review", "will be more variety": "be" is the verb.
                if (be >= 0 && verb < sentence.End && Determiners.Contains(tokens[verb].Normalized)) verb = be;
                bool passive = be >= 0 && verb != be;

                int clauseEnd = verb + 1;
                while (clauseEnd < sentence.End && !ClauseBreakBefore(clauseEnd) && !isModal(tokens[clauseEnd].Normalized))
                    clauseEnd++;

                commitments.Add(new Commitment(
                    Modal: i,
                    Subject: new TokenRange(subjectStart, i),
                    Verb: verb < sentence.End ? verb : -1,
                    ClauseEnd: Math.Min(clauseEnd, sentence.End),
                    Passive: passive,
                    Conjunction: conjunction,
                    Sentence: sentence));
            }
        }

        return commitments;
    }
}

/// <summary>A half-open range of token indexes.</summary>
public sealed record TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;
}

/// <summary>
/// One "will" clause: the modal's token index, the subject before it (empty when the clause shares the subject of the one
/// before, as in "will manage the unit and will publish the offer"), the main verb's token index (-1 if the sentence ends
/// first), where the clause ends, and whether the verb is passive ("will be reviewed").
/// </summary>
public sealed record Commitment(int Modal, TokenRange Subject, int Verb, int ClauseEnd, bool Passive, string? Conjunction, TokenRange Sentence)
{
    /// <summary>The tokens of the clause from its subject to its end.</summary>
    public TokenRange Clause => new(Subject.IsEmpty ? Modal : Subject.Start, ClauseEnd);

    /// <summary>The tokens after the verb up to the end of the clause.</summary>
    public TokenRange Predicate => new(Verb < 0 ? ClauseEnd : Verb + 1, ClauseEnd);
}
