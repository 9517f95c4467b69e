using System.Runtime.CompilerServices;
using PlanLint.Model;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.Data;
using PlanLint.Text;

namespace PlanLint.Rules.Language;

/// <summary>
/// Who acts in a clause of an action: the owner's side, or another party (rules/data/parties.json). Another party is the
/// law or the state ("The Bill will…", "Courts will be directed…"), a name ending in an outside-body word ("Midlands
/// Partnership Foundation Trust"), or a body the plan itself names: in any owner cell, a name beside a post ("RPOM/Wates",
/// "Governor/Oxleas") or an organisation ending in an outside-body word ("Weston College"), or an abbreviation defined in
/// brackets beside an outside-body word ("Government Facilities Services Ltd (GFSL FM)", "the education provider (People
/// Plus)"). The names come from the plan,
/// not from a list, so bodies no list holds are recognised on plans nobody has seen. A body the action's own owner cell
/// names is the owner's side, and so is a name made only of own-side words ("the prison", "HMP Leicester").
/// </summary>
public sealed class PlanParties
{
    private static readonly ConditionalWeakTable<ActionPlan, PlanParties> Cache = [];
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "our", "its", "their" };

    private readonly PhraseMatcher named;

    private PlanParties(IEnumerable<string> names) => named = new PhraseMatcher(names);

    /// <summary>The parties of a plan, found once per plan and dropped with it.</summary>
    public static PlanParties Of(ActionPlan plan) => Cache.GetValue(plan, p =>
    {
        var actions = p.Concerns.SelectMany(c => c.Actions).ToList();
        return From(actions.Select(a => a.Text), actions.Select(a => a.Owner).OfType<string>());
    });

    /// <summary>The parties named in a set of action texts and owner cells.</summary>
    /// <remarks>
    /// Each distinct owner cell and text is read once: plans repeat owners on most rows, and a name read again adds nothing
    /// (the first of equal phrases is the one the matcher keeps).
    /// </remarks>
    public static PlanParties From(IEnumerable<string> texts, IEnumerable<string> owners)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in owners)
            if (seen.Add(owner)) names.AddRange(OwnerBodies(owner));
        seen.Clear();
        foreach (var text in texts)
            if (seen.Add(text)) names.AddRange(DefinedBodies(text));
        return new PlanParties(names);
    }

    /// <summary>
    /// Whether a noun phrase of an action (a clause's subject, or its agent after "by") is another party than the action's
    /// owner: the law or the state, an outside body, or a body the plan names that the owner cell does not. Only the
    /// phrase's head counts: "the Foundation Trust" and "Contractors via GFSL" are other parties, "Shannon Trust mentors",
    /// "Oxleas Trust policy" and "the Weston College management team" are not.
    /// </summary>
    public bool NamesOtherParty(ActionWording wording, TokenRange range, string? owner) =>
        OtherParty(wording, range, owner, HeadOf(wording, range), lawAndStateOnly: false);

    /// <summary>Whether a clause (a condition, say) mentions another party anywhere in it: "when Kier complete the survey".</summary>
    public bool MentionsOtherParty(ActionWording wording, TokenRange range, string? owner) =>
        OtherParty(wording, range, owner, head: null, lawAndStateOnly: false);

    /// <summary>
    /// Whether a noun phrase is the law or the state. The subject of a passive clause is what is acted on, not who acts
    /// ("ZMT advocates will be utilised" is the owner's step), unless it is the state ("Courts will be directed…").
    /// </summary>
    public bool NamesLawOrState(ActionWording wording, TokenRange range) =>
        OtherParty(wording, range, null, HeadOf(wording, range), lawAndStateOnly: true);

    private bool OtherParty(ActionWording wording, TokenRange range, string? owner, int? head, bool lawAndStateOnly)
    {
        if (range.IsEmpty || head < 0) return false;
        var tokens = wording.TokensIn(range);
        var list = PhraseLists.Get(PhraseLists.Parties);
        var ownerWords = owner is null ? [] : WordTokenizer.Tokenize(owner).Select(t => t.Normalized).ToHashSet(StringComparer.Ordinal);

        // A phrase that shares a name word with the owner cell names the owner's own side: "the healthcare provider" under
        // "Head of Healthcare", "the education provider (People Plus)" under "People Plus".
        if (!lawAndStateOnly && tokens.Any(t => t.Normalized.Length > 3 && ownerWords.Contains(t.Normalized)
                && !Articles.Contains(t.Normalized) && list.CategoryOf(t.Normalized) is null or "own-side" && !AfterHead.Contains(t.Normalized)))
            return list.Find(tokens).Any(m => list.CategoryOf(m.Phrase) is "law" or "state");

        // A match counts when it ends at the head (a body is named by its last word) or, for the law and the state, when it
        // starts no later than the head ("the secretary of state").
        bool EndsAtHead(PhraseMatch m) => head is not { } h || range.Start + m.TokenIndex + m.TokenCount - 1 == h;

        foreach (var m in list.Find(tokens))
        {
            switch (list.CategoryOf(m.Phrase))
            {
                case "law" or "state" when head is not { } h || range.Start + m.TokenIndex <= h:
                    return true;
                case "outside-body" when !lawAndStateOnly && EndsAtHead(m) && !IsOwners(wording, range.Start, m, ownerWords):
                    return true;
            }
        }

        if (lawAndStateOnly) return false;
        foreach (var m in named.Matches(tokens))
            if (EndsAtHead(m) && !IsOwners(wording, range.Start, m, ownerWords)) return true;
        return false;
    }

    // Words that end a noun phrase's head: prepositions, relatives, conjunctions and verbs that follow it.
    private static readonly HashSet<string> AfterHead = new(StringComparer.Ordinal)
    {
        "of", "for", "via", "with", "in", "at", "from", "on", "to", "by", "under", "within", "through", "across", "alongside",
        "which", "who", "that", "whose", "where", "and", "or", "is", "are", "was", "were", "has", "have", "had", "will",
        "shall", "can", "may", "could", "might", "being", "been", "now", "currently", "also",
    };

    /// <summary>The head of a noun phrase: its last word before a preposition, relative or verb, outside brackets; -1 if none.</summary>
    private static int HeadOf(ActionWording wording, TokenRange range)
    {
        int head = -1, depth = 0;
        for (int i = range.Start; i < range.End; i++)
        {
            int gapStart = i == 0 ? 0 : wording.Tokens[i - 1].End;
            foreach (char c in wording.Text.AsSpan(gapStart, wording.Tokens[i].Start - gapStart))
            {
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
            }

            if (depth > 0) continue;
            if (head >= 0 && AfterHead.Contains(wording.Tokens[i].Normalized)) break;
            head = i;
        }

        return head;
    }

    /// <summary>
    /// Whether a range names the owner's side as who acts: "we", a post ("The Head of Learning"), the owner as written, or
    /// the prison itself ("the establishment", "HMP Leicester").
    /// </summary>
    public static bool NamesOwnSide(ActionWording wording, TokenRange range, string? owner)
    {
        if (range.IsEmpty) return false;
        var tokens = wording.TokensIn(range);
        if (tokens[0].Normalized is "we" or "i") return true;
        if (PhraseLists.Get(PhraseLists.PostTitles).Matcher.Matches(tokens).Count > 0) return true;
        var list = PhraseLists.Get(PhraseLists.Parties);
        if (list.Find(tokens).Any(m => list.CategoryOf(m.Phrase) == "own-side")) return true;
        if (owner is null) return false;
        var ownerWords = WordTokenizer.Tokenize(owner).Select(t => t.Normalized).ToHashSet(StringComparer.Ordinal);
        var words = tokens.Where(t => !Articles.Contains(t.Normalized)).ToList();
        return words.Count > 0 && words.All(t => ownerWords.Contains(t.Normalized));
    }

    // The owner's own body: the owner cell holds the matched words ("Practice Plus Group will…" under that owner, "the
    // Trust will…" under "… Foundation Trust"), or a word of the capitalised name they end ("Oxleas Trust" under
    // "Governor/Oxleas").
    private static bool IsOwners(ActionWording wording, int rangeStart, PhraseMatch match, HashSet<string> ownerWords)
    {
        if (ownerWords.Count == 0) return false;
        if (WordTokenizer.Tokenize(match.Phrase).All(t => ownerWords.Contains(t.Normalized))) return true;

        int at = rangeStart + match.TokenIndex;
        for (int i = at - 1; i >= 0 && i >= at - 4; i--)
        {
            var token = wording.Tokens[i];
            if (!char.IsUpper(wording.Text[token.Start]) || Articles.Contains(token.Normalized)) break;
            if (token.Normalized.Length > 2 && ownerWords.Contains(token.Normalized)) return true;
        }

        return false;
    }

    /// <summary>
    /// Outside bodies an owner cell names: an organisation whose name ends in an outside-body word ("Northamptonshire
    /// Healthcare NHS Foundation Trust", "Weston College"), and a name or abbreviation beside a post ("RPOM/Wates",
    /// "Governor/Oxleas", "Governor/Weston College/CXK"). A team, unit or group may be the prison's own ("Safety Team"), and
    /// so may an abbreviation on its own ("OMU"): neither is taken for an outside body.
    /// </summary>
    private static IEnumerable<string> OwnerBodies(string owner)
    {
        var list = PhraseLists.Get(PhraseLists.Parties);
        var names = OwnerNames.Read(owner);
        bool besidePost = names.Count > 1 && names.Any(n => n.Kind == OwnerKind.Post);
        foreach (var name in names)
        {
            var words = WordTokenizer.Tokenize(name.Text);
            if (words.Count == 0 || OnlyOwnSide(name.Text)) continue;
            bool outsideWord = list.Find(words).Any(m => list.CategoryOf(m.Phrase) == "outside-body");
            bool body = (name.Kind == OwnerKind.Organisation && outsideWord)
                || (name.Kind is OwnerKind.Acronym or OwnerKind.Unknown && besidePost && char.IsUpper(name.Text[0]));
            if (body) yield return name.Text;
        }
    }

    /// <summary>
    /// Abbreviations and names defined in brackets beside an outside-body word: "Government Facilities Services Ltd (GFSL
    /// FM)" names "GFSL FM" (and "GFSL"); "the education provider (People Plus)" names "People Plus".
    /// </summary>
    private static IEnumerable<string> DefinedBodies(string text)
    {
        var list = PhraseLists.Get(PhraseLists.Parties);
        int open = text.IndexOf('(', StringComparison.Ordinal);
        // The words before the last bracket, read once: a bracket ends any word, so the words before each bracket are the
        // first of these.
        var textTokens = open >= 0 ? WordTokenizer.Tokenize(text[..text.LastIndexOf('(')]) : [];
        int wordsBefore = 0;
        while (open >= 0)
        {
            int close = text.IndexOf(')', open + 1);
            if (close < 0) yield break;
            string inside = text[(open + 1)..close].Trim();
            while (wordsBefore < textTokens.Count && textTokens[wordsBefore].End <= open) wordsBefore++;
            var insideTokens = WordTokenizer.Tokenize(inside);
            if (insideTokens.Count is > 0 and <= 4 && wordsBefore > 0
                && list.CategoryOf(textTokens[wordsBefore - 1].Normalized) == "outside-body" && char.IsUpper(inside[0]) && !OnlyOwnSide(inside))
            {
                yield return inside;
                if (insideTokens.Count > 1 && IsAbbreviation(inside.AsSpan(insideTokens[0].Start, insideTokens[0].End - insideTokens[0].Start)))
                    yield return inside[insideTokens[0].Start..insideTokens[0].End];
            }

            open = text.IndexOf('(', close + 1);
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return word.Length >= 2;
    }

    private static bool OnlyOwnSide(string name)
    {
        var list = PhraseLists.Get(PhraseLists.Parties);
        return WordTokenizer.Tokenize(name).All(t => Articles.Contains(t.Normalized) || list.CategoryOf(t.Normalized) == "own-side");
    }
}
