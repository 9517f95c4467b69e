using System.Globalization;
using CsCheck;
using Humanizer;
using PlanLint.Text;

namespace PlanLint.Tests.Text;

/// <summary>
/// WordList and PlanQuote replaced Humanizer's list wording and word-preserving truncation in rule messages. Humanizer
/// stays here as the oracle: under the invariant culture our lists are worded as it words them, and our quotations cut
/// where it cuts, except where we mean to differ (said below).
/// </summary>
public sealed class HumanizerOracleTests
{
    private static readonly Gen<string> Word = Gen.Char['a', 'z'].Array[1, 12].Select(c => new string(c));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "establishment" }, "establishment")]
    [InlineData(new[] { "submission date", "inspection dates" }, "submission date or inspection dates")]
    [InlineData(new[] { "establishment", "submission date", "inspection end date" }, "establishment, submission date or inspection end date")]
    public void Words_a_list_without_a_serial_comma(string[] items, string expected) => WordList.Of(items, "or").ShouldBe(expected);

    [Fact]
    public void Words_any_list_as_humanizer_does_under_the_invariant_culture()
    {
        var items = Gen.Select(Word, Word.Array[0, 2], (a, b) => b.Length == 0 ? a : a + " " + string.Join(' ', b)).Array[0, 6];
        WithUiCulture(CultureInfo.InvariantCulture, () =>
            Gen.Select(items, Gen.OneOf("or", "and")).Sample((list, conjunction) => WordList.Of(list, conjunction) == list.Humanize(conjunction), iter: 5_000));
    }

    [Fact]
    public void Words_the_list_the_same_where_humanizer_follows_the_culture()
    {
        string[] items = ["establishment", "submission date", "inspection dates"];
        string humanizerInEnglish = WithUiCulture(new CultureInfo("en-GB"), () => items.Humanize("or"));
        string ours = WithUiCulture(new CultureInfo("en-GB"), () => WordList.Of(items, "or"));
        humanizerInEnglish.ShouldBe("establishment, submission date, or inspection dates");
        ours.ShouldBe("establishment, submission date or inspection dates");
    }

    /// <summary>
    /// On single-spaced words, PlanQuote.Of(text, n) is Humanizer's Truncate(n + 1, "…", DynamicLengthAndPreserveWords)
    /// (Humanizer counts the ellipsis in its length) wherever a word boundary falls in the second half of the quotation.
    /// </summary>
    [Fact]
    public void Quotes_single_spaced_words_as_humanizer_truncates_them()
    {
        var texts = Word.Array[1, 20].Select(words => string.Join(' ', words));
        Gen.Select(texts, Gen.Int[10, 90]).Sample((text, n) =>
        {
            if (text.Length == n + 1) return true; // Humanizer keeps a text of exactly its length whole; we cut it
            if (text.Length > n + 1 && text.LastIndexOf(' ', n) < n / 2) return true; // a long word: see below
            return PlanQuote.Of(text, n) == text.Truncate(n + 1, "…", Truncator.DynamicLengthAndPreserveWords);
        }, iter: 10_000);
    }

    [Theory]
    // Humanizer quotes line breaks and runs of spaces as they are; a message is one line, so we collapse them.
    [InlineData("The Governor will\nensure that staff  are trained in every wing of the establishment", 60, "The Governor will ensure that staff are trained in every…", "The Governor will\nensure that staff  are trained in every…")]
    // Humanizer leaves the punctuation before the cut; we drop it.
    [InlineData("The Governor will ensure that staff, managers and all partners are trained", 36, "The Governor will ensure that staff…", "The Governor will ensure that staff,…")]
    // A text with no word boundary in reach: Humanizer quotes nothing but the ellipsis; we quote the start.
    [InlineData("https://www.gov.uk/government/publications/a-very-long-address-of-a-policy-framework", 60, "https://www.gov.uk/government/publications/a-very-long-addre…", "…")]
    public void Differs_from_humanizer_where_meant(string text, int n, string ours, string humanizer)
    {
        PlanQuote.Of(text, n).ShouldBe(ours);
        text.Truncate(n + 1, "…", Truncator.DynamicLengthAndPreserveWords).ShouldBe(humanizer);
    }

    private static T WithUiCulture<T>(CultureInfo culture, Func<T> run)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return run();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static void WithUiCulture(CultureInfo culture, Action run) => WithUiCulture(culture, () => { run(); return 0; });
}
