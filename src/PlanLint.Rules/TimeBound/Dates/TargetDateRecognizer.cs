using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
using PlanLint.Text;

namespace PlanLint.Rules.TimeBound.Dates;

/// <summary>How a recognised date relates to the target: a plain date, a deadline before it, a start, or a frequency.</summary>
internal enum RecognisedMark
{
    None,
    Before,
    Since,
    Frequency,
}

/// <summary>A date the Microsoft recogniser found: where in the text (end exclusive) and its resolved bounds, when it has them.</summary>
internal sealed record RecognisedDate(int Start, int End, DateOnly? PeriodStart, DateOnly? PeriodEnd, RecognisedMark Mark = RecognisedMark.None);

/// <summary>
/// The slow path of <see cref="TargetDateParser"/>: Microsoft.Recognizers.Text.DateTime (English, day-month order),
/// loaded on first use because building its model takes a few hundred milliseconds. Only called for target dates
/// the fast path cannot explain ("within 6 weeks", "next year", "the end of the month").
/// </summary>
internal static class TargetDateRecognizer
{
    private static readonly Lazy<DateTimeModel> Model = new(EnglishDayMonthModel, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock Gate = new();

    /// <summary>Used when the plan gives no date to resolve against; its results are kept but not placed in time.</summary>
    private static readonly DateOnly NoReference = new(2000, 1, 1);

    /// <summary>
    /// The model <c>new DateTimeRecognizer(Culture.EnglishOthers).GetDateTimeModel()</c> gives, built directly: the
    /// recognizer registers a model for every language it knows, so using it keeps all of them (and their types, set up
    /// at every start) in the native build, which needs only English.
    /// </summary>
    internal static DateTimeModel EnglishDayMonthModel() =>
        new(
            new BaseMergedDateTimeParser(new EnglishMergedParserConfiguration(EnglishDayMonth())),
            new BaseMergedDateTimeExtractor(new EnglishMergedExtractorConfiguration(EnglishDayMonth())));

    private static BaseDateTimeOptionsConfiguration EnglishDayMonth() =>
        new(Culture.EnglishOthers, DateTimeOptions.None, dmyDateFormat: true);

    public static IReadOnlyList<RecognisedDate> Recognize(string text, DateOnly? reference)
    {
        var at = (reference ?? NoReference).ToDateTime(TimeOnly.MinValue);
        List<ModelResult> results;
        lock (Gate)
            results = Model.Value.Parse(text, at);

        var dates = new List<RecognisedDate>();
        foreach (var result in results)
        {
            var span = (result.Start, result.End + 1);
            if (result.TypeName.EndsWith(".set", StringComparison.Ordinal))
            {
                dates.Add(new RecognisedDate(span.Item1, span.Item2, null, null, RecognisedMark.Frequency));
                continue;
            }

            if (result.TypeName.EndsWith(".time", StringComparison.Ordinal) || result.TypeName.EndsWith(".timerange", StringComparison.Ordinal))
                continue;

            var value = Choose(result, reference ?? NoReference);
            var (start, end, mark) = value is null ? (null, null, RecognisedMark.None) : Bounds(value, reference ?? NoReference);
            if (reference is null) (start, end) = (null, null);
            dates.Add(new RecognisedDate(span.Item1, span.Item2, start, end, mark));
        }

        return dates;
    }

    /// <summary>Of several readings ("March" is last March or next), the first that has not ended by the reference date.</summary>
    private static IDictionary<string, string>? Choose(ModelResult result, DateOnly reference)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<object> values)
            return null;
        var readings = values.OfType<IDictionary<string, string>>().ToList();
        return readings.FirstOrDefault(r => Bounds(r, reference).End is not { } end || end >= reference) ?? readings.LastOrDefault();
    }

    private static (DateOnly? Start, DateOnly? End, RecognisedMark Mark) Bounds(IDictionary<string, string> value, DateOnly reference)
    {
        string type = value.TryGetValue("type", out var t) ? t : "";
        string? mod = value.TryGetValue("Mod", out var m) ? m : null;
        var start = Date(value, "start");
        var endExclusive = Date(value, "end");
        var single = Date(value, "value");

        if (type == "duration" && value.TryGetValue("value", out var seconds)
            && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double s))
        {
            var due = DateOnly.FromDateTime(reference.ToDateTime(TimeOnly.MinValue).AddSeconds(s));
            return (reference, due, RecognisedMark.None);
        }

        return mod switch
        {
            "before" => (null, (endExclusive ?? start ?? single)?.AddDays(-1), RecognisedMark.Before),
            "after" or "since" => (start ?? single, null, RecognisedMark.Since),
            _ when single is { } day => (day, day, RecognisedMark.None),
            _ => (start, endExclusive?.AddDays(-1), RecognisedMark.None),
        };
    }

    private static DateOnly? Date(IDictionary<string, string> value, string key) =>
        value.TryGetValue(key, out var text) && text.Length >= 10
        && IsoDate.TryParse(text.AsSpan(0, 10), out var date)
            ? date
            : null;
}
