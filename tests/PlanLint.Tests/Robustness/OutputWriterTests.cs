using System.Text.Json.Nodes;
using PlanLint.IO;
using PlanLint.Suppressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Issue 21: one output writer for every command. Regular files are replaced atomically and never over an input,
/// however the input is named (symbolic link, hard link); standard output and special files are written in place and
/// never replaced, also as root; a failed run writes nothing; concurrent suppressions keep every entry.
/// </summary>
public sealed class OutputWriterTests : TempFolderTest
{
    private const string Previous = "previous content, must survive\n";

    private string Plan(string name = "real.plan.json") =>
        Folder.Write(name, TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025")));

    private static void Link(string link, string target) => File.CreateSymbolicLink(link, target);

    [UnixFact]
    public void A_report_named_as_the_plan_through_a_symbolic_link_is_refused_and_the_plan_kept()
    {
        string plan = Plan();
        string before = File.ReadAllText(plan);
        string alias = Folder.Path("alias.plan.json");
        Link(alias, plan);

        var (exit, output, error) = TestPlans.RunCli("check", alias, "--format", "sarif", "--output", plan);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("would overwrite the plan");
        File.ReadAllText(plan).ShouldBe(before);
    }

    [UnixFact]
    public void A_report_named_as_a_hard_link_to_the_plan_is_refused()
    {
        string plan = Plan();
        string before = File.ReadAllText(plan);
        string hard = Folder.Path("hard.plan.json");
        SpecialFiles.HardLink(hard, plan);

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--sarif", hard);

        exit.ShouldBe(2);
        error.ShouldContain("would overwrite");
        File.ReadAllText(plan).ShouldBe(before);
        File.ReadAllText(hard).ShouldBe(before);
    }

    [Fact]
    public void A_report_over_a_file_the_run_read_is_refused_at_the_end_nothing_written()
    {
        // planlint.json is found, not named: only the ledger of what the run read knows it is an input.
        string plan = Plan();
        string config = Folder.Write("planlint.json", """{ "rules": { "PL2007": "warning" } }""");
        string before = File.ReadAllText(config);
        string other = Folder.Write("other.sarif", Previous);

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--sarif", config, "--format", "json", "-o", other);

        exit.ShouldBe(2);
        error.ShouldContain("it is the input");
        File.ReadAllText(config).ShouldBe(before);
        File.ReadAllText(other).ShouldBe(Previous, "all outputs or none");
    }

    [UnixFact]
    public void A_report_through_a_symbolic_link_replaces_the_file_it_leads_to_and_keeps_the_link()
    {
        string plan = Plan();
        string target = Folder.Write("reports/real.sarif", Previous);
        string link = Folder.Path("latest.sarif");
        Link(link, target);

        TestPlans.RunCli("check", plan, "--sarif", link).Exit.ShouldBe(1);

        new FileInfo(link).LinkTarget.ShouldBe(target);
        SarifValidator.AssertValid(File.ReadAllText(target));
    }

    [UnixFact]
    public void A_replaced_report_keeps_its_permissions()
    {
        string plan = Plan();
        string report = Folder.Write("private.sarif", Previous);
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        TestPlans.RunCli("check", plan, "--sarif", report).Exit.ShouldBe(1);

        File.GetUnixFileMode(report).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(report).ShouldContain("\"version\": \"2.1.0\"");
    }

    [DeviceFact]
    public void A_report_to_a_device_is_written_to_it_and_the_device_stays_a_device_even_for_root()
    {
        // The defect: as root, --output /dev/null replaced the device with a regular file for the whole machine.
        string plan = Plan();
        string device = SpecialFiles.MakeNullDevice(Folder.Path("null"));

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--format", "sarif", "--output", device);

        exit.ShouldBe(1, error);
        output.ShouldBeEmpty();
        SpecialFiles.KindOf(device).ShouldBe("character special file");
        Directory.GetFiles(Folder.Root, "*.tmp").ShouldBeEmpty();
    }

    [DeviceFact]
    public void A_symbolic_link_to_a_device_is_written_through_and_both_are_kept()
    {
        string plan = Plan();
        string device = SpecialFiles.MakeNullDevice(Folder.Path("null"));
        string link = Folder.Path("report.sarif");
        Link(link, device);

        TestPlans.RunCli("check", plan, "--sarif", link).Exit.ShouldBe(1);

        SpecialFiles.KindOf(link).ShouldBe("symbolic link");
        SpecialFiles.KindOf(device).ShouldBe("character special file");
    }

    [UnixFact]
    public void A_report_to_a_named_pipe_is_streamed_into_it_and_the_pipe_stays_a_pipe()
    {
        string plan = Plan();
        string fifo = SpecialFiles.MakeFifo(Folder.Path("report.fifo"));
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--format", "sarif", "--output", fifo);

        exit.ShouldBe(1, error);
        reader.Wait(TimeSpan.FromMinutes(1)).ShouldBeTrue("the reader of the pipe got its end of file");
        SarifValidator.AssertValid(reader.Result);
        SpecialFiles.KindOf(fifo).ShouldBe("fifo");
    }

    [UnixFact]
    public void A_report_to_dev_stdout_or_dash_goes_to_standard_output()
    {
        string plan = Plan();
        foreach (string name in new[] { "/dev/stdout", "/proc/self/fd/1", "-" })
        {
            if (name.StartsWith("/proc", StringComparison.Ordinal) && !OperatingSystem.IsLinux()) continue;
            var run = CliProcess.Run(Folder.Root, "check", plan, "--format", "sarif", "--output", name);

            run.ExitCode.ShouldBe(1, $"{name}: {run.Error}");
            SarifValidator.AssertValid(run.Output);
        }
    }

    [UnixFact]
    public void Standard_output_counts_once_however_it_is_named()
    {
        string plan = Plan();

        var run = CliProcess.Run(Folder.Root, "check", plan, "--sarif", "/dev/stdout");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("only one format can go to standard output");
    }

    [Fact]
    public void A_failed_run_leaves_every_output_untouched()
    {
        string plan = Plan();
        string sarif = Folder.Write("k.sarif", Previous);
        string json = Folder.Write("k.json", Previous);

        var (exit, output, error) = TestPlans.RunCli("check", plan, Folder.Path("nosuchdir/"), "--sarif", sarif, "--format", "json", "-o", json);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("does not exist");
        File.ReadAllText(sarif).ShouldBe(Previous);
        File.ReadAllText(json).ShouldBe(Previous);
        Directory.GetFiles(Folder.Root, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void A_baseline_can_be_written_to_standard_output_and_says_so_on_standard_error()
    {
        string plan = Plan();

        var (exit, output, error) = TestPlans.RunCli("baseline", plan, "-o", "-");

        exit.ShouldBe(0);
        JsonNode.Parse(output)!["findings"]!.AsArray().Count.ShouldBeGreaterThan(0);
        error.ShouldContain("Wrote ");
    }

    [Fact]
    public void A_baseline_is_never_written_over_a_plan()
    {
        string plan = Plan();
        string before = File.ReadAllText(plan);

        var (exit, _, error) = TestPlans.RunCli("baseline", plan, "-o", plan);

        exit.ShouldBe(2);
        error.ShouldContain("it is the plan");
        File.ReadAllText(plan).ShouldBe(before);
    }

    [DeviceFact]
    public void Schema_written_to_a_device_leaves_the_device_a_device()
    {
        string device = SpecialFiles.MakeNullDevice(Folder.Path("null"));

        var (exit, _, error) = TestPlans.RunCli("schema", "plan", "-o", device);

        exit.ShouldBe(0, error);
        SpecialFiles.KindOf(device).ShouldBe("character special file");
    }

    [Fact]
    public void Schema_written_to_dash_goes_to_standard_output()
    {
        var (exit, output, _) = TestPlans.RunCli("schema", "plan", "-o", "-");

        exit.ShouldBe(0);
        JsonNode.Parse(output)!["$id"]!.GetValue<string>().ShouldEndWith("action-plan.schema.json");
    }

    [UnixFact]
    public void Init_writes_through_a_symbolic_link_and_keeps_it()
    {
        string real = Folder.Write("shared/planlint.json", Previous);
        Link(Folder.Path("planlint.json"), real);

        TestPlans.RunCli("init", "--force", "-C", Folder.Root).Exit.ShouldBe(0);

        SpecialFiles.KindOf(Folder.Path("planlint.json")).ShouldBe("symbolic link");
        File.ReadAllText(real).ShouldContain("\"extends\": \"recommended\"");
    }

    [Fact]
    public void Eight_concurrent_suppress_runs_keep_all_eight_entries()
    {
        string plan = Folder.Write("plan.plan.json", TestPlans.Concerns(
            [.. Enumerable.Range(1, 8).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), new (string, string?, string?)[] { ("Recovery focused keywork will be implemented.", null, "March 2025") }))]));

        var runs = Enumerable.Range(1, 8)
            .Select(i => CliProcess.Start(Folder.Root, "suppress", plan, "--rule", "PL1001", "--recommendation", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "--justification", $"Owner {i} agreed at the board."))
            .ToList();
        foreach (var run in runs)
        {
            run.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue();
            run.ExitCode.ShouldBe(0, run.StandardError.ReadToEnd());
            run.Dispose();
        }

        var side = SuppressionSideFile.LoadFor(plan);
        side.Problems.ShouldBeEmpty();
        side.Suppressions.Select(s => s.RecId).Order(StringComparer.Ordinal).ShouldBe(["1", "2", "3", "4", "5", "6", "7", "8"]);
        Directory.GetFiles(Folder.Root, ".*.lock").ShouldBeEmpty("the lock file is removed");
    }

    [Fact]
    public void Concurrent_updates_in_one_process_are_serialised_too()
    {
        string file = Folder.Path("counter.json");
        Parallel.For(0, 16, _ =>
        {
            LockedFile.TryUpdate(file, "counter", 1024, current =>
            {
                int value = current is { } bytes ? int.Parse(System.Text.Encoding.UTF8.GetString(bytes.Span), System.Globalization.CultureInfo.InvariantCulture) : 0;
                return FileUpdate.Write(System.Text.Encoding.UTF8.GetBytes((value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }, out var problem).ShouldBeTrue(problem);
        });

        File.ReadAllText(file).ShouldBe("16");
    }

    [Fact]
    public void Suppress_never_echoes_an_escape_sequence_from_its_arguments()
    {
        string plan = Plan();
        string[][] runs =
        [
            ["suppress", plan, "--rule", "\u001b[2J\u001b[31mPL1001", "--justification", "x"],
            ["suppress", plan, "--rule", "PL1001", "--recommendation", "\u001b]0;pwned\u0007", "--justification", "x"],
            ["suppress", plan, "--rule", "PL1001", "--recommendation", "1", "--action", "9", "--justification", "x"],
        ];
        foreach (var args in runs)
        {
            var (exit, output, error) = TestPlans.RunCli(args);
            exit.ShouldBe(2);
            (output + error).ShouldNotContain("\u001b");
            (output + error).ShouldNotContain("\u0007");
        }
    }

    [Fact]
    public void A_recommendation_number_with_an_escape_sequence_is_escaped_in_what_suppress_prints()
    {
        string plan = Folder.Write("plan.plan.json", TestPlans.Concerns(("7\u001b[31m", [("Recovery focused keywork will be implemented.", null, "March 2025")])));

        var (exit, output, error) = TestPlans.RunCli("suppress", plan, "--rule", "PL1001", "--recommendation", "7\u001b[31m", "--justification", "Agreed.");

        exit.ShouldBe(0, error);
        output.ShouldContain("recommendation 7\\u001b[31m");
        output.ShouldNotContain("\u001b");
    }

    [UnixFact]
    public void Import_refuses_its_input_as_output_through_a_hard_link()
    {
        string plan = Plan("plan.plan.json");
        string hard = Folder.Path("copy.plan.json");
        SpecialFiles.HardLink(hard, plan);
        string before = File.ReadAllText(plan);

        var (exit, _, error) = TestPlans.RunCli("import", plan, "-o", hard);

        exit.ShouldBe(2);
        error.ShouldContain("refusing to write over the input");
        File.ReadAllText(plan).ShouldBe(before);
    }

    [Fact]
    public void The_writer_reports_a_target_that_became_a_folder_and_writes_nothing_else()
    {
        string first = Folder.Write("a.out", Previous);
        string second = Folder.Path("b.out");
        OutputTarget.TryResolve(first, Folder.Root, out var a, out _).ShouldBeTrue();
        OutputTarget.TryResolve(second, Folder.Root, out var b, out _).ShouldBeTrue();
        Directory.CreateDirectory(second);
        var error = new StringWriter();

        new OutputWriter(TextWriter.Null, error).AddText(a!, "first", "new").AddText(b!, "second", "new").Commit().ShouldBeFalse();

        File.ReadAllText(first).ShouldBe(Previous, "all files or none");
        error.ToString().ShouldStartWith("planlint: could not write the second");
        Directory.GetFiles(Folder.Root, "*.tmp").ShouldBeEmpty();
    }
}
