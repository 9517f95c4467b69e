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

    /// <summary>A character is a word on its own exactly when it is a letter or digit (the tokenizer answers ASCII from bit masks).</summary>
    [Fact]
    public void A_character_is_a_word_exactly_when_it_is_a_letter_or_digit()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            WordTokenizer.Tokenize(((char)c).ToString()).Count.ShouldBe(char.IsLetterOrDigit((char)c) ? 1 : 0, $"U+{c:X4}");
    }

    /// <summary>Words start and end where the tokenizer's first form (char.IsLetterOrDigit for every character) put them.</summary>
    [Fact]
    public void Words_are_where_reading_every_character_with_the_unicode_tables_puts_them()
    {
        var character = Gen.OneOf(Gen.Char[' ', '\u007F'], Gen.Char['\u0080', '\u024F'], Gen.Const('\u2019'), Gen.Const('\u0663'), Gen.Const('\u00B2'));
        character.Array[0, 40].Select(c => new string(c)).Sample(text =>
            WordTokenizer.Tokenize(text).Select(t => (t.Start, t.End)).ShouldBe(Boundaries(text), $"'{text}'"));
    }

    private static List<(int Start, int End)> Boundaries(string text)
    {
        var words = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                   || (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)))
                i++;
            words.Add((start, i));
        }

        return words;
    }
}
