using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var plan = new Option<string?>("--plan")
        {
            Description = "Also write a skeleton plan in this format: json or yaml.",
            HelpName = "json|yaml",
            CustomParser = result => CliValues.OneOf(result, "--plan", ["json", "yaml"]),
        };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var directory = new Option<string>("--directory", "-C") { Description = "Where to write (default: the current folder).", HelpName = "DIR" };
        var schema = new Option<string?>("--schema")
        {
            Description = "The URL or folder of the schemas the written files name, instead of the copies written to schema/ beside them.",
            HelpName = "URL|DIR",
        };

        var command = new Command("init", "Write a starter planlint.json (and, with --plan, a skeleton plan), with the schemas they name in schema/ so editors help offline.") { plan, force, directory, schema };
        command.SetAction(parse => new InitRunner().Run(
            new InitOptions
            {
                Plan = parse.GetValue(plan) switch { "json" => StarterPlanFormat.Json, "yaml" => StarterPlanFormat.Yaml, _ => StarterPlanFormat.None },
                Force = parse.GetValue(force),
                Directory = Path.GetFullPath(Path.Combine(cli.WorkingDirectory, parse.GetValue(directory) ?? ".")),
                WorkingDirectory = cli.WorkingDirectory,
                SchemaBase = parse.GetValue(schema),
            },
            cli.Output,
            cli.Error));
        return command;
    }
}
