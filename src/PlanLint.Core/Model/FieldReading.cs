namespace PlanLint.Model;

/// <summary>How a reader came by the value of a field.</summary>
public enum ReadingStatus
{
    /// <summary>Read where it stands in the source, beside the action it belongs to (always so for JSON and YAML).</summary>
    Read,

    /// <summary>Placed by a cue the reader names (a merged cell, every entry naming the same post, a tally); not read beside the action.</summary>
    Inferred,

    /// <summary>The reader could not tell: the value, if any, is the source's text, not a fact about the plan.</summary>
    Unknown,
}

/// <summary>
/// How the value of one field was obtained from the source document: read where it stands, inferred from a cue
/// (<see cref="Why"/> names it), or unknown (<see cref="Why"/> says why). Rules judge a read value as a fact, say so
/// when they judge an inferred one (and never raise an error on it), and leave an unknown one to the reading findings.
/// </summary>
public sealed record FieldReading(ReadingStatus Status, string? Why = null)
{
    public static readonly FieldReading AsRead = new(ReadingStatus.Read);

    /// <summary>
    /// The index of an earlier action of the same recommendation whose cell this value was read from (a merged cell, one
    /// entry beside several paragraphs): rules about what the cell says report it once for all of them. Null when the
    /// value has a cell of its own.
    /// </summary>
    public int? SameCellAs { get; init; }

    /// <summary>
    /// For an action's text: how many of its characters, from its start, are known to be this action's; beyond them the
    /// source lost paragraph breaks (the owner or date cell beside the paragraph runs several entries together, or a row
    /// that continues it gives an entry of its own), so where this action ends and the next begins could not be told. 0
    /// when the paragraph itself runs several together. Null when the action's extent was read. With a read text,
    /// <see cref="Why"/> says why the extent is not known.
    /// </summary>
    public int? KnownExtent { get; init; }

    /// <summary>Whether the reading says nothing beyond "read where it stands, in a cell of its own".</summary>
    public bool IsPlain => Status == ReadingStatus.Read && SameCellAs is null && KnownExtent is null;

    public static FieldReading InferredFrom(string cue) => new(ReadingStatus.Inferred, cue);

    public static FieldReading UnknownBecause(string why) => new(ReadingStatus.Unknown, why);

    public bool IsRead => Status == ReadingStatus.Read;

    public bool IsInferred => Status == ReadingStatus.Inferred;

    public bool IsUnknown => Status == ReadingStatus.Unknown;
}

/// <summary>The <see cref="FieldReading"/> of each field of a node that was not simply read; every other field was read.</summary>
public sealed class FieldReadings
{
    public static readonly FieldReadings AllRead = new([]);

    private readonly KeyValuePair<string, FieldReading>[] readings;

    private FieldReadings(KeyValuePair<string, FieldReading>[] readings) => this.readings = readings;

    /// <summary>The readings of a node's fields; read fields are left out, and when a field is given twice the last wins.</summary>
    public static FieldReadings From(IEnumerable<KeyValuePair<string, FieldReading>> readings)
    {
        var distinct = new List<KeyValuePair<string, FieldReading>>();
        foreach (var reading in readings)
        {
            // A loop, not List.RemoveAll: a generic method over a list of value types is JIT-compiled even in a ReadyToRun build.
            for (int i = distinct.Count - 1; i >= 0; i--)
                if (string.Equals(distinct[i].Key, reading.Key, StringComparison.Ordinal)) distinct.RemoveAt(i);
            if (!reading.Value.IsPlain) distinct.Add(reading);
        }

        return distinct.Count == 0 ? AllRead : new([.. distinct]);
    }

    /// <summary>How the field was read; <see cref="FieldReading.AsRead"/> unless a reader said otherwise.</summary>
    public FieldReading Get(string field)
    {
        foreach (var reading in readings)
            if (string.Equals(reading.Key, field, StringComparison.Ordinal)) return reading.Value;
        return FieldReading.AsRead;
    }

    /// <summary>A copy with one field's reading replaced.</summary>
    public FieldReadings With(string field, FieldReading reading) => From([.. readings, new(field, reading)]);

    /// <summary>The fields that were not simply read in a cell of their own, in the order they were given.</summary>
    public IEnumerable<KeyValuePair<string, FieldReading>> All => readings;

    public bool IsEmpty => readings.Length == 0;
}

/// <summary>
/// Something a reader could not tell for certain from the source document, and how it settled it: a finding about the
/// document rather than the plan, reported by the Reading rule <see cref="Rule"/> with <see cref="Message"/>. Kept in the
/// model (and in canonical JSON and YAML), so a plan imported from Word or published text is judged as its source was.
/// </summary>
public sealed record ReadingNote(string Rule, string Message, SourceLocation Location)
{
    /// <summary>Where the note is in the document the plan was read from ("line 33", "table 1, row 5"), kept through <c>planlint import</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based indexes of the actions of its recommendation the note is about, the first its subject; empty when it is about the recommendation or the plan.</summary>
    public IReadOnlyList<int> Actions { get; init; } = [];
}
