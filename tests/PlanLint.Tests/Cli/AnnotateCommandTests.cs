using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>
/// <c>planlint annotate</c> from the command line: the exit code follows check; the draft is never written, nor
/// anything through a link to it; bad input gets one line and no output; suppressed findings get a comment only
/// when asked, marked as suppressed.
/// </summary>
public sealed class AnnotateCommandTests : TempFolderTest
{
    private string Draft(string name = "draft.docx")
    {
        string path = Folder.Path(name);
        File.WriteAllBytes(path, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));
        return path;
    }

    [Fact]
    public void The_exit_code_follows_check()
    {
        string draft = Draft();
        string reviewed = Folder.Path("reviewed.docx");
        TestPlans.RunCli("annotate", draft, "-o", reviewed).Exit.ShouldBe(TestPlans.RunCli("check", draft).Exit);
        TestPlans.RunCli("check", draft).Exit.ShouldBe(1, "the sample plan has a missing owner");

        var (exit, _, _) = TestPlans.RunCli("annotate", draft, "-o", reviewed, "--rule", "PL1001=warning", "--rule", "PL2001=warning");
        exit.ShouldBe(TestPlans.RunCli("check", draft, "--rule", "PL1001=warning", "--rule", "PL2001=warning").Exit);
        exit.ShouldBe(0);
        var (tooMany, _, error) = TestPlans.RunCli("annotate", draft, "-o", reviewed, "--rule", "PL1001=warning", "--rule", "PL2001=warning", "--max-warnings", "0");
        tooMany.ShouldBe(1);
        error.ShouldContain("more than --max-warnings 0");
    }

    [Fact]
    public void A_rule_turned_off_gets_no_comment()
    {
        string draft = Draft();
        string reviewed = Folder.Path("reviewed.docx");
        TestPlans.RunCli("annotate", draft, "-o", reviewed);
        WordInspector.Comments(File.ReadAllBytes(reviewed)).ShouldContain(c => c.Text.StartsWith("Error PL1001", StringComparison.Ordinal));
        TestPlans.RunCli("annotate", draft, "-o", reviewed, "--rule", "PL1001=none");
        WordInspector.Comments(File.ReadAllBytes(reviewed)).ShouldNotContain(c => c.Text.Contains("PL1001", StringComparison.Ordinal));
    }

    [Fact]
    public void Suppressed_findings_get_a_comment_only_when_asked_marked_as_suppressed()
    {
        string draft = Draft();
        TestPlans.RunCli("suppress", draft, "--rule", "PL1001", "--recommendation", "7", "--action", "13", "--justification", "Owner named in the covering letter").Exit.ShouldBe(0);
        string reviewed = Folder.Path("reviewed.docx");

        var (_, output, _) = TestPlans.RunCli("annotate", draft, "-o", reviewed);
        WordInspector.Comments(File.ReadAllBytes(reviewed)).ShouldNotContain(c => c.Text.Contains("PL1001", StringComparison.Ordinal));
        output.ShouldContain("1 suppressed (no comment)");

        TestPlans.RunCli("annotate", draft, "-o", reviewed, "--include-suppressed");
        var suppressed = WordInspector.Comments(File.ReadAllBytes(reviewed)).Single(c => c.Text.Contains("PL1001", StringComparison.Ordinal));
        suppressed.Text.ShouldContain("Suppressed: Owner named in the covering letter");
    }

    [Fact]
    public void Refuses_to_write_over_the_draft_even_through_a_link()
    {
        string draft = Draft();
        byte[] before = File.ReadAllBytes(draft);
        string link = Folder.Path("link.docx");
        File.CreateSymbolicLink(link, draft);

        var (exit, _, error) = TestPlans.RunCli("annotate", draft, "-o", draft);
        exit.ShouldBe(2);
        error.ShouldContain("refusing to write over the draft");
        TestPlans.RunCli("annotate", draft, "-o", link).Exit.ShouldBe(2);
        TestPlans.RunCli("annotate", link, "-o", draft).Exit.ShouldBe(2);
        File.ReadAllBytes(draft).ShouldBe(before);
        Directory.GetFiles(Folder.Root).Select(f => Path.GetFileName(f)).Order().ToList().ShouldBe(["draft.docx", "link.docx"], "no temporary file is left behind");
    }

    [Theory]
    [InlineData("plan.json", "reviewed.docx", "is not a Word document")]
    [InlineData("draft.docx", "reviewed.pdf", "does not end in .docx")]
    [InlineData("missing.docx", "reviewed.docx", "does not exist")]
    public void Misuse_is_one_line_exit_2_and_nothing_written(string input, string output, string message)
    {
        Draft();
        Folder.Write("plan.json", File.ReadAllText(Repo.Fixture("word", "long-lartin-2025.example.plan.json")));
        var (exit, _, error) = TestPlans.RunCli("annotate", Folder.Path(input), "-o", Folder.Path(output));
        exit.ShouldBe(2);
        error.Trim().Split('\n').Length.ShouldBe(1, error);
        error.ShouldContain(message);
        File.Exists(Folder.Path(output)).ShouldBeFalse();
    }

    [Fact]
    public void A_draft_that_cannot_be_read_is_reported_and_nothing_is_written()
    {
        string draft = Folder.Write("broken.docx", "not a zip at all");
        var (exit, _, error) = TestPlans.RunCli("annotate", draft, "-o", Folder.Path("reviewed.docx"));
        exit.ShouldBe(1);
        error.ShouldContain("error PL0001");
        error.ShouldContain("nothing was written");
        File.Exists(Folder.Path("reviewed.docx")).ShouldBeFalse();
    }

    [Fact]
    public void The_help_names_both_commands()
    {
        var (_, output, _) = TestPlans.RunCli("--help");
        output.ShouldContain("annotate");
        output.ShouldContain("render");
        TestPlans.RunCli("annotate", "--help").Output.ShouldContain("--include-suppressed");
        TestPlans.RunCli("render", "--help").Output.ShouldContain("--template");
    }
}
