using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

/// <summary><c>check</c>'s output options: --format (repeatable), --output, --sarif and --repo-root.</summary>
internal sealed class ReportOptions
{
    private readonly Option<string[]> formats = new("--format", "-f")
    {
        Description = "Output format: console (the default), sarif or json. Repeat it for several, e.g. --format console --format sarif --output planlint.sarif.",
        HelpName = "FORMAT",
        CustomParser = result => CliValues.ManyOf(result, "--format", OutputFormats.Names),
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the sarif or json format to this file instead of standard output (written atomically).",
        HelpName = "FILE",
    };

    private readonly Option<string?> sarif = new("--sarif")
    {
        Description = "Also write a SARIF 2.1.0 log to this file, beside the console output.",
        HelpName = "FILE",
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
        command.Options.Add(options.repoRoot);
        return options;
    }

    public CheckOptions Apply(ParseResult parse, CheckOptions options) => options with
    {
        Formats = [.. (parse.GetValue(formats) ?? []).Select(OutputFormats.Parse)],
        OutputPath = parse.GetValue(output),
        SarifPath = parse.GetValue(sarif),
        RepoRoot = parse.GetValue(repoRoot),
        Arguments = [.. parse.Tokens.Select(t => t.Value)],
    };
}
