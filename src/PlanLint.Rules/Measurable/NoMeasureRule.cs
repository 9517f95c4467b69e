using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

namespace PlanLint.Rules.Measurable;

/// <summary>
/// PL4002: the action promises to improve, increase, reduce or ensure something ("will improve", "will be increased",
/// "Improved liaison will take place", "There will be greater focus") and names nothing to measure it by
/// (<see cref="MeasurableElements"/>). Purpose clauses ("… to improve attendance") are not promises: the step before them is.
/// </summary>
public sealed class NoMeasureRule() : ActionRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.NoMeasure,
        "Promises of improvement should say how it will be measured",
        "Action {0} of recommendation {1} promises an improvement ('{2}') with nothing to measure it by; add a number, frequency or target, the deliverable, or the meeting that will monitor it",
        RuleCategory.Measurable,
        Severity.Note,
        Description: "\"Will improve\" cannot be found to have failed: an improvement is only measurable when the action says by how much, how often, or who will check it.");

    public override void Analyze(PlanAction action, RuleContext context)
    {
        var wording = context.WordingOf(action.Text);
        var promise = wording.Commitments.FirstOrDefault(c => IsPromise(wording, c));
        if (promise is null || MeasurableElements.AnyOrDeliverable(wording)) return;

        context.Report(
            Descriptor,
            action.LocationOf(PlanFields.Text),
            action.Index,
            context.Concern!.Id,
            wording.Quote(promise));
    }

    private static bool IsPromise(ActionWording wording, Commitment commitment)
    {
        if (commitment.Verb < 0) return false;
        var improvement = PhraseLists.Get(PhraseLists.ImprovementPromises);
        if (improvement.ContainsStemOf(wording.Tokens[commitment.Verb].Normalized)) return true;

        int subject = CommitmentRoles.FirstWordAfterArticles(wording, commitment.Subject);
        if (subject >= 0 && improvement.ContainsStemOf(wording.Tokens[subject].Normalized)) return true;

        int predicate = CommitmentRoles.FirstWordAfterArticles(wording, commitment.Predicate);
        return wording.Tokens[commitment.Verb].Normalized == "be" && predicate >= 0
            && improvement.ContainsStemOf(wording.Tokens[predicate].Normalized);
    }
}
