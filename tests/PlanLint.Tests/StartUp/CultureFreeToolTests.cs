using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.StartUp;

/// <summary>
/// Issue 18: the tool runs without ICU (PlanLint.Cli.csproj, "Globalization"), which was a fifth of a native check's
/// start-up, and loses nothing by it: a planlint process in a Turkish locale, checking a JSON plan whose target dates
/// only the date recogniser reads (it asks for the "en-us" culture by name), a Word draft and a published text, maps no
/// ICU library (on Linux, where the process's maps show it) and says exactly what the same command says run in this test process, which has ICU.
/// </summary>
public sealed class CultureFreeToolTests : TempFolderTest
{
    [Fact]
    public void The_tool_loads_no_ICU_and_says_what_a_run_with_ICU_says()
    {
        Folder.Write("dates.plan.json", PlanWithRecognisedDates());
        File.Copy(Repo.Path("tests", "PlanLint.Tests", "Fixtures", "word", "long-lartin-2025.example.libreoffice.docx"), Folder.Path("draft.docx"));
        File.Copy(Repo.Path("tests", "PlanLint.Tests", "Fixtures", "corpus", "elmley-2022.txt"), Folder.Path("elmley-2022.txt"));
        string[] arguments = ["check", "dates.plan.json", "draft.docx", "elmley-2022.txt", "--console-view", "canonical"];
        string libraries = Folder.Path("mapped-libraries.txt");

        var tool = CliProcess.Run(Folder.Root, new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            [StartupHook.LibrariesVariable] = libraries,
            ["LANG"] = "tr_TR.UTF-8",
            ["LC_ALL"] = "tr_TR.UTF-8",
        }, arguments);
        var withIcu = TestPlans.RunCliIn(Folder.Root, arguments);

        if (OperatingSystem.IsLinux())
        {
            File.Exists(libraries).ShouldBeTrue($"the startup hook wrote nothing: {tool.Error}");
            File.ReadAllLines(libraries).ShouldNotContain(l => l.Contains("libicu", StringComparison.Ordinal));
        }

        tool.Output.ShouldNotContain("PL9999");
        tool.Output.ShouldContain("'within 6 weeks' there");
        (tool.ExitCode, tool.Output.ReplaceLineEndings("\n"), tool.Error.ReplaceLineEndings("\n"))
            .ShouldBe((withIcu.Exit, withIcu.Output, withIcu.Error));
    }

    /// <summary>The example plan with the first of four of its target dates changed to one that only the date recogniser reads.</summary>
    private static string PlanWithRecognisedDates()
    {
        var plan = JsonNode.Parse(File.ReadAllText(Repo.Path("examples", "long-lartin-2025.plan.json"))) ?? throw new InvalidDataException("empty example");
        var replacements = new Dictionary<string, string>
        {
            ["March 2025"] = "within 6 weeks",
            ["April 2025"] = "by the end of next quarter",
            ["June 2025"] = "fortnightly until March",
            ["February 2025"] = "04/06/2025",
        };
        foreach (var action in plan["concerns"]?.AsArray().SelectMany(c => c?["actions"]?.AsArray() ?? []) ?? [])
        {
            if (action?["targetDate"] is JsonValue date && replacements.Remove(date.GetValue<string>(), out string? recognised))
                action["targetDate"] = recognised;
        }

        replacements.ShouldBeEmpty();
        return plan.ToJsonString();
    }
}
