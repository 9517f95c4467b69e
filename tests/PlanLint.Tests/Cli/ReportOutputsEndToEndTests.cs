using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>--html, --markdown and --format html|markdown through the real command line, beside the other outputs.</summary>
public sealed class ReportOutputsEndToEndTests : TempFolderTest
{
    private string Plan() => Folder.Write("small.plan.json", File.ReadAllText(Repo.Fixture("report", "small.plan.json")));

    [Fact]
    public void One_run_writes_console_SARIF_JSON_HTML_and_Markdown()
    {
        string plan = Plan();
        var plain = TestPlans.RunCli("check", plan);
        var (exit, output, error) = TestPlans.RunCli("check", plan, "--format", "console", "--format", "json", "-o", Folder.Path("f.json"),
            "--sarif", Folder.Path("f.sarif"), "--html", Folder.Path("report.html"), "--markdown", Folder.Path("report.md"));

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        output.ShouldBe(plain.Output);
        SarifValidator.AssertValid(File.ReadAllText(Folder.Path("f.sarif")));
        File.ReadAllText(Folder.Path("report.html")).ShouldStartWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
        File.ReadAllText(Folder.Path("report.md")).ShouldStartWith("## PlanLint: HMP Example\n");
        Directory.GetFiles(Folder.Root).Select(Path.GetFileName).Order().ShouldBe(["f.json", "f.sarif", "report.html", "report.md", "small.plan.json"]);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("markdown", "## PlanLint: HMP Example")]
    public void A_report_format_alone_goes_to_standard_output(string format, string start)
    {
        var (exit, output, error) = TestPlans.RunCli("check", Plan(), "--format", format);
        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        output.ShouldStartWith(start);
        output.ShouldNotContain("Checked 1 file");
    }

    [Theory]
    [InlineData("--html and --markdown name the same file", "--html", "same.out", "--markdown", "same.out")]
    [InlineData("--output and --html name the same file", "--format", "json", "-o", "same.out", "--html", "same.out")]
    [InlineData("only one format can go to standard output", "--format", "console", "--format", "html")]
    [InlineData("would overwrite the plan", "--html", "small.plan.json")]
    [InlineData("does not exist", "--markdown", "gone/report.md")]
    public void Misused_report_options_exit_2_before_anything_is_written(string message, params string[] options)
    {
        string plan = Plan();
        var (exit, _, error) = TestPlans.RunCli(["check", plan, .. options.Select(o => o.Contains('.') ? Folder.Path(o) : o)]);
        exit.ShouldBe(2);
        error.ShouldContain(message);
        Directory.GetFiles(Folder.Root).Select(Path.GetFileName).ShouldBe(["small.plan.json"]);
        File.ReadAllText(plan).ShouldBe(File.ReadAllText(Repo.Fixture("report", "small.plan.json")));
    }
}
