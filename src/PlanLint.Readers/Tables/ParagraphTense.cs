using System.Text.RegularExpressions;

namespace PlanLint.Readers.Tables;

/// <summary>What an action paragraph (or part of one) reports: work promised, work done, or both.</summary>
[Flags]
internal enum Tense
{
    None = 0,
    Future = 1,
    Done = 2,
}

/// <summary>What a target date entry says, for matching entries to the paragraphs they sit beside.</summary>
internal enum EntryKind
{
    /// <summary>A date, a start ("Commencing March 2025") or anything else that is not a status.</summary>
    Date,

    /// <summary>"Completed", "Complete", "Achieved", "In place": the work is done.</summary>
    Done,

    /// <summary>"Ongoing", "Commenced and ongoing": the work carries on.</summary>
    Ongoing,
}

/// <summary>
/// The tense cues a person uses to line entries up with paragraphs: a "Completed" entry sits beside a paragraph that
/// reports work done ("has been introduced"), a date beside one that promises work ("will"). A closed list of English
/// auxiliaries and their shapes (docs/readers.md, rule 19), never a plan's own words.
/// </summary>
internal static partial class ParagraphTense
{
    public static Tense Of(string text)
    {
        var tense = Tense.None;
        if (FutureMarker().IsMatch(text)) tense |= Tense.Future;
        if (DoneMarker().IsMatch(text)) tense |= Tense.Done;
        return tense;
    }

    public static EntryKind KindOf(string entry)
    {
        string t = CellText.Normalize(entry);
        if (DoneStatus().IsMatch(t)) return EntryKind.Done;
        if (OngoingStatus().IsMatch(t)) return EntryKind.Ongoing;
        return EntryKind.Date;
    }

    /// <summary>
    /// Whether a target date entry can sit beside a paragraph: "Completed" not beside one that only promises work.
    /// Anything else fits: a date may sit beside progress so far ("have arranged a repair") as well as a promise.
    /// </summary>
    public static bool Fits(EntryKind entry, Tense paragraph) => entry != EntryKind.Done || paragraph != Tense.Future;

    [GeneratedRegex(@"\b(will|shall|is to be|are to be|going to|plans? to|aims? to|intends? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    [GeneratedRegex(@"\b((has|have|had) (now |also |already |recently )?(been|\w+ed)|(was|were) \w+ed|(is|are) now (in place|in post|\w+ed)|now in (place|post)|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneMarker();

    [GeneratedRegex(@"^(completed?|done|achieved|(now )?in place|implemented|delivered|closed|finished)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStatus();

    [GeneratedRegex(@"^((commenced|started|begun|in progress)( and )?)?(on-?going|continuous|in progress)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OngoingStatus();
}
