using PlanLint.Diagnostics;
using PlanLint.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Docs;

/// <summary>rules/PL0001.md says PL0001 can be a warning exactly when the readers report it as one, on the corpus's published plans.</summary>
public sealed class InvalidPlanPageTests
{
    private const string WarningSentence = "PL0001 is reported as a warning, not an error,";

    [Fact]
    public void The_page_says_PL0001_can_be_a_warning_exactly_when_a_reader_reports_one()
    {
        bool readersWarn = Directory.GetFiles(Repo.Fixture("corpus"), "*.txt")
            .Where(f => !f.EndsWith(".expected-findings.txt", StringComparison.Ordinal) && !f.EndsWith(".reading.txt", StringComparison.Ordinal))
            .SelectMany(f => PlanReaders.Default.ReadFile(f).Diagnostics)
            .Any(d => d.Id == RuleIds.InvalidPlan && d.Severity == Severity.Warning);
        string page = File.ReadAllText(Repo.Path("rules", "PL0001.md")).ReplaceLineEndings(" ");

        page.Contains(WarningSentence, StringComparison.Ordinal).ShouldBe(readersWarn,
            readersWarn ? "the readers report PL0001 warnings; rules/PL0001.md must say so" : "no reader reports a PL0001 warning any more; take the sentence out of rules/PL0001.md");
    }
}
