using PlanLint.Rules.Language;

namespace PlanLint.Tests.Text;

public sealed class ActionWordingTests
{
    private static List<(string Subject, string Verb)> Commitments(string text)
    {
        var w = ActionWording.Of(text);
        return [.. w.Commitments.Select(c => (w.Slice(c.Subject.Start, c.Subject.End), c.Verb < 0 ? "" : w.Tokens[c.Verb].Normalized))];
    }

    [Fact]
    public void Finds_each_will_clause_with_its_subject_and_verb()
    {
        Commitments("A further 0.5 full time equivalent nurse will be recruited and the role of the nurse will be reviewed.")
            .ShouldBe([("A further 0.5 full time equivalent nurse", "recruited"), ("the role of the nurse", "reviewed")]);
    }

    [Fact]
    public void And_inside_a_subject_does_not_split_it()
    {
        Commitments("Quarterly analysis of CSIP and serious assault investigations will take place.")
            .ShouldBe([("Quarterly analysis of CSIP and serious assault investigations", "take")]);
    }

    [Fact]
    public void A_shared_subject_is_empty_and_adverbs_are_skipped()
    {
        var w = ActionWording.Of("The Head will manage the unit and will also publish the offer.");
        w.Commitments.Count.ShouldBe(2);
        w.Commitments[1].Subject.IsEmpty.ShouldBeTrue();
        w.Commitments[1].Conjunction.ShouldBe("and");
        w.Tokens[w.Commitments[1].Verb].Normalized.ShouldBe("publish");
    }

    [Fact]
    public void There_will_be_a_takes_be_as_the_verb()
    {
        var w = ActionWording.Of("There will be a review of the regime.");
        w.Tokens[w.Commitments.ShouldHaveSingleItem().Verb].Normalized.ShouldBe("be");
    }

    [Fact]
    public void Sentences_split_on_full_stops_but_not_in_numbers()
    {
        var w = ActionWording.Of("HMPPS invested c£8.5m in the works. The work was completed in 2023; no bids remain.");
        w.Sentences.Count.ShouldBe(3);
        w.Slice(w.Sentences[0].Start, w.Sentences[0].End).ShouldBe("HMPPS invested c£8.5m in the works");
    }
}
