using PlanLint.Rules.Language;

namespace PlanLint.Tests.Text;

public sealed class BoundedMemoTests
{
    [Fact]
    public void Remembers_up_to_its_bound_and_works_out_the_rest_each_time()
    {
        var memo = new BoundedMemo<string>(2);
        int computed = 0;
        string Upper(string w)
        {
            computed++;
            return w.ToUpperInvariant();
        }

        foreach (var word in new[] { "a", "b", "a", "b" }) memo.Get(word, Upper).ShouldBe(word.ToUpperInvariant());
        computed.ShouldBe(2);

        memo.Get("c", Upper).ShouldBe("C");
        memo.Get("c", Upper).ShouldBe("C");
        computed.ShouldBe(4);
    }
}
