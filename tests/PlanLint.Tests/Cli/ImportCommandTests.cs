using PlanLint.IO;
using PlanLint.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>Runs <c>planlint import</c> in-process on real files.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-import-").FullName;
    private readonly string example = Repo.Path("examples", "long-lartin-2025.plan.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string InFolder(string name) => Path.Combine(folder, name);

    [Theory]
    [InlineData("plan.yaml")]
    [InlineData("plan.yml")]
    [InlineData("plan.json")]
    public void Import_writes_a_canonical_file_that_reads_back_to_the_same_plan(string name)
    {
        string target = InFolder(name);
        var (exit, output, error) = TestPlans.RunCli("import", example, "-o", target);

        exit.ShouldBe(0, error);
        // The example was imported from a published plan's text: it keeps one reading note, which import prints again.
        error.Trim().ShouldBe($"{example}(202,9): warning PL0002: Row at line 33 of recommendation 2 has 8 actions but 5 owners and 5 target dates; actions 2, 4–8 were left without an owner and actions 2–8 without a target date rather than guessed, as nothing in the row shows which goes with which");
        var original = PlanReaders.Default.ReadFile(example).Plan!;
        output.Split('\n')[0].TrimEnd().ShouldBe($"Wrote {target}: {original.Concerns.Count} concerns, {original.Concerns.Sum(c => c.Actions.Count)} actions.");
        var written = PlanReaders.Default.ReadFile(target);
        written.Diagnostics.ShouldBeEmpty();
        PlanDiffer.ShouldEqual(written.Plan!, original);
        Directory.GetFiles(folder).ShouldBe([target]);
    }

    [Fact]
    public void Import_counts_one_concern_and_one_action_in_the_singular()
    {
        string source = InFolder("one.plan.json");
        File.WriteAllText(source, TestPlans.OneConcern(("The Head of Safety will publish the strategy.", "Head of Safety", "March 2025")));
        string target = InFolder("one.plan.yaml");

        var (exit, output, error) = TestPlans.RunCli("import", source, "-o", target);

        exit.ShouldBe(0, error);
        output.Split('\n')[0].TrimEnd().ShouldBe($"Wrote {target}: 1 concern, 1 action.");
    }

    [Fact]
    public void Check_gives_the_same_findings_on_the_imported_yaml_as_on_the_json()
    {
        string target = InFolder("plan.yaml");
        TestPlans.RunCli("import", example, "-o", target).Exit.ShouldBe(0);
        static IEnumerable<string> Findings(string output) =>
            output.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).Select(l => l[l.IndexOf("): ", StringComparison.Ordinal)..]);
        var json = TestPlans.RunCli("check", example, "--no-color");
        var yaml = TestPlans.RunCli("check", target, "--no-color");
        Findings(yaml.Output).ShouldBe(Findings(json.Output));
        yaml.Exit.ShouldBe(json.Exit);
    }

    [Fact]
    public void A_failed_import_leaves_an_existing_target_untouched_and_no_temp_file()
    {
        string broken = InFolder("broken.plan.json");
        File.WriteAllText(broken, "{\n  \"establishment\": \"HMP X\",\n  \"concerns\": [\n");
        string target = InFolder("plan.yaml");
        File.WriteAllText(target, "previous content\n");

        var (exit, output, error) = TestPlans.RunCli("import", broken, "-o", target);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldStartWith($"{broken}(4,1): error PL0001: The file is not valid JSON:");
        error.Trim().Split('\n').Length.ShouldBe(1);
        File.ReadAllText(target).ShouldBe("previous content\n");
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).ShouldBe([broken, target]);
    }

    [Fact]
    public void A_writer_that_fails_midway_leaves_the_old_file_and_removes_its_temp_file()
    {
        string target = InFolder("plan.json");
        File.WriteAllText(target, "old");
        Should.Throw<IOException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("half a plan"u8);
            throw new IOException("disk full");
        }));
        File.ReadAllText(target).ShouldBe("old");
        Directory.GetFiles(folder).ShouldBe([target]);
    }

    [Fact]
    public void Import_refuses_to_overwrite_its_input()
    {
        string input = InFolder("plan.json");
        File.Copy(example, input);
        string before = File.ReadAllText(input);
        var (exit, _, error) = TestPlans.RunCli("import", input, "-o", Path.Combine(folder, ".", "plan.json"));
        exit.ShouldBe(2);
        error.ShouldContain("refusing to write over the input file");
        File.ReadAllText(input).ShouldBe(before);
    }

    [Fact]
    public void Import_refuses_to_overwrite_its_input_through_a_symbolic_link()
    {
        string input = InFolder("plan.json");
        File.Copy(example, input);
        string link = InFolder("link.json");
        File.CreateSymbolicLink(link, input);
        var (exit, _, error) = TestPlans.RunCli("import", input, "-o", link);
        exit.ShouldBe(2);
        error.ShouldContain("refusing to write over the input file");
    }

    [Fact]
    public void An_output_name_without_a_known_extension_is_a_usage_error()
    {
        var (exit, _, error) = TestPlans.RunCli("import", example, "-o", InFolder("plan.txt"));
        exit.ShouldBe(2);
        error.ShouldContain("the output name must end in .json, .yaml, .yml");
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_is_reported_without_a_stack_trace()
    {
        var (exit, _, error) = TestPlans.RunCli("import", example, "-o", Path.Combine(folder, "missing", "plan.json"));
        exit.ShouldBe(2, "checked before the plan is read: misuse");
        error.ShouldStartWith("planlint: cannot write to");
        error.ShouldContain("does not exist");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void The_output_option_is_required()
    {
        var (exit, _, error) = TestPlans.RunCli("import", example);
        exit.ShouldBe(2);
        error.ShouldContain("--output");
    }
}
