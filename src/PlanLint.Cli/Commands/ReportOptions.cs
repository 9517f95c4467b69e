using System.CommandLine;
using PlanLint.Formatters;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

/// <summary>
/// <c>check</c>'s output options: --format (repeatable), --output, --sarif, --html, --markdown, --repo-root,
/// --redact-plan-text and --console-view.
/// </summary>
internal sealed class ReportOptions
{
    private readonly Option<string[]> formats = new("--format", "-f")
    {
        Description = "Output format: console (the default), sarif, json, html or markdown. Repeat it for several, e.g. --format console --format sarif --output planlint.sarif.",
        HelpName = "FORMAT",
        CustomParser = result => CliValues.ManyOf(result, "--format", OutputFormats.Names),
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the one sarif, json, html or markdown format to this file instead of standard output (written atomically).",
        HelpName = "FILE",
    };

    private readonly Option<string?> sarif = new("--sarif")
    {
        Description = "Also write a SARIF 2.1.0 log to this file, beside the console output.",
        HelpName = "FILE",
    };

    private readonly Option<string?> html = new("--html")
    {
        Description = "Also write the reviewer's report, one self-contained HTML page for every plan checked, to this file.",
        HelpName = "FILE",
    };

    private readonly Option<string?> markdown = new("--markdown")
    {
        Description = "Also write the report as GitHub-flavoured Markdown (for a pull-request comment or $GITHUB_STEP_SUMMARY) to this file.",
        HelpName = "FILE",
    };

    private readonly Option<bool> redactPlanText = new("--redact-plan-text")
    {
        Description = "Leave the plan's own words out of SARIF, JSON and Markdown (ids, places and the rest of each message stay); also \"redactPlanText\": true in planlint.json.",
    };

    private readonly Option<string?> consoleView = new("--console-view")
    {
        Description = "How the console shows findings: canonical (one 'file(line,col): severity ID: message' line each, the default when output is not a terminal) or grouped (by recommendation and action, the default on a terminal).",
        HelpName = "canonical|grouped",
        CustomParser = result => CliValues.OneOf(result, "--console-view", ["canonical", "grouped"]),
    };

    private readonly Option<string?> repoRoot = new("--repo-root")
    {
        Description = "The folder file paths in SARIF and JSON are relative to (default: the current folder; use the repository root).",
        HelpName = "DIR",
    };

    public static ReportOptions AddTo(Command command)
    {
        var options = new ReportOptions();
        command.Options.Add(options.formats);
        command.Options.Add(options.output);
        command.Options.Add(options.sarif);
        command.Options.Add(options.html);
        command.Options.Add(options.markdown);
        command.Options.Add(options.redactPlanText);
        command.Options.Add(options.consoleView);
        command.Options.Add(options.repoRoot);
        return options;
    }

    /// <summary>
    /// The --format values as formats: an array filled in a loop, since a List of an enum, or LINQ producing one, is a
    /// framework generic over a value type, which the ReadyToRun build JIT-compiles at every start.
    /// </summary>
    private static OutputFormat[] Parsed(string[]? names)
    {
        if (names is null) return [];
        var parsed = new OutputFormat[names.Length];
        for (int i = 0; i < parsed.Length; i++) parsed[i] = OutputFormats.Parse(names[i]);
        return parsed;
    }

    /// <param name="terminal">Whether standard output is a terminal: the console view's default.</param>
    public CheckOptions Apply(ParseResult parse, CheckOptions options, bool terminal) => options with
    {
        Formats = Parsed(parse.GetValue(formats)),
        OutputPath = parse.GetValue(output),
        SarifPath = parse.GetValue(sarif),
        HtmlPath = parse.GetValue(html),
        MarkdownPath = parse.GetValue(markdown),
        RedactPlanText = parse.GetValue(redactPlanText),
        ConsoleView = parse.GetValue(consoleView) switch
        {
            "grouped" => ConsoleView.Grouped,
            "canonical" => ConsoleView.Canonical,
            _ => terminal ? ConsoleView.Grouped : ConsoleView.Canonical,
        },
        RepoRoot = parse.GetValue(repoRoot),
        Arguments = [.. parse.Tokens.Select(t => t.Value)],
    };
}
