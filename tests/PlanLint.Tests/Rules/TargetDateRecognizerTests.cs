using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using PlanLint.Rules.TimeBound.Dates;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>
/// The slow path builds the English (day-month) model directly instead of through DateTimeRecognizer, which would keep
/// every language's model in the native build. It must read every text exactly as the recognizer's own model does.
/// </summary>
public sealed class TargetDateRecognizerTests
{
    private static readonly DateTime Reference = new(2025, 1, 29);

    private static readonly Lazy<DateTimeModel> RecognizerModel = new(
        () => new DateTimeRecognizer(Culture.EnglishOthers, DateTimeOptions.None, lazyInitialization: true).GetDateTimeModel());

    public static TheoryData<string> Texts() => [.. AllTexts()];

    private static IReadOnlyList<string> AllTexts()
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal)
        {
            "within 6 weeks", "next year", "By the end of the month", "end of Q2 2025", "Q1 2025/26", "Summer term 2025",
            "06/04/2025", "04/06/2025", "12/31/2025", "Monthly from April 2025", "every Tuesday", "fortnightly until March",
            "before 1st May 2025", "since last summer", "in three months' time", "by 09:30 on 3 March", "2025-26",
            "Friday 6th of June 2025", "the week commencing 7 April", "six months after opening", "March 2025 March 2025",
        };
        foreach (var line in File.ReadLines(Repo.Fixture("corpus", "target-dates.tsv")))
        {
            if (line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length >= 3) texts.Add(columns[2]);
        }

        return [.. texts];
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_direct_model_reads_as_the_recognizers_model(string text)
    {
        var direct = TargetDateRecognizer.EnglishDayMonthModel().Parse(text, Reference).Select(Describe).ToList();
        var recognizer = RecognizerModel.Value.Parse(text, Reference).Select(Describe).ToList();

        direct.ShouldBe(recognizer);
    }

    [Fact]
    public void The_texts_include_dates_the_recognizer_finds()
    {
        AllTexts().Count(t => RecognizerModel.Value.Parse(t, Reference).Count > 0).ShouldBeGreaterThan(20);
    }

    private static string Describe(ModelResult result) =>
        $"{result.TypeName} {result.Start}-{result.End} '{result.Text}': "
        + string.Join("; ", result.Resolution?.TryGetValue("values", out var values) == true && values is IEnumerable<object> list
            ? list.OfType<IDictionary<string, string>>().Select(v => string.Join(", ", v.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))
            : []);
}
