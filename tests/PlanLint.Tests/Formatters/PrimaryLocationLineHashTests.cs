using System.Text.RegularExpressions;
using PlanLint.Formatters.Sarif;

namespace PlanLint.Tests.Formatters;

/// <summary>
/// The expected hashes are the known values from github/codeql-action's own tests of the upload step's
/// fingerprinting (src/fingerprints.test.ts), so a match means GitHub computes the same values.
/// </summary>
public sealed partial class PrimaryLocationLineHashTests
{
    private const string Greetings = "e9496ae3ebfced30:1|fb7c023a8b9ccb3f:1|ce8ba1a563dcdaca:1|e20e36e16fcb0cc8:1|b3edc88f2938467e:1|c8e28b0b4002a3a0:1|c129715d7a2bc9a3:1";

    public static TheoryData<string, string> KnownValues() => new()
    {
        { "", "c129715d7a2bc9a3:1" },
        { " a\nb\n  \t\tc\n d", "271789c17abda88f:1|54703d4cd895b18:1|180aee12dab6264:1|a23a3dc5e078b07b:1" },
        { " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", "8b7cf3e952e7aeb2:1|b1ae1287ec4718d9:1|bff680108adb0fcc:1|c6805c5e1288b612:1|b86d3392aea1be30:1|e6ceba753e1a442:1" },
        { " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", Greetings },
        { " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", Greetings },
        { " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", Greetings },
        { " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", Greetings },
        {
            string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet.\n", 10)),
            "a7f2ff13bc495cf2:1|a7f2ff13bc495cf2:2|a7f2ff13bc495cf2:3|a7f2ff13bc495cf2:4|a7f2ff13bc495cf2:5|a7f2ff13bc495cf2:6|a7f2ff1481e87703:1|a9cf91f7bbf1862b:1|55ec222b86bcae53:1|cc97dc7b1d7d8f7b:1|c129715d7a2bc9a3:1"
        },
        { "x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n", "e54938cc54b302f1:1|bb609acbe9138d60:1|1131fd5871777f34:1|5c482a0f8b35ea28:1|54517377da7028d2:1|2c644846cb18d53e:1|f1b89f20de0d133:1|c129715d7a2bc9a3:1" },
    };

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void Matches_the_values_GitHubs_upload_action_computes(string text, string expected)
    {
        var hashes = PrimaryLocationLineHash.Compute(text);
        string.Join('|', hashes).ShouldBe(expected);
        hashes.Count.ShouldBe(LineBreak().Split(text).Length);
    }

    [Fact]
    public void A_line_added_above_leaves_the_hash_of_the_lines_below_unchanged()
    {
        string before = "{\n  \"owner\": null,\n  \"targetDate\": \"Ongoing\"\n}\n";
        string after = "{\n  \"reportPublished\": \"2025-01-14\",\n  \"owner\": null,\n  \"targetDate\": \"Ongoing\"\n}\n";
        PrimaryLocationLineHash.Compute(after)[2].ShouldBe(PrimaryLocationLineHash.Compute(before)[1]);
    }

    [Fact]
    public void Indentation_does_not_change_the_hash()
    {
        PrimaryLocationLineHash.Compute("\t\"owner\": null\n")[0].ShouldBe(PrimaryLocationLineHash.Compute("    \"owner\": null\n")[0]);
    }

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
