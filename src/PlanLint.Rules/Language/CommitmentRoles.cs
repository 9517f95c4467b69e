using PlanLint.Rules.Data;

namespace PlanLint.Rules.Language;

/// <summary>Tells a commitment that adds a step from one that follows up or explains the step before it.</summary>
public static class CommitmentRoles
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "such" };

    // A "will" after these describes something inside the step ("the process where victims will be supported").
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "who", "which", "that", "whom", "whose", "where", "whereby" };

    // "will continue to", "will still", "will remain": the work is already being done.
    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal) { "continue", "continues", "still", "remain", "remains" };

    // "will manage the unit and will publish the offer": one subject, one entry's worth of work.
    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "and", "or" };

    /// <summary>
    /// Whether a commitment follows up rather than adds a step: it is a relative clause ("a manager who will…", "the process
    /// where victims will be supported") or shares the subject of the clause before ("… and will publish"); its subject is a
    /// pronoun or the step's progress, impact or findings (rules/data/follow-up-subjects.json); its verb monitors or explains
    /// (rules/data/follow-up-verbs.json); it speaks of monitoring (rules/data/monitoring-words.json); or it reviews the work
    /// at a forum ("will be reviewed at the monthly meeting", <see cref="ForumMentions"/>).
    /// </summary>
    public static bool IsFollowUp(ActionWording wording, Commitment commitment)
    {
        if (commitment.Verb < 0) return true;
        if (commitment.Conjunction is { } c && (Subordinators.Contains(c) || (commitment.Subject.IsEmpty && Coordinators.Contains(c)))) return true;
        if (StartsWithFollowUpSubject(wording, commitment.Subject)) return true;

        string verb = wording.Tokens[commitment.Verb].Normalized;
        if (PhraseLists.Get(PhraseLists.FollowUpVerbs).ContainsStemOf(verb)) return true;
        if (PhraseLists.Get(PhraseLists.MonitoringWords).Find(wording.TokensIn(commitment.Clause)).Count > 0) return true;
        return PhraseLists.Get(PhraseLists.ReviewVerbs).ContainsStemOf(verb) && ForumMentions.In(wording, commitment.Clause);
    }

    /// <summary>The commitments that add a step, in order.</summary>
    public static IReadOnlyList<Commitment> Steps(ActionWording wording) => wording.Steps;

    /// <summary>
    /// Which tokens of the wording are the modal ("will") of one of <paramref name="commitments"/>, by token index. An
    /// array, not a set of token indexes: a set of a value type cannot be compiled ahead of time (ReadyToRun), so every
    /// run would JIT-compile it.
    /// </summary>
    public static bool[] ModalMarks(ActionWording wording, IEnumerable<Commitment> commitments)
    {
        var marks = new bool[wording.Tokens.Count];
        foreach (var c in commitments) marks[c.Modal] = true;
        return marks;
    }

    /// <summary>
    /// The steps the action's owner commits to: <see cref="Steps(ActionWording)"/> without those that only carry on what is
    /// already done ("will continue to transfer prisoners") and those another party takes (<see cref="IsOtherPartys"/>).
    /// </summary>
    public static IReadOnlyList<Commitment> OwnersSteps(ActionWording wording, PlanParties parties, string? owner) =>
        [.. Steps(wording).Where(c => !IsContinuing(wording, c) && !IsOtherPartys(wording, c, parties, owner))];

    /// <summary>Whether a commitment carries on what is already done: "will continue to", "will still", "will remain".</summary>
    public static bool IsContinuing(ActionWording wording, Commitment commitment)
    {
        int end = commitment.Verb < 0 ? commitment.ClauseEnd : commitment.Verb + 1;
        for (int i = commitment.Modal + 1; i < end; i++)
            if (Continuations.Contains(wording.Tokens[i].Normalized)) return true;
        return false;
    }

    /// <summary>
    /// Whether another party than the owner makes a commitment: its subject names the law, the state or an outside body
    /// ("The Bill will…", "The Trust will recruit…"); in the passive, whose subject is acted on, its agent does
    /// ("escalations will be made by the Foundation Trust") or its subject is the state ("Courts will be directed…").
    /// See <see cref="PlanParties"/>.
    /// </summary>
    public static bool IsOtherPartys(ActionWording wording, Commitment commitment, PlanParties parties, string? owner)
    {
        if (!commitment.Passive) return parties.NamesOtherParty(wording, commitment.Subject, owner);
        if (parties.NamesLawOrState(wording, commitment.Subject)) return true;
        var predicate = commitment.Predicate;
        for (int i = predicate.Start; i < predicate.End; i++)
            if (wording.Tokens[i].Normalized == "by")
                return parties.NamesOtherParty(wording, new TokenRange(i + 1, predicate.End), owner);
        return false;
    }

    // "the guidance", "these searches", "some searches": a noun phrase that picks out something already named.
    private static readonly HashSet<string> ReferringDeterminers = new(StringComparer.Ordinal) { "the", "this", "these", "those", "that", "such", "some", "all" };

    // "a strategy", "an area": a noun phrase that brings in something new.
    private static readonly HashSet<string> IndefiniteArticles = new(StringComparer.Ordinal) { "a", "an" };

    // Where a noun phrase's head ends: "the collation of data", "an induction video for prisoners".
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "for", "by", "in", "on", "at", "to", "from", "with", "as", "about", "within", "across", "through",
    };

    /// <summary>
    /// Whether a later commitment works on the thing an earlier one makes, so both are one piece of work (the earlier
    /// commitments given as the word pairs of their subjects, <see cref="Theme"/>, and the stems of the entry's words
    /// before the later clause): it names an earlier subject's compound again outside its own agent ("an induction video will be created… an area where prisoners
    /// can view the new induction video"; "portion control guidance will be re-issued… officers will be trained on portion
    /// control"), or its passive subject is a thing the earlier clause named, picked out again rather than brought in new
    /// ("guidance will be displayed", "some lower-level searches will be tasked" after "will list all searches", but not
    /// "a Communications strategy" after "the Debt Reduction strategy", nor "wound care training" after "care planning
    /// training"). A subject that acts again ("the Neurodiversity Lead will also hold focus groups") is new work by the
    /// same person, not a reference back.
    /// </summary>
    public static bool RefersBack(ActionWording wording, Commitment later, IReadOnlySet<string> earlierThemes, IReadOnlySet<string> earlierStems)
    {
        var laterWords = later.Passive || later.Subject.IsEmpty ? later.Clause : later.Predicate;
        if (earlierThemes.Count > 0 && Bigrams(ContentWords.Stems(wording.TokensIn(laterWords), false)).Overlaps(earlierThemes)) return true;
        if (!later.Passive) return false;

        var subject = HeadPhrase(wording, later.Subject);
        if (subject.IsEmpty) return false;
        string first = wording.Tokens[subject.Start].Normalized;
        if (IndefiniteArticles.Contains(first)) return false;
        var stems = ContentWords.Stems(wording.TokensIn(subject), false);
        if (stems.Count == 0 || !earlierStems.Contains(stems[^1])) return false;
        return ReferringDeterminers.Contains(first) || stems.All(earlierStems.Contains);
    }

    /// <summary>The word pairs of a commitment's subject up to its first preposition, which a later clause may name again.</summary>
    public static IReadOnlySet<string> Theme(ActionWording wording, Commitment commitment) =>
        Bigrams(ContentWords.Stems(wording.TokensIn(HeadPhrase(wording, commitment.Subject)), false));

    // The subject's words up to its first preposition: the head noun and what modifies it.
    private static TokenRange HeadPhrase(ActionWording wording, TokenRange subject)
    {
        for (int i = subject.Start; i < subject.End; i++)
            if (Prepositions.Contains(wording.Tokens[i].Normalized)) return new TokenRange(subject.Start, i);
        return subject;
    }

    private static HashSet<string> Bigrams(IReadOnlyList<string> stems)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < stems.Count; i++) pairs.Add(stems[i - 1] + " " + stems[i]);
        return pairs;
    }

    /// <summary>The first token of a range after any leading articles, or -1.</summary>
    public static int FirstWordAfterArticles(ActionWording wording, TokenRange range)
    {
        for (int i = range.Start; i < range.End; i++)
            if (!Articles.Contains(wording.Tokens[i].Normalized)) return i;
        return -1;
    }

    private static bool StartsWithFollowUpSubject(ActionWording wording, TokenRange subject)
    {
        int first = FirstWordAfterArticles(wording, subject);
        if (first < 0) return false;
        return PhraseLists.Get(PhraseLists.FollowUpSubjects).Find(wording.TokensIn(new TokenRange(first, subject.End))).Any(m => m.TokenIndex == 0);
    }
}
