using PlanLint.Model;

namespace PlanLint.Analysis;

/// <summary>
/// What a finding about the plan rests on, from how the reader came by the field it judges (<see cref="FieldReading"/>):
/// nothing is said about a value the reader could not read, nor about a fragment whose start is not in the file, and a
/// finding on an inferred value carries the cue in its message. The reading findings (Reading category) say the rest, once.
/// </summary>
internal readonly record struct ReadingBasis(bool Skip, string? InferredClause)
{
    public static ReadingBasis Of(Concern? concern, PlanAction? action, string? field)
    {
        if (action is not null)
        {
            if (action.ReadingOf(PlanFields.Text).IsUnknown) return new(true, null);
            return From(action.ReadingOf(field ?? PlanFields.Text), field ?? PlanFields.Text);
        }

        return concern is null ? default : From(concern.ReadingOf(field ?? PlanFields.Text), field ?? PlanFields.Text);
    }

    private static ReadingBasis From(FieldReading reading, string field) => reading.Status switch
    {
        ReadingStatus.Unknown => new(true, null),
        ReadingStatus.Inferred => new(false, $" ({PlanFields.Describe(field)} inferred: {reading.Why ?? "not read beside it in the source"})"),
        _ => default,
    };
}
