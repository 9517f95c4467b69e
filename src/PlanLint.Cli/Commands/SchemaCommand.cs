using System.CommandLine;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create(CliContext cli)
    {
        var names = Schemas.All.Select(s => s.Name).ToList();
        var name = new Argument<string>("name")
        {
            Description = $"Which schema: {Words.Or(names)}.",
            CustomParser = result => CliValues.OneOf(result, "'planlint schema'", names) ?? "",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the schema to this file (atomically) instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("schema", "Print one of the JSON schemas PlanLint carries (plans, planlint.json, suppression side files, baselines, rule packs, phrase lists), for editors and offline use.") { name, output };
        command.SetAction(parse => new SchemaRunner().Run(parse.GetValue(name)!, parse.GetValue(output), cli.WorkingDirectory, cli.Output, cli.Error));
        return command;
    }
}
