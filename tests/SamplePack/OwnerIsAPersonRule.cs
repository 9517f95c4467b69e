using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Text;

namespace SamplePack;

/// <summary>SAMPLE0001: the owner is a named person ("Mr J Smith") rather than a post, so it lapses when they move on.</summary>
public sealed class OwnerIsAPersonRule() : ActionRule(Descriptor)
{
    private static readonly RuleOption<IReadOnlyList<string>> Titles = RuleOption.TextList(
        "titles",
        ["Mr", "Mrs", "Ms", "Miss", "Dr"],
        "Words that start a person's name, e.g. \"Mr\", \"Dr\".");

    public static readonly RuleDescriptor Descriptor = new(
        "SAMPLE0001",
        "Owners should be posts, not named people",
        "Owner '{0}' of action {1} of recommendation {2} names a person; name the post accountable instead",
        RuleCategory.Accountable,
        Severity.Warning,
        Description: "A named person leaves or changes role; the post stays accountable.",
        Name: "OwnerIsAPerson",
        HelpUri: "https://example.org/planlint-sample-pack/SAMPLE0001")
    {
        Options = [Titles],
    };

    public override void Analyze(PlanAction action, ActionContext context)
    {
        if (action.Owner is not { } owner) return;
        var matcher = new PhraseMatcher(context.OptionsFor(Descriptor).Get(Titles));
        if (matcher.Matches(owner).Any(m => m.TokenIndex == 0))
            context.Report(Descriptor, action.LocationOf(PlanFields.Owner), owner.Trim(), action.Index, context.Concern.Id);
    }
}
