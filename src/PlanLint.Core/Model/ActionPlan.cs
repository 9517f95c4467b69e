namespace PlanLint.Model;

/// <summary>How the plan answers the inspection report: one row per concern, or per recommendation with an agreement column.</summary>
public enum PlanFormat
{
    Concerns,
    Recommendations,
}

public enum AgreementStatus
{
    Agreed,
    PartlyAgreed,
    NotAgreed,
}

/// <summary>
/// An HMPPS action plan: the response to one HMIP inspection report.
/// Every node keeps where it came from (<see cref="SourceLocation"/>) and, per field, where that field was written.
/// </summary>
public sealed record ActionPlan
{
    public required string Path { get; init; }
    public string? Establishment { get; init; }
    public DateOnly? Submitted { get; init; }
    public DateOnly? InspectionStart { get; init; }
    public DateOnly? InspectionEnd { get; init; }
    public DateOnly? ReportPublished { get; init; }
    public PlanFormat Format { get; init; } = PlanFormat.Concerns;
    public IReadOnlyList<Concern> Concerns { get; init; } = [];
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>What the reader could not tell for certain about the document as a whole (its title lines, rows outside any recommendation).</summary>
    public IReadOnlyList<ReadingNote> ReadingNotes { get; init; } = [];
    public required SourceLocation Location { get; init; }
    public FieldLocations Fields { get; init; } = FieldLocations.Empty;

    public SourceLocation LocationOf(string field) => Fields.Get(field) ?? Location;

    /// <summary>Every reading note of the plan, its recommendations' included, in document order of recommendations.</summary>
    public IEnumerable<ReadingNote> AllReadingNotes => ReadingNotes.Concat(Concerns.SelectMany(c => c.ReadingNotes));
}

/// <summary>A concern or recommendation from the inspection report, with the prison's response.</summary>
public sealed record Concern
{
    /// <summary>The number as written in the plan: "1", "1.12", "7.3".</summary>
    public required string Id { get; init; }

    /// <summary>0-based position in the plan, so findings keep document order in every format.</summary>
    public int Ordinal { get; init; }
    public string? Section { get; init; }
    public string Text { get; init; } = "";
    public AgreementStatus? Agreement { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<PlanAction> Actions { get; init; } = [];
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>How the source laid the actions out in table rows; empty for JSON and YAML, where each action stands alone.</summary>
    public IReadOnlyList<SourceRow> Rows { get; init; } = [];

    /// <summary>What the reader could not tell for certain about this recommendation's rows (reported by the Reading rules).</summary>
    public IReadOnlyList<ReadingNote> ReadingNotes { get; init; } = [];

    /// <summary>How the id, agreement and reason were read; read unless a reader said otherwise.</summary>
    public FieldReadings Readings { get; init; } = FieldReadings.AllRead;
    public required SourceLocation Location { get; init; }
    public FieldLocations Fields { get; init; } = FieldLocations.Empty;

    public SourceLocation LocationOf(string field) => Fields.Get(field) ?? Location;

    public FieldReading ReadingOf(string field) => Readings.Get(field);
}

/// <summary>One response action: what will be done, by whom, by when.</summary>
public sealed record PlanAction
{
    /// <summary>1-based position within its concern.</summary>
    public required int Index { get; init; }
    public string Text { get; init; } = "";

    /// <summary>The responsible owner as written, or null when none was given.</summary>
    public string? Owner { get; init; }

    /// <summary>The target date as written ("March 2025", "Completed", "Commenced and ongoing"), or null when none was given.</summary>
    public string? TargetDate { get; init; }
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>
    /// How the text (the action's boundaries), owner and target date were read; read unless a reader said otherwise. An
    /// action whose text is unknown is a fragment whose start is not in the file: it gets no findings about the plan.
    /// </summary>
    public FieldReadings Readings { get; init; } = FieldReadings.AllRead;
    public required SourceLocation Location { get; init; }
    public FieldLocations Fields { get; init; } = FieldLocations.Empty;

    public SourceLocation LocationOf(string field) => Fields.Get(field) ?? Location;

    public FieldReading ReadingOf(string field) => Readings.Get(field);
}

/// <summary>
/// A table row of a Word or published-text plan: which actions it holds and how many owner and date entries sat beside them.
/// Rules use it to report rows whose columns do not line up.
/// </summary>
public sealed record SourceRow(
    SourceLocation Location,
    IReadOnlyList<int> ActionIndexes,
    int OwnerCount,
    int TargetDateCount);

/// <summary>A reviewer's decision that a finding is acceptable, with the reason.</summary>
public sealed record Suppression(string Rule, string? Justification, SourceLocation Location);

public static class PlanFields
{
    public const string Establishment = "establishment";
    public const string Submitted = "submitted";
    public const string Inspection = "inspection";
    public const string ReportPublished = "reportPublished";
    public const string Id = "id";
    public const string Section = "section";
    public const string Text = "text";
    public const string Agreement = "agreement";
    public const string Reason = "reason";
    public const string Actions = "actions";
    public const string Owner = "owner";
    public const string TargetDate = "targetDate";

    /// <summary>A field as a reviewer names it in a message: "owner", "target date", "agreement status".</summary>
    public static string Describe(string field) => field switch
    {
        Owner => "owner",
        TargetDate => "target date",
        Agreement => "agreement status",
        Reason => "reason",
        Id => "recommendation number",
        _ => "text",
    };
}
