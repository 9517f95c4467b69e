using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Specific;

/// <summary>
/// PL3001: the action mostly repeats its concern ("Attendance at work will be improved" for "Attendance at work was not
/// good enough"). Compares topic words: of the action's words that are not stop-words, words every plan uses, or words of
/// improvement ("improve", "ensure", "better"), at least <see cref="Similarity"/> (0.8 by default) must come from the concern.
/// </summary>
public sealed class RestatesConcernRule() : ActionRule(Descriptor)
{
    public const string Id = "PL3001";

    public static readonly RuleOption<double> Similarity = RuleOption.Number(
        "similarity",
        0.8,
        "The share of the action's topic words that must come from the concern for the action to be flagged.",
        minimum: 0,
        maximum: 1);

    public static readonly RuleOption<int> MinimumWords = RuleOption.Integer(
        "minimumWords",
        3,
        "Actions with fewer topic words than this are not judged.",
        minimum: 1);

    public static readonly RuleDescriptor Descriptor = new(
        Id,
        "Actions should say what will be done, not repeat the concern",
        "Action {0} of recommendation {1} ('{2}') mostly repeats the concern; say what will be done about it, by whom and how progress will be checked",
        RuleCategory.Specific,
        Severity.Warning,
        Description: "Turning the concern into a promise (\"Attendance will improve\") names no step, so there is nothing specific to deliver or track.",
        Name: "RestatesConcern")
    {
        Options = [Similarity, MinimumWords],
    };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        var options = context.OptionsFor(Descriptor);
        double similarity = options.Get(Similarity);
        int minimumWords = options.Get(MinimumWords);

        var improvement = PhraseLists.Get(PhraseLists.ImprovementPromises);
        var actionWords = new HashSet<string>(context.WordingOf(action.Text).ContentStems(dropGenericWords: true), StringComparer.Ordinal);
        actionWords.RemoveWhere(improvement.ContainsStemOf);
        if (actionWords.Count < minimumWords) return;

        var concernWords = context.WordingOf(context.Concern.Text).ContentStemSet(dropGenericWords: true);
        int shared = 0;
        foreach (var stem in actionWords)
            if (concernWords.Contains(stem)) shared++;
        if (shared < similarity * actionWords.Count) return;

        context.Report(Descriptor, action.LocationOf(PlanFields.Text), action.Index, context.Concern.Id, PlanQuote.Of(action.Text));
    }
}
