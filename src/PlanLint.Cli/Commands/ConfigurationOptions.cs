using System.CommandLine;
using PlanLint.Configuration;

namespace PlanLint.Cli.Commands;

/// <summary>The --config and --rule options every command that lints or lists rules accepts.</summary>
internal sealed class ConfigurationOptions
{
    private readonly Option<string?> config = new("--config")
    {
        Description = "Use this configuration file instead of looking for planlint.json from each plan's folder upwards.",
        HelpName = "FILE",
    };

    private readonly Option<string[]> rule = new("--rule")
    {
        Description = "Set a rule's severity for this run, e.g. --rule PL1002=none (error, warning, note or none; repeatable).",
        HelpName = "ID=SEVERITY",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(config);
        command.Options.Add(rule);
    }

    public ConfigurationRequest Read(ParseResult parse, CliContext cli) => new()
    {
        ConfigFile = parse.GetValue(config),
        RuleOverrides = parse.GetValue(rule) ?? [],
        WorkingDirectory = cli.WorkingDirectory,
    };
}
