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

    /// <summary>A concern-format plan with one concern of the given wording, holding actions owned by "The Governor" due "March 2025".</summary>
    public static string ConcernWithActions(string concernText, params string[] actions) =>
        Concerns(("1", concernText, actions));

    /// <summary>A concern-format plan with several concerns, each action owned by "The Governor" and due "March 2025".</summary>
    public static string Concerns(params (string Id, string Text, string[] Actions)[] concerns) =>
        Json(new JsonObject
        {
            ["establishment"] = "HMP Test",
            ["submitted"] = "2025-01-29",
            ["format"] = "concerns",
            ["concerns"] = new JsonArray([.. concerns.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["text"] = c.Text,
                ["actions"] = new JsonArray([.. c.Actions.Select(a => (JsonNode)new JsonObject
                {
                    ["text"] = a,
                    ["owner"] = "The Governor",
                    ["targetDate"] = "March 2025",
                })]),
            })]),
        });

    /// <summary>Options that set one option of one rule, as planlint.json would.</summary>
    public static AnalysisOptions RuleOption(string ruleId, string name, string jsonValue) => new()
    {
        RuleOptions = new Dictionary<string, RuleOptions>
        {
            [ruleId] = new(new Dictionary<string, JsonElement> { [name] = JsonDocument.Parse(jsonValue).RootElement.Clone() }),
        },
    };

    /// <summary>
    /// Two recommendations with findings to suppress or baseline. Recommendation 1: action 1 has no owner and
    /// "Ongoing" (PL1001, PL2002); action 2 "Ongoing" (PL2002). Recommendation 2: action 1 "TBC" (PL2002).
    /// </summary>
    public static JsonObject TwoRecommendations() => new()
    {
        ["establishment"] = "HMP Test",
        ["submitted"] = "2025-01-29",
        ["inspection"] = new JsonObject { ["start"] = "2024-09-30", ["end"] = "2024-10-10" },
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

    /// <summary>Runs the command line with relative paths taken from <paramref name="workingDirectory"/>.</summary>
    public static (int Exit, string Output, string Error) RunCliIn(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = PlanLint.Cli.PlanLintCommandLine.Run(args, output, error, workingDirectory);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    public static LintOptions SingleThreaded { get; } = new() { MaxParallelism = 1 };

    /// <summary>A concern-format plan with the given concerns, each with its number and actions.</summary>
    public static string Concerns(params (string Id, (string Text, string? Owner, string? Target)[] Actions)[] concerns) =>
        Json(new JsonObject
        {
            ["establishment"] = "HMP Test",
            ["submitted"] = "2025-01-29",
            ["inspection"] = new JsonObject { ["start"] = "2024-09-30", ["end"] = "2024-10-10" },
            ["format"] = "concerns",
            ["concerns"] = new JsonArray([.. concerns.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["text"] = "Leaders had not done enough to understand the drivers of violence.",
                ["actions"] = Actions(c.Actions),
            })]),
        });

    /// <summary>A recommendation-format plan (submitted 29 June 2022) with the given recommendations.</summary>
    public static string Recommendations(params TestRecommendation[] recommendations) =>
        Json(new JsonObject
        {
            ["establishment"] = "HMP Test",
            ["submitted"] = "2022-06-29",
            ["inspection"] = new JsonObject { ["start"] = "2022-02-28", ["end"] = "2022-03-11" },
            ["format"] = "recommendations",
            ["concerns"] = new JsonArray([.. recommendations.Select(r =>
            {
                var node = new JsonObject
                {
                    ["id"] = r.Id,
                    ["text"] = "Recommendation: Investigations into incidents of violence should be sufficiently thorough. (To the governor)",
                };
                if (r.Agreement is not null) node["agreement"] = r.Agreement;
                if (r.Reason is not null) node["reason"] = r.Reason;
                node["actions"] = Actions(r.Actions);
                return (JsonNode)node;
            })]),
        });

    /// <summary>The same plan with its top-level JSON changed, e.g. a header field removed.</summary>
    public static string Edit(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return Json(node);
    }

    private static JsonArray Actions((string Text, string? Owner, string? Target)[] actions) =>
        new([.. actions.Select(a => (JsonNode)new JsonObject { ["text"] = a.Text, ["owner"] = a.Owner, ["targetDate"] = a.Target })]);
}

/// <summary>A recommendation of an inline recommendation-format plan: its number, agreement status, reason and actions.</summary>
public sealed record TestRecommendation(string Id, string? Agreement, string? Reason, params (string Text, string? Owner, string? Target)[] Actions);
