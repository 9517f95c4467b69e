using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>
/// What a folder or glob on the command line brings in (every plan format), what is skipped with one line each (Word's
/// lock files, Git LFS pointers, documents with no plan table), include/exclude from planlint.json and the command line,
/// and misuse (a missing path, a folder with no plans): through the real command line.
/// </summary>
public sealed class InputsEndToEndTests : TempFolderTest
{
    private const string LfsPointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 48213\n";

    private void WordPlan(string path) => WriteBytes(path, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));

    private void WriteBytes(string relative, byte[] content)
    {
        string full = Folder.Path(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    private void MixedFolder()
    {
        Folder.Write("planlint.json", """{ "root": true }""");
        Folder.Write("drafts/a.plan.json", TestPlans.OneConcern(("Weekly wing meetings will be held and minuted.", null, "March 2025")));
        WordPlan("drafts/b.docx");
        File.Copy(Repo.Fixture("corpus", "long-lartin-2025.txt"), Folder.Path("drafts/c.txt"));
        WriteBytes("drafts/~$b.docx", [0x0B, 0x4A, 0x6F, 0x65, 0x20, 0x42, 0x6C, 0x6F, 0x67, 0x67, 0x73]);
        WriteBytes("drafts/minutes.docx", WordPlanBuilder.Memo("Minutes of the safer custody meeting", "Nothing was agreed."));
        Folder.Write("drafts/readme.txt", "These are the drafts for the next submission.\n");
        Folder.Write("drafts/big.docx", LfsPointer);
        Folder.Write("drafts/.old/z.plan.json", "{ not a plan");
        Folder.Write("drafts/notes.md", "# not linted");
    }

    [Fact]
    public void A_folder_lints_every_plan_format_and_skips_what_is_not_a_plan_with_one_line_each()
    {
        MixedFolder();

        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", "drafts", "--no-color");

        exit.ShouldBe(1);
        output.ShouldContain("drafts/a.plan.json(");
        output.ShouldContain("drafts/b.docx: error PL1001");
        output.ShouldContain("drafts/c.txt(");
        output.ShouldContain("Checked 3 files");
        output.ShouldNotContain("minutes.docx");
        output.ShouldNotContain(".old");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "planlint: skipped drafts/big.docx: stored in Git LFS, not checked out (run 'git lfs pull').",
            "planlint: skipped drafts/minutes.docx: a Word document with no plan table.",
            "planlint: skipped drafts/readme.txt: a text file with no plan table.",
            "planlint: skipped drafts/~$b.docx: Word's lock file for a document open in Word.",
        ]);
    }

    [Fact]
    public void A_skipped_file_is_said_once_however_many_inputs_find_it()
    {
        MixedFolder();

        var (_, _, error) = TestPlans.RunCliIn(Folder.Root, "check", "drafts", "drafts/*.docx", "drafts/**");

        error.Split('\n').Count(l => l.Contains("minutes.docx", StringComparison.Ordinal)).ShouldBe(1);
        error.Split('\n').Count(l => l.Contains("~$b.docx", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void A_document_named_on_its_own_that_holds_no_plan_is_still_reported()
    {
        MixedFolder();
        var (exit, output, _) = TestPlans.RunCliIn(Folder.Root, "check", "drafts/minutes.docx");
        exit.ShouldBe(1);
        output.ShouldContain("drafts/minutes.docx: error PL0001: The Word document has no plan table");
    }

    [Fact]
    public void A_lock_file_or_LFS_pointer_named_on_its_own_is_skipped_not_an_error()
    {
        MixedFolder();
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", "drafts/big.docx", "drafts/~$b.docx", "drafts/a.plan.json");
        exit.ShouldBe(1);
        output.ShouldNotContain("PL0001");
        error.ShouldContain("skipped drafts/big.docx: stored in Git LFS, not checked out");
        error.ShouldContain("skipped drafts/~$b.docx: Word's lock file");
    }

    [Fact]
    public void Baseline_reads_a_folder_the_same_way()
    {
        MixedFolder();
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "baseline", "drafts", "-o", "planlint.baseline.json");
        exit.ShouldBe(0, error);
        output.ShouldContain("from 3 files");
        error.ShouldContain("skipped drafts/minutes.docx: a Word document with no plan table.");
        File.ReadAllText(Folder.Path("planlint.baseline.json")).ShouldContain("b.docx");
    }

    [Fact]
    public void Exclude_and_include_in_planlint_json_narrow_folders_and_named_files()
    {
        MixedFolder();
        Folder.Write("planlint.json", """{ "root": true, "exclude": ["*.txt"], "include": "drafts/**" }""");
        Folder.Write("other/x.plan.json", TestPlans.OneConcern(("A.", null, "March 2025")));

        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", "drafts", "other", "drafts/c.txt", "--no-color");

        exit.ShouldBe(1);
        output.ShouldContain("Checked 2 files");
        output.ShouldNotContain("c.txt");
        output.ShouldNotContain("other/");
        error.ShouldContain("planlint: skipped drafts/c.txt: excluded by \"exclude\" in planlint.json(1,28).");
        error.ShouldNotContain("readme.txt");
    }

    [Fact]
    public void Exclude_and_include_on_the_command_line()
    {
        MixedFolder();
        var (_, output, _) = TestPlans.RunCliIn(Folder.Root, "check", "drafts", "--exclude", "*.docx", "--exclude", "**/c.txt", "--no-color");
        output.ShouldContain("Checked 1 file");

        (_, output, _) = TestPlans.RunCliIn(Folder.Root, "check", "drafts", "--include", "**/*.txt", "--no-color");
        output.ShouldContain("drafts/c.txt(");
        output.ShouldContain("Checked 1 file");
    }

    [Fact]
    public void A_missing_path_and_a_folder_with_no_plans_are_misuse_that_says_which()
    {
        Folder.Write("empty/notes.md", "nothing");
        string sarif = Folder.Write("k.sarif", "previous");

        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", "nosuchdir/", "empty", "--sarif", "k.sarif");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe(
            "planlint: 'nosuchdir/' does not exist.\n"
            + "planlint: the folder 'empty' holds no plan files (*.plan.json, *.plan.yaml, *.plan.yml, *.docx, *.pdf, *.txt).\n");
        File.ReadAllText(sarif).ShouldBe("previous");

        (exit, _, error) = TestPlans.RunCliIn(Folder.Root, "baseline", "empty");
        exit.ShouldBe(2);
        error.ShouldContain("holds no plan files");
    }

    [Fact]
    public void A_hook_handed_only_excluded_files_passes()
    {
        MixedFolder();
        Folder.Write("planlint.json", """{ "root": true, "exclude": "drafts/a.plan.json" }""");
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", "drafts/a.plan.json");
        exit.ShouldBe(0);
        output.ShouldBeEmpty();
        error.ShouldBe("planlint: skipped drafts/a.plan.json: excluded by \"exclude\" in planlint.json(1,28).\nplanlint: nothing to lint: every file given was left out.\n");
    }

    [Fact]
    public void A_folder_of_only_files_that_are_not_plans_lints_nothing_and_passes()
    {
        WriteBytes("drafts/minutes.docx", WordPlanBuilder.Memo("Minutes"));
        Folder.Write("planlint.json", """{ "root": true }""");
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", "drafts", "--no-color");
        exit.ShouldBe(0);
        error.ShouldContain("skipped drafts/minutes.docx");
        output.ShouldContain("Checked 0 files");
    }
}
