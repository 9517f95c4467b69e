using PlanLint.Rules.Data;

namespace PlanLint.Rules.Language;

/// <summary>
/// The hedges of an action's wording (PL3002; see <see cref="Specific.WeakCommitmentRule"/> for the three signals): a
/// hedging phrase, a discretionary condition on a step the owner commits to, and a step offered with "may", "might" or
/// "could". PL3004 asks too: a hedged entry is one fault, which PL3002 names.
/// </summary>
public static class Hedges
{
    /// <summary>Every hedge of the text, as character ranges; worked out once per owner for a wording (PL3002 and PL3004 both ask).</summary>
    public static IReadOnlyList<(int Start, int Length)> In(ActionWording wording, PlanParties parties, string? owner) =>
        wording.HedgesFor(parties, owner, () => Find(wording, parties, owner));

    private static IReadOnlyList<(int Start, int Length)> Find(ActionWording wording, PlanParties parties, string? owner)
    {
        var found = new List<(int Start, int Length)>();
        foreach (var m in wording.Matches(PhraseLists.Get(PhraseLists.WeakCommitments))) found.Add((m.Start, m.Length));

        var isStep = CommitmentRoles.ModalMarks(wording, CommitmentRoles.Steps(wording).Where(c => !CommitmentRoles.IsOtherPartys(wording, c, parties, owner)));
        foreach (var (first, count) in DiscretionaryConditions.In(wording))
        {
            if (StepScope.QualifiedBy(wording, first).Any(c => isStep[c.Modal]) || PromisedWithoutWill(wording, first))
                found.Add((wording.Tokens[first].Start, wording.Tokens[first + count - 1].End - wording.Tokens[first].Start));
        }

        foreach (var c in wording.WeakCommitments)
        {
            if (c.Verb < 0 || CommitmentRoles.IsFollowUp(wording, c) || !OffersAStep(wording, c, owner)) continue;
            found.Add((wording.Tokens[c.Modal].Start, wording.Tokens[c.Verb].End - wording.Tokens[c.Modal].Start));
        }

        return found;
    }

    /// <summary>
    /// Whether a "may"/"might"/"could" clause offers a step of the owner's rather than stating a possibility ("Delays may
    /// occur", "Prisoners may apply"): in the active its subject is the owner's side (a post, "we", the owner, the prison); in
    /// the passive its verb is one that reports a step when done (rules/data/step-markers.json: "may be introduced").
    /// </summary>
    private static bool OffersAStep(ActionWording wording, Commitment clause, string? owner)
    {
        if (clause.Passive)
        {
            var markers = PhraseLists.Get(PhraseLists.StepMarkers);
            string verb = wording.Tokens[clause.Verb].Normalized;
            return markers.ContainsWord(verb) && markers.CategoryOf(verb) == "done" && verb.EndsWith("ed", StringComparison.Ordinal);
        }

        return PlanParties.NamesOwnSide(wording, clause.Subject, owner);
    }

    /// <summary>
    /// Whether a condition stands in a sentence that promises a step without "will" ("The Head of Residence intends to
    /// introduce a rota if deemed beneficial"): the sentence has no "will" clause and a commitment marker comes before
    /// the condition (rules/data/step-markers.json, "commitment").
    /// </summary>
    private static bool PromisedWithoutWill(ActionWording wording, int condition)
    {
        var sentence = wording.SentenceOf(condition);
        if (wording.Commitments.Any(c => c.Sentence == sentence)) return false;
        var markers = PhraseLists.Get(PhraseLists.StepMarkers);
        return wording.MatchesIn(markers, new TokenRange(Math.Max(sentence.Start, condition - StepScope.Reach), condition))
            .Any(m => markers.CategoryOf(m.Phrase) == "commitment");
    }
}
