using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>Every input bound gives one clear, located PL0001 (or completes), never an exception or a hang.</summary>
public sealed class BoundsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-bounds-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        string path = Write("big.plan.json", Encoding.UTF8.GetBytes(TestPlans.OneConcern(("A", "B", "March 2025")) + new string(' ', 4096)));
        var result = new PlanReaders(PlanReaders.Default.All) { MaxFileBytes = 2048 }.ReadFile(path);
        result.Plan.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldMatch(@"^The file is 4\.\d KB, larger than the 2 KB limit for a plan file\.$");
        PlanReaders.DefaultMaxFileBytes.ShouldBe(50L * 1024 * 1024);
    }

    [Fact]
    public void Json_nested_past_the_depth_limit_is_a_located_error()
    {
        string json = "{\"establishment\":" + new string('[', 200) + new string(']', 200) + "}";
        var d = PlanReaders.Default.Read("deep.plan.json", Encoding.UTF8.GetBytes(json)).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Line.ShouldBe(1);
        d.Message.ShouldStartWith("The file is not valid JSON");
    }

    [Fact]
    public void Nul_bytes_are_a_located_error_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"establishment\": \"HMP X\0\",\n  \"format\": \"concerns\", \"concerns\": []\n}");
        var d = PlanReaders.Default.Read("nul.plan.json", bytes).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Mixed_line_endings_keep_lines_right()
    {
        string plan = TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025"));
        var lines = plan.Split('\n');
        string mixed = string.Concat(lines.Select((l, i) => l + (i % 2 == 0 ? "\r\n" : "\n")));
        var lf = TestPlans.AnalyzeAll(plan).Single(d => d.Id == RuleIds.MissingOwner);
        var crlf = new PlanLint.Analysis.AnalyzerEngine(PlanLint.Rules.BuiltInRules.Create())
            .Analyze(TestPlans.Read(mixed), PlanLint.Analysis.AnalysisOptions.Default).Single(d => d.Id == RuleIds.MissingOwner);
        (crlf.Location.Line, crlf.Location.Column).ShouldBe((lf.Location.Line, lf.Location.Column));
    }

    [Fact]
    public void A_text_file_with_one_enormous_line_and_no_table_is_refused_cleanly()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 2_000_000));
        var d = PlanReaders.Default.Read("long.txt", bytes).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Message.Length.ShouldBeLessThan(400, "messages quote plan text sparingly");
    }
}
