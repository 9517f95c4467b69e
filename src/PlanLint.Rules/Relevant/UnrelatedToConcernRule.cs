using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Relevant;

/// <summary>
/// PL6003: an action that shares no topic word with the concern it answers, while it shares several, and a good part of its
/// own, with another concern of the plan, so it looks misplaced. Conservative by design, because wording alone cannot prove two texts unrelated:
/// stop-words and words every plan uses (rules/data/generic-plan-words.json) do not count as sharing, any shared word
/// stem does (compared on its first <see cref="PrefixLength"/> letters, so "violent" meets "violence"), short actions and
/// concerns are not judged, and an action that matches no other concern either is left alone.
/// </summary>
public sealed class UnrelatedToConcernRule() : PlanRule(Descriptor)
{
    public const string Id = "PL6003";

    public static readonly RuleOption<int> MinimumWords = RuleOption.Integer(
        "minimumWords",
        6,
        "Actions with fewer topic words than this are not judged.",
        minimum: 1);

    public static readonly RuleOption<int> MinimumSharedElsewhere = RuleOption.Integer(
        "minimumSharedElsewhere",
        3,
        "How many topic words the action must share with another concern to look misplaced.",
        minimum: 1);

    public static readonly RuleOption<double> MinimumShareElsewhere = RuleOption.Number(
        "minimumShareElsewhere",
        0.3,
        "What share of the action's own topic words those shared with another concern must be.",
        minimum: 0,
        maximum: 1);
    public const int MinimumConcernWords = 4;
    public const int PrefixLength = 5;

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions should address the concern they answer",
        "Action {0} of recommendation {1} ('{2}') shares no topic with its concern but several with recommendation {3} ({4}); say how it addresses this concern or move it",
        RuleCategory.Relevant,
        Severity.Note,
        Description: "An action that does not touch its concern's subject is either misplaced or does not answer the concern.",
        Name: "UnrelatedToConcern")
    {
        Options = [MinimumWords, MinimumSharedElsewhere, MinimumShareElsewhere],
    };

    public override void Analyze(RuleContext context)
    {
        var options = context.OptionsFor(Descriptor);
        int minimumWords = options.Get(MinimumWords);
        int minimumElsewhere = options.Get(MinimumSharedElsewhere);
        double minimumShare = options.Get(MinimumShareElsewhere);
        var concerns = context.Plan.Concerns;
        var concernWords = concerns.Select(c => Keys(context.WordingOf(c.Text))).ToList();
        var index = new SharedKeyIndex(concernWords);

        for (int ci = 0; ci < concerns.Count; ci++)
        {
            if (concernWords[ci].Count < MinimumConcernWords) continue;
            foreach (var action in concerns[ci].Actions)
            {
                var words = Keys(context.WordingOf(action.Text));
                if (words.Count < minimumWords || words.Overlaps(concernWords[ci])) continue;

                // The action shares no key with its own concern, so that concern is never the one found.
                var (best, bestShared) = index.MostShared(words);
                if (bestShared < minimumElsewhere || bestShared < minimumShare * words.Count) continue;
                string sharedWords = string.Join(", ", OriginalWords(context.WordingOf(action.Text), concernWords[best]).Take(4).Select(w => "'" + w + "'"));
                context.ReportOn(
                    Descriptor,
                    concerns[ci],
                    action,
                    action.LocationOf(PlanFields.Text),
                    [new RelatedLocation(concerns[best].LocationOf(PlanFields.Text), $"Recommendation {concerns[best].Id}, which the action's wording matches")],
                    action.Index,
                    concerns[ci].Id,
                    PlanQuote.Of(action.Text),
                    concerns[best].Id,
                    sharedWords);
            }
        }
    }

    /// <summary>A text's topic words as the rule compares them: content stems, generic words and numbers dropped, cut to <see cref="PrefixLength"/>.</summary>
    internal static HashSet<string> Keys(ActionWording wording)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in wording.ContentStemSet(dropGenericWords: true))
            if (!Characters.AnyDigit(stem)) keys.Add(Key(stem));
        return keys;
    }

    private static string Key(string stem) => stem.Length > PrefixLength ? stem[..PrefixLength] : stem;

    /// <summary>The action's own words whose keys the other concern shares, first occurrence each, in the action's order.</summary>
    private static IEnumerable<string> OriginalWords(ActionWording wording, HashSet<string> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in wording.Tokens)
        {
            var stems = ContentWords.StemSet([token], dropGenericWords: true);
            var hit = stems.Select(Key).FirstOrDefault(keys.Contains);
            if (hit is not null && seen.Add(hit)) yield return wording.Text[token.Start..token.End];
        }
    }
}
