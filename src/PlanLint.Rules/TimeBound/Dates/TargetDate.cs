namespace PlanLint.Rules.TimeBound.Dates;

/// <summary>What a target date column says, as far as the time-bound rules are concerned.</summary>
public enum TargetKind
{
    /// <summary>Nothing written.</summary>
    Empty,

    /// <summary>One date or period by which the action will be complete ("March 2025", "by end of Q2 2024", "2024/25").</summary>
    Date,

    /// <summary>A status saying the action is done ("Completed", "In place"), with or without the past date it was done.</summary>
    Completed,

    /// <summary>Words that give no point in time ("Ongoing", "TBC", "Monthly").</summary>
    Vague,

    /// <summary>A start rather than a deadline ("Commencing January 2026", "from April 2025").</summary>
    Start,

    /// <summary>More than one target for one action ("March 2024 March 2024", "Completed September 2024").</summary>
    Multiple,

    /// <summary>Neither a date nor a recognised status.</summary>
    Unrecognised,
}

/// <summary>A date or period found in a target, as written and as resolved; <see cref="End"/> is null when it cannot be resolved (no year and no plan date to place it).</summary>
public sealed record TargetPeriod(string Text, DateOnly? Start, DateOnly? End);

/// <summary>A target date classified and resolved against the plan's submission date.</summary>
public sealed record TargetDate
{
    public required string Text { get; init; }
    public required TargetKind Kind { get; init; }

    /// <summary>Every date or period found, in the order written; a range ("April to June 2025") is one period.</summary>
    public IReadOnlyList<TargetPeriod> Periods { get; init; } = [];

    /// <summary>The status word as written ("Completed"), when there is one.</summary>
    public string? Status { get; init; }

    /// <summary>The start word as written ("Commencing"), when there is one.</summary>
    public string? StartWord { get; init; }

    /// <summary>The vague phrase as written ("Commenced and ongoing"), when there is one.</summary>
    public string? VaguePhrase { get; init; }

    /// <summary>For <see cref="TargetKind.Date"/>: the last day by which the action should be complete, when it can be resolved.</summary>
    public DateOnly? Deadline => Kind == TargetKind.Date && Periods.Count > 0 ? Periods[^1].End : null;

    /// <summary>What the target gives, in its own words and in order, for messages: the status and every date.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}
