using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Reading;

/// <summary>
/// A Reading rule: reports the <see cref="ReadingNote"/>s of its id that the reader left in the plan (what it could not
/// tell for certain from a Word or published-text table, and how it settled it), once each, at the place in the source.
/// A note about actions is reported on the first, with the others as related locations, so it can be suppressed and
/// baselined like any finding. The notes live in the model, so a plan imported to JSON or YAML keeps them.
/// </summary>
public abstract class ReadingNoteRule(RuleDescriptor descriptor) : PlanAnalyzer
{
    public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics { get; } = [descriptor];

    public override string Name => descriptor.Id + " " + descriptor.Name;

    public sealed override void Initialize(AnalysisRegistration registration) => registration.RegisterPlanAction(Analyze);

    private void Analyze(RuleContext context)
    {
        var plan = context.Plan;
        foreach (var note in plan.ReadingNotes)
        {
            if (note.Rule == descriptor.Id)
                context.ReportOn(descriptor, null, null, note.Location, [], note.Message);
        }

        foreach (var concern in plan.Concerns)
        {
            foreach (var note in concern.ReadingNotes)
            {
                if (note.Rule != descriptor.Id) continue;
                var actions = new List<PlanAction>(note.Actions.Count);
                for (int n = 0; n < note.Actions.Count; n++)
                {
                    int index = note.Actions[n];
                    if (concern.Actions.FirstOrDefault(a => a.Index == index) is { } noted) actions.Add(noted);
                }

                var related = actions.Skip(1)
                    .Select(a => new RelatedLocation(a.Location, ActionNames.InRecommendationAtStart(a.Index, concern.Id)))
                    .ToList();
                if (actions.Count == 0)
                    context.ReportOn(descriptor, concern, null, note.Location, related, note.Message);
                else
                    context.ReportShared(descriptor, concern, actions[0], [.. actions.Skip(1)], PlanFields.Text, note.Location, related, null, note.Message);
            }
        }
    }
}
