using System.Text.Json.Nodes;
using PlanLint.Formatters;
using PlanLint.Linting;

namespace PlanLint.Tests.Support;

/// <summary>Reports of real files for the reviewer's report tests: linted as <c>planlint check</c> does, with the plans kept.</summary>
public static class ReviewReports
{
    public static readonly string[] CorpusPlans = ["long-lartin-2025", "littlehey-2024", "leicester-2023", "whitemoor-2023", "elmley-2022"];

    public static string CorpusText(string name) => Repo.Fixture("corpus", name + ".txt");

    /// <summary>A corpus plan's text copied into <paramref name="folder"/>, so reports show it by a short relative path.</summary>
    public static string CopyCorpus(TempFolder folder, string name)
    {
        string path = folder.Path(name + ".txt");
        if (!File.Exists(path)) File.Copy(CorpusText(name), path);
        return path;
    }

    /// <summary>Lints files (full paths) into a report with paths relative to <paramref name="root"/>.</summary>
    public static LintReport Lint(IReadOnlyList<string> files, string root, bool redact = false)
    {
        var linter = PlanLinter.CreateDefault();
        var results = linter.LintFiles(files, TestPlans.SingleThreaded with { KeepPlans = true });
        return LintReports.Create(results, linter.Engine.Descriptors, Analysis.AnalysisOptions.Default, root) with
        {
            StartTimeUtc = TestReportFolder.Start,
            EndTimeUtc = TestReportFolder.End,
            RedactPlanText = redact,
        };
    }

    /// <summary>
    /// A plan whose every text field tries to break out of where it is shown: script elements, attribute break-outs,
    /// javascript: links, Markdown table pipes, mentions and issue references, bidirectional overrides and control characters.
    /// Each attempt at running script would set <c>window.__pwned</c>.
    /// </summary>
    /// <summary>The first action's text: what the Markdown report quotes of it must stay text.</summary>
    public const string HostileActionText =
        "@everyone | #123 GH-45 <b>bold</b> [a link](javascript:window.__pwned=6) <a href=\"javascript:window.__pwned=7\">click</a> @org/team ``code`` *em* <!-- comment --> &amp; $x$ | We will explore";

    public static string HostilePlan() => TestPlans.Json(new JsonObject
    {
        ["establishment"] = "HMP <script>window.__pwned = 1</script>Hostile",
        ["submitted"] = "2025-01-29",
        ["inspection"] = new JsonObject { ["start"] = "2024-09-30", ["end"] = "2024-10-10" },
        ["format"] = "recommendations",
        ["concerns"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "1\"><img src=x onerror=\"window.__pwned=2\">",
                ["section"] = "</h4><svg onload=window.__pwned=3>",
                ["text"] = "Concern </blockquote><script>window.__pwned=4</script> with \u202Egnp.exe\u202C and a bell \u0007 and \u001b[31mred",
                ["agreement"] = "Partly Agreed",
                ["reason"] = "' onmouseover='window.__pwned=5' x='",
                ["actions"] = new JsonArray(
                    new JsonObject
                    {
                        ["text"] = HostileActionText,
                        ["owner"] = "'\"><style>body{display:none}</style>",
                        ["targetDate"] = "Ongoing</style><script>window.__pwned=8</script>",
                    },
                    new JsonObject
                    {
                        ["text"] = "Line one\nLine two with \u2066isolate\u2069 and zero\u200Bwidth | | |",
                        ["targetDate"] = "March 2025",
                    }),
                ["suppress"] = new JsonArray(new JsonObject
                {
                    ["rule"] = "PL3002",
                    ["justification"] = "<iframe src=\"javascript:window.__pwned=9\"></iframe> @someone",
                }),
            }),
    });
}
