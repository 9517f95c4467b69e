using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Model;
using PlanLint.Readers.Json;
using PlanLint.Rules;

namespace PlanLint.Tests.Support;

/// <summary>Short inline plans for rule tests, read through the real JSON reader so locations are real too.</summary>
public static class TestPlans
{
    /// <summary>A concern-format plan with one concern holding the given actions.</summary>
    public static string OneConcern(params (string Text, string? Owner, string? Target)[] actions) =>
        Json(new JsonObject
        {
            ["establishment"] = "HMP Test",
            ["submitted"] = "2025-01-29",
            ["inspection"] = new JsonObject { ["start"] = "2024-09-30", ["end"] = "2024-10-10" },
            ["format"] = "concerns",
            ["concerns"] = new JsonArray(new JsonObject
            {
                ["id"] = "1",
                ["section"] = "Priority concerns",
                ["text"] = "Leaders had not done enough to understand the drivers of violence.",
                ["actions"] = new JsonArray([.. actions.Select(a => (JsonNode)new JsonObject
                {
                    ["text"] = a.Text,
                    ["owner"] = a.Owner,
                    ["targetDate"] = a.Target,
                })]),
            }),
        });

    /// <summary>
    /// Two recommendations with findings to suppress or baseline. Recommendation 1: action 1 has no owner and
    /// "Ongoing" (PL1001, PL2002); action 2 "Ongoing" (PL2002). Recommendation 2: action 1 "TBC" (PL2002).
    /// </summary>
    public static JsonObject TwoRecommendations() => new()
    {
        ["establishment"] = "HMP Test",
        ["format"] = "concerns",
        ["concerns"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "1",
                ["text"] = "Leaders had not done enough to understand the drivers of violence.",
                ["actions"] = new JsonArray(
                    new JsonObject { ["text"] = "First action.", ["targetDate"] = "Ongoing" },
                    new JsonObject { ["text"] = "Second action.", ["owner"] = "Head of Safety", ["targetDate"] = "Ongoing" }),
            },
            new JsonObject
            {
                ["id"] = "2",
                ["text"] = "Too few prisoners were in work.",
                ["actions"] = new JsonArray(new JsonObject { ["text"] = "Third action.", ["owner"] = "Head of Reducing Reoffending", ["targetDate"] = "TBC" }),
            }),
    };

    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static ActionPlan Read(string json, string path = "test.plan.json")
    {
        var result = new JsonPlanReader().Read(path, System.Text.Encoding.UTF8.GetBytes(json));
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Plan!;
    }

    /// <summary>Runs one analyzer (plus nothing else) over an inline plan.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(PlanAnalyzer analyzer, string json, AnalysisOptions? options = null) =>
        new AnalyzerEngine([analyzer]).Analyze(Read(json), options ?? AnalysisOptions.Default);

    public static IReadOnlyList<Diagnostic> AnalyzeAll(string json, AnalysisOptions? options = null) =>
        new AnalyzerEngine(BuiltInRules.Create()).Analyze(Read(json), options ?? AnalysisOptions.Default);

    public static (int Exit, string Output, string Error) RunCli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = PlanLint.Cli.PlanLintCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static LintOptions SingleThreaded { get; } = new() { MaxParallelism = 1 };
}
