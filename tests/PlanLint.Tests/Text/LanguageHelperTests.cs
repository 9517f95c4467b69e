using PlanLint.Rules.Data;
using PlanLint.Rules.Language;

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
}
