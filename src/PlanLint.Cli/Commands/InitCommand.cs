using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var plan = new Option<StarterPlanFormat>("--plan")
        {
            Description = "Also write a skeleton plan in this format (json or yaml).",
            DefaultValueFactory = _ => StarterPlanFormat.None,
        };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var directory = new Option<string>("--directory", "-C") { Description = "Where to write (default: the current folder)." };

        var command = new Command("init", "Write a starter planlint.json (and, with --plan, a skeleton plan).") { plan, force, directory };
        command.SetAction(parse => new InitRunner().Run(
            new InitOptions
            {
                Plan = parse.GetValue(plan),
                Force = parse.GetValue(force),
                Directory = Path.GetFullPath(parse.GetValue(directory) ?? Environment.CurrentDirectory),
            },
            output,
            error));
        return command;
    }
}
