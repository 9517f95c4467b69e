using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Achievable;

/// <summary>
/// PL5001: delivery depends on something the owner does not control. Two signals, the first found in the text reported:
/// wording of a dependency anywhere ("capital bid", "once published", "subject to funding";
/// rules/data/external-dependencies.json), and, whatever its words, a condition on a step the owner commits to ("once",
/// "when", "if", "until", "as soon as", "subject to"…) that waits on another party's decision or provision
/// (rules/data/outside-decisions.json: "as soon as beds are made available", "once the plans are signed off") or names
/// another party (<see cref="PlanParties"/>: "once Kier complete the survey"). A condition that only says when the owner's
/// own work happens ("once these have been completed", "when prisoners arrive") is not a dependency. Nor is an entry
/// whose every promised step is another party's ("Waste will be removed by external contractors", "Shannon Trust will
/// hold events"; see <see cref="CommitmentRoles.IsOtherPartys"/>) within its owner's control.
/// </summary>
public sealed class ExternalDependencyRule() : ActionRule(Descriptor)
{
    public const string Id = "PL5001";

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions should be within their owner's control",
        "Action {0} of recommendation {1} depends on something its owner does not control ('{3}'); say what the owner will do meanwhile and when the dependency will be settled",
        RuleCategory.Achievable,
        Severity.Note,
        Description: "An action that waits on a funding bid, legislation or another body may never be delivered by its owner; the plan should say so and give the owner's own steps.",
        Name: "ExternalDependency");

    // Words that open a condition. Grammar, not vocabulary: the condition's content decides whether it is a dependency.
    // ("Pending" is left to the list: "pending approval" waits, "check pending handovers" does not.)
    private static readonly string[][] ConditionOpeners =
    [
        ["once"], ["when"], ["whenever"], ["if"], ["unless"], ["until"], ["as", "soon", "as"], ["subject", "to"], ["provided"], ["providing"], ["dependent", "on"], ["dependent", "upon"], ["depending", "on"], ["contingent", "on"],
    ];

    private static readonly HashSet<string> OpenerFirstWords = ConditionOpeners.Select(o => o[0]).ToHashSet(StringComparer.Ordinal);

    // A condition is a clause; past this many words it has ended, whatever the punctuation says.
    private const int MaxConditionWords = 20;

    public override void Analyze(PlanAction action, ActionContext context)
    {
        var wording = context.WordingOf(action.Text);
        var found = new List<(int Start, int Length)>();
        foreach (var m in wording.Matches(PhraseLists.Get(PhraseLists.ExternalDependencies))) found.Add((m.Start, m.Length));
        var parties = PlanParties.Of(context.Plan);
        foreach (var (first, end) in OutsideConditions(wording, parties, action.Owner))
            found.Add((wording.Tokens[first].Start, wording.Tokens[end - 1].End - wording.Tokens[first].Start));

        // Every step promised is someone else's ("Waste will be removed by external contractors"): the owner's part is to
        // get it done by them.
        // The owner keeps a part when any clause, a follow-up included, is the owner's ("the Head of Healthcare will audit…").
        var steps = CommitmentRoles.Steps(wording);
        if (steps.Count > 0 && steps.All(c => CommitmentRoles.IsOtherPartys(wording, c, parties, action.Owner))
            && !wording.Commitments.Any(c => PlanParties.NamesOwnSide(wording, c.Subject, action.Owner)))
        {
            var clause = steps[0].Clause;
            found.Add((wording.Tokens[clause.Start].Start, wording.Tokens[clause.End - 1].End - wording.Tokens[clause.Start].Start));
        }
        if (found.Count == 0) return;

        EarliestPhrase.Report(context, Descriptor, action, context.Concern.Id, found);
    }

    /// <summary>Conditions on the owner's commitments that wait on another party, as token ranges [first, end).</summary>
    public static IEnumerable<(int First, int End)> OutsideConditions(ActionWording wording, PlanParties parties, string? owner)
    {
        var steps = CommitmentRoles.Steps(wording);
        if (steps.Count == 0) yield break;
        var isStep = CommitmentRoles.ModalMarks(wording, steps);

        var outside = PhraseLists.Get(PhraseLists.OutsideDecisions);
        var tokens = wording.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            int length = OpenerAt(tokens, i);
            if (length == 0 || !StepScope.QualifiedBy(wording, i).Any(c => isStep[c.Modal])) continue;

            var sentence = wording.SentenceOf(i);
            int end = i + length;
            int limit = Math.Min(sentence.End, end + MaxConditionWords);
            while (end < limit && !wording.ClauseBreakBefore(end) && tokens[end].Normalized is not ("will" or "shall")) end++;
            var condition = new TokenRange(i + length, end);
            if (condition.IsEmpty) continue;

            var words = wording.TokensIn(condition);
            if (words.Any(t => outside.ContainsStemOf(t.Normalized)) || outside.Find(words).Count > 0
                || parties.MentionsOtherParty(wording, condition, owner))
                yield return (i, end);
        }
    }

    private static int OpenerAt(IReadOnlyList<PlanLint.Text.WordToken> tokens, int i)
    {
        if (!OpenerFirstWords.Contains(tokens[i].Normalized)) return 0;
        foreach (var opener in ConditionOpeners)
        {
            if (i + opener.Length > tokens.Count) continue;
            bool match = true;
            for (int k = 0; k < opener.Length && match; k++) match = tokens[i + k].Normalized == opener[k];
            if (match) return opener.Length;
        }

        return 0;
    }
}
