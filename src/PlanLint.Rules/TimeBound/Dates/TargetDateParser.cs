using System.Collections.Concurrent;
using System.Globalization;
using PlanLint.Model;
using PlanLint.Rules.Data;

namespace PlanLint.Rules.TimeBound.Dates;

/// <summary>
/// Classifies a target date as the time-bound rules need it (<see cref="TargetKind"/>) and resolves its dates against
/// the plan's submission date. Status, start, deadline and vague words are data in rules/data. Common shapes are read
/// by a fast path; only a target with something date-like left over goes to the Microsoft recogniser, which is loaded
/// on first use. Results are cached by text and reference date; the parser is thread-safe.
/// </summary>
public sealed class TargetDateParser
{
    /// <summary>Longer text is no date: it is never sent to the recogniser.</summary>
    private const int MaxRecognisedLength = 120;
    private const int MaxCacheEntries = 100_000;

    private static readonly Lazy<PhraseScanner> Phrases = new(() => new PhraseScanner(
        PhraseLists.Get(PhraseLists.VagueTargetDates),
        PhraseLists.Get(PhraseLists.TargetStatuses),
        PhraseLists.Get(PhraseLists.TargetStartWords),
        PhraseLists.Get(PhraseLists.TargetDeadlineWords)));

    private readonly Func<string, DateOnly?, IReadOnlyList<RecognisedDate>> recognise;
    // Keyed by one string ("reference|text"), not a tuple: a dictionary over a struct key is JIT-compiled at start-up,
    // one over strings is already compiled into the framework.
    private readonly ConcurrentDictionary<string, TargetDate> cache = new(StringComparer.Ordinal);
    private int cacheCount;

    internal TargetDateParser(Func<string, DateOnly?, IReadOnlyList<RecognisedDate>> recognise) => this.recognise = recognise;

    /// <summary>The parser the built-in rules share, so each target is read once per plan date.</summary>
    public static TargetDateParser Shared { get; } = new(TargetDateRecognizer.Recognize);

    /// <summary>The date a plan's targets are read against: its submission date, or failing that the report or inspection date.</summary>
    public static DateOnly? ReferenceDate(ActionPlan plan) =>
        plan.Submitted ?? plan.ReportPublished ?? plan.InspectionEnd ?? plan.InspectionStart;

    public TargetDate Parse(PlanAction action, ActionPlan plan) => Parse(action.TargetDate, ReferenceDate(plan));

    public TargetDate Parse(string? text, DateOnly? reference)
    {
        string normalized = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (normalized.Length == 0)
            return new TargetDate { Text = "", Kind = TargetKind.Empty };
        if (reference is { Year: < 1900 or > 2200 })
            reference = null; // not a plan date; placing a month in year 0 or 10000 would fail
        string key = (reference?.DayNumber.ToString(CultureInfo.InvariantCulture) ?? "") + "|" + normalized;
        if (cache.TryGetValue(key, out var known))
            return known;
        if (Volatile.Read(ref cacheCount) >= MaxCacheEntries)
        {
            cache.Clear();
            Volatile.Write(ref cacheCount, 0);
        }

        var parsed = Classify(normalized, reference);
        if (cache.TryAdd(key, parsed))
            Interlocked.Increment(ref cacheCount);
        return parsed;
    }

    private TargetDate Classify(string text, DateOnly? reference)
    {
        var tokens = DateTokens.Tokenize(text);
        var phrases = Phrases.Value.Scan(text).Where(p => !IsPeriodModifier(p, tokens)).ToList();
        var covered = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
            covered[i] = phrases.Any(p => tokens[i].Start >= p.Start && tokens[i].End <= p.End);

        var (found, unexplained) = FastDateScanner.Scan(tokens, covered, reference);
        var mentions = found.Select(f => new Mention(f.StartChar, f.EndChar, f.Start, f.End, f.IsRange, RecognisedMark.None)).ToList();
        if (unexplained && text.Length <= MaxRecognisedLength)
        {
            foreach (var r in recognise(text, reference))
            {
                if (mentions.Any(m => r.Start < m.EndChar && m.StartChar < r.End)) continue;
                mentions.Add(new Mention(r.Start, r.End, r.PeriodStart, r.PeriodEnd, false, r.Mark));
            }

            mentions.Sort((a, b) => a.StartChar.CompareTo(b.StartChar));
        }

        var frequencies = mentions.Where(m => m.Mark == RecognisedMark.Frequency).ToList();
        mentions.RemoveAll(m => m.Mark == RecognisedMark.Frequency);
        ApplyBeforeDeadlines(phrases, mentions);
        JoinStartAndDeadline(phrases, mentions);
        // The same date written twice ("March 2024 March 2024", two rows run together) is one target, not two.
        for (int i = mentions.Count - 1; i > 0; i--)
        {
            if (mentions[i].Start is not null && mentions.Take(i).Any(m => m.Start == mentions[i].Start && m.End == mentions[i].End))
                mentions.RemoveAt(i);
        }

        var status = phrases.FirstOrDefault(p => p.List == PhraseLists.TargetStatuses);
        var start = phrases.FirstOrDefault(p => p.List == PhraseLists.TargetStartWords);
        var vague = phrases.FirstOrDefault(p => p.List == PhraseLists.VagueTargetDates);
        bool deadline = phrases.Any(p => p.List == PhraseLists.TargetDeadlineWords) || mentions.Any(m => m.Mark == RecognisedMark.Before);
        bool startMarked = start is not null || mentions.Any(m => m.Mark == RecognisedMark.Since);

        var kind = mentions.Count switch
        {
            0 when status is not null => TargetKind.Completed,
            0 when startMarked => TargetKind.Start,
            0 when vague is not null || frequencies.Count > 0 => TargetKind.Vague,
            0 => TargetKind.Unrecognised,
            > 1 => TargetKind.Multiple,
            _ when status is not null => StatusWithDate(mentions[0], reference, deadline),
            _ when startMarked && !deadline && !mentions[0].IsRange => TargetKind.Start,
            _ => TargetKind.Date,
        };

        return new TargetDate
        {
            Text = text,
            Kind = kind,
            Periods = [.. mentions.Select(m => new TargetPeriod(text[m.StartChar..m.EndChar], m.Start, m.End))],
            Status = status is null ? null : text[status.Start..status.End],
            StartWord = start is null ? null : text[start.Start..start.End],
            VaguePhrase = vague is null ? null : text[vague.Start..vague.End],
            Parts = PartsInOrder(text, mentions, status),
        };
    }

    /// <summary>The text of each date and of the status, in the order they stand (by start, then end).</summary>
    private static string[] PartsInOrder(string text, List<Mention> mentions, ScannedPhrase? status)
    {
        // Spans as records and a comparison, not tuples and LINQ: LINQ over tuples (value types) cannot be compiled ahead
        // of time (ReadyToRun), so every run would JIT-compile it.
        var spans = new List<PartSpan>(mentions.Count + 1);
        foreach (var m in mentions) spans.Add(new PartSpan(m.StartChar, m.EndChar));
        if (status is not null) spans.Add(new PartSpan(status.Start, status.End));
        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var parts = new string[spans.Count];
        for (int i = 0; i < parts.Length; i++) parts[i] = text[spans[i].Start..spans[i].End];
        return parts;
    }

    private sealed record PartSpan(int Start, int End);

    /// <summary>
    /// "Completed March 2024" reports when it was done; "Complete by March 2025" is a deadline; "Completed September 2024"
    /// in a plan written in January 2024 cannot be both, so it holds two targets (usually two rows run together).
    /// </summary>
    private static TargetKind StatusWithDate(Mention date, DateOnly? reference, bool deadline)
    {
        if (reference is null || date.Start is null || date.Start <= reference) return TargetKind.Completed;
        return deadline ? TargetKind.Date : TargetKind.Multiple;
    }

    /// <summary>"Start of April" and "beginning of the year" name part of a period, not a start.</summary>
    private static bool IsPeriodModifier(ScannedPhrase phrase, List<DateToken> tokens) =>
        phrase.List == PhraseLists.TargetStartWords
        && tokens.FirstOrDefault(t => t.Start >= phrase.End) is { Kind: DateTokenKind.Word, Text: "of" };

    /// <summary>"Prior to April 2024": the deadline is the day before the period it names.</summary>
    private static void ApplyBeforeDeadlines(List<ScannedPhrase> phrases, List<Mention> mentions)
    {
        foreach (var before in phrases.Where(p => p.List == PhraseLists.TargetDeadlineWords && p.Category == "before"))
        {
            int i = mentions.FindIndex(m => m.StartChar >= before.End);
            if (i >= 0 && mentions[i].Start is { } periodStart)
                mentions[i] = mentions[i] with { End = periodStart.AddDays(-1) };
        }
    }

    /// <summary>"From April 2025 until March 2026" is one period: a start word before the first date and a deadline word before the second.</summary>
    private static void JoinStartAndDeadline(List<ScannedPhrase> phrases, List<Mention> mentions)
    {
        if (mentions.Count != 2) return;
        var (first, second) = (mentions[0], mentions[1]);
        bool startBefore = phrases.Any(p => p.List == PhraseLists.TargetStartWords && p.End <= first.StartChar)
                           || first.Mark == RecognisedMark.Since;
        bool deadlineBetween = phrases.Any(p => p.List == PhraseLists.TargetDeadlineWords && p.Start >= first.EndChar && p.End <= second.StartChar)
                               || second.Mark == RecognisedMark.Before;
        if (!startBefore || !deadlineBetween) return;
        mentions.Clear();
        mentions.Add(new Mention(first.StartChar, second.EndChar, first.Start, second.End, true, RecognisedMark.None));
    }

    private sealed record Mention(int StartChar, int EndChar, DateOnly? Start, DateOnly? End, bool IsRange, RecognisedMark Mark);
}
