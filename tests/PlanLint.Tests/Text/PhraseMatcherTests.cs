using CsCheck;
using PlanLint.Text;

namespace PlanLint.Tests.Text;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void Finds_whole_words_case_insensitively_the_longest_phrase_at_each_start()
    {
        var matcher = new PhraseMatcher(["review", "review the policy", "the policy"]);
        var matches = matcher.Matches("We will Review the Policy, then review it.");
        matches.Select(m => (m.Phrase, m.TokenIndex, m.TokenCount)).ShouldBe([("review the policy", 2, 3), ("the policy", 3, 2), ("review", 6, 1)]);
        matcher.IsMatch("reviewed").ShouldBeFalse();
    }

    [Fact]
    public void The_first_of_two_phrases_with_the_same_words_is_reported()
    {
        new PhraseMatcher(["Review Policy", "review, policy"]).Matches("review policy").Single().Phrase.ShouldBe("Review Policy");
    }

    /// <summary>
    /// Every match equals what comparing each listed phrase's words with the text's at every start finds: at each start the
    /// longest phrase, the earlier listed of equal ones. Few words, so phrases share prefixes and nodes have one or several
    /// children.
    /// </summary>
    [Fact]
    public void Matches_what_comparing_every_phrase_at_every_start_finds()
    {
        var words = Gen.Int[0, 3].Select(i => "w" + i).Array[0, 4].Select(w => string.Join(' ', w));
        Gen.Select(words.Array[0, 12], words.Select(w => w + " w1 w0 w2")).Sample((phrases, text) =>
        {
            var tokens = WordTokenizer.Tokenize(text);
            var expected = new List<(string, int, int)>();
            for (int i = 0; i < tokens.Count; i++)
            {
                var best = phrases
                    .Select(p => (Phrase: p, Words: WordTokenizer.Tokenize(p).Select(t => t.Normalized).ToArray()))
                    .Where(p => p.Words.Length > 0 && i + p.Words.Length <= tokens.Count
                        && p.Words.Select((w, k) => w == tokens[i + k].Normalized).All(equal => equal))
                    .OrderByDescending(p => p.Words.Length)
                    .FirstOrDefault();
                if (best.Phrase is not null) expected.Add((best.Phrase, i, best.Words.Length));
            }

            new PhraseMatcher(phrases).Matches(tokens).Select(m => (m.Phrase, m.TokenIndex, m.TokenCount)).ShouldBe(expected);
        });
    }
}
