using CsCheck;
using PlanLint.Rules.Data;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Tests.Text;

public sealed class LanguageHelperTests
{
    [Theory]
    [InlineData("reviewed", "review")]
    [InlineData("reviews", "review")]
    [InlineData("improvements", "improv")]
    [InlineData("improved", "improv")]
    [InlineData("activities", "activiti")]
    [InlineData("activity", "activiti")]
    [InlineData("planned", "plan")]
    [InlineData("self-harmers", "self-harm")]
    [InlineData("days", "day")]
    [InlineData("2025", "2025")]
    public void The_stemmer_maps_variants_to_one_key(string word, string stem) => LightStemmer.Stem(word).ShouldBe(stem);

    /// <summary>The stemmer gives what its first, string-at-a-time form gave, for any word: endings, apostrophes, digits, short words.</summary>
    [Fact]
    public void The_stemmer_strips_what_its_first_form_stripped()
    {
        char[] likely = ['s', 'e', 'y', 'i', 'd', 'g', 'n', 'm', 't', 'r', 'l', '\'', '-', '1', 'é'];
        string[] suffixes = ["", "s", "es", "ies", "sses", "ss", "us", "is", "ments", "ment", "ings", "ing", "edly", "ed", "ers", "er", "ly", "e", "y", "ll", "'s"];
        var letters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Int[0, likely.Length - 1].Select(i => likely[i]));
        var endings = Gen.Int[0, suffixes.Length - 1].Select(i => suffixes[i]);
        Gen.Select(letters.Array[0, 9], endings).Select((stem, ending) => new string(stem) + ending).Sample(word =>
            LightStemmer.Stem(word).ShouldBe(FirstFormOfStem(word), $"'{word}'"), iter: 20_000);
    }

    private static string FirstFormOfStem(string word)
    {
        if (word.Length <= 3 || word.Any(char.IsDigit)) return word;
        string w = word.Replace("'", "", StringComparison.Ordinal);
        if (w.EndsWith('s') && w.Length > 3)
        {
            if (w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^3] + "y";
            else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
            else if (!w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        }

        foreach (var suffix in (string[])["ments", "ment", "ings", "ing", "edly", "ed", "ers", "er", "ly"])
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }

        if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        if (w.Length > 3 && w.EndsWith('y')) w = w[..^1] + "i";
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('a' or 'e' or 'i' or 'o' or 'u')) w = w[..^1];
        return w;
    }

    [Fact]
    public void The_stemmer_is_culture_independent()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            ContentWords.Stems("INDUCTION IMPROVED", dropGenericWords: false).ShouldBe(["induction", "improv"]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Content_words_drop_stop_words_and_on_request_generic_plan_words()
    {
        ContentWords.Stems("The Governor will review the drivers of violence", dropGenericWords: false).ShouldBe(["governor", "review", "driv", "violenc"]);
        ContentWords.Stems("The Governor will review the drivers of violence", dropGenericWords: true).ShouldBe(["driv", "violenc"]);
    }

    [Fact]
    public void A_phrase_inside_an_exception_does_not_match()
    {
        var list = new PhraseList("test", ["will be considered", "look to"], ["will be considered for"]);
        list.Find("Prisoners will be considered for release.").ShouldBeEmpty();
        list.Find("Options will be considered.").ShouldHaveSingleItem().Phrase.ShouldBe("will be considered");
        list.Find("Leaders will look to expand; cases will be considered for transfer.").Select(m => m.Phrase).ShouldBe(["look to"]);
    }

    [Theory]
    [InlineData("Short text.", "Short text.")]
    [InlineData("The Violence Reduction strategy will be reviewed, this will include local consultations.", "The Violence Reduction strategy will be reviewed, this will…")]
    public void Quotes_are_cut_at_a_word_with_an_ellipsis(string text, string quote) => PlanQuote.Of(text).ShouldBe(quote);

    [Fact]
    public void A_quote_reads_only_as_far_as_it_needs_yet_equals_one_of_the_whole_flattened_text()
    {
        // The reference: flatten all the white space of the text first, then cut.
        static string Reference(string text, int max)
        {
            string flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (flat.Length <= max) return flat;
            int cut = flat.LastIndexOf(' ', max);
            if (cut < max / 2) cut = max;
            return flat[..cut].TrimEnd(',', ';', ':', '.', ' ', '(', '-') + "\u2026";
        }

        var random = new Random(7);
        string[] pieces = ["word", "a", "  ", "\n", "\t", "longerwordthanmost", ",", ".", " (", "-", "\u00a0", "x"];
        for (int i = 0; i < 2_000; i++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            int max = random.Next(1, 70);
            PlanQuote.Of(text, max).ShouldBe(Reference(text, max), $"text '{text}', max {max}");
        }
    }
}
