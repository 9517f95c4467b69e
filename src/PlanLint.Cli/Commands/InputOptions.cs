using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

/// <summary>--include and --exclude: which files a folder or glob on the command line brings in.</summary>
internal sealed class InputOptions
{
    private readonly Option<string[]> include = new("--include")
    {
        Description = "Only files matching this glob, relative to the current folder (repeatable), e.g. --include 'plans/2025/**'. Adds to \"include\" in planlint.json.",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> exclude = new("--exclude")
    {
        Description = "Leave out files matching this glob (repeatable), e.g. --exclude '**/archive/**'. Adds to \"exclude\" in planlint.json.",
        HelpName = "GLOB",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(include);
        command.Options.Add(exclude);
    }

    public InputSelection Read(ParseResult parse) => new()
    {
        Include = parse.GetValue(include) ?? [],
        Exclude = parse.GetValue(exclude) ?? [],
    };
}
