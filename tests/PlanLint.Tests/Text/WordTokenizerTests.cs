using CsCheck;
using PlanLint.Text;

namespace PlanLint.Tests.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Words_keep_inner_apostrophes_and_hyphens_and_are_lower_cased()
    {
        WordTokenizer.Tokenize("The Prisoner’s co-located CELL - 'quoted' ÉCOLE")
            .Select(t => t.Normalized)
            .ShouldBe(["the", "prisoner's", "co-located", "cell", "quoted", "école"]);
    }

    /// <summary>Every word is its text lower-cased with the invariant culture, the typographic apostrophe made plain, wherever it is.</summary>
    [Fact]
    public void A_word_is_its_text_in_invariant_lower_case()
    {
        var character = Gen.OneOf(Gen.Char['A', 'z'], Gen.Char['\u00C0', '\u024F'], Gen.Char['\u0370', '\u03FF'], Gen.Const(' '), Gen.Const('\u2019'), Gen.Const('-'), Gen.Const('İ'));
        character.Array[0, 40].Select(c => new string(c)).Sample(text =>
        {
            foreach (var token in WordTokenizer.Tokenize(text))
            {
                string expected = string.Concat(text[token.Start..token.End].Select(c => c == '\u2019' ? '\'' : char.ToLowerInvariant(c)));
                token.Normalized.ShouldBe(expected, $"'{text}'");
            }
        });
    }
}
