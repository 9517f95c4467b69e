using System.CommandLine;
using PlanLint.Linting;
using PlanLint.Readers;

namespace PlanLint.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file")
        {
            Description = "The plan to convert: Word (.docx), published text (.txt), YAML or JSON.",
        };
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "The canonical file to write: plan.json or plan.yaml (written atomically; never the input).",
            Required = true,
        };
        var schema = new Option<string?>("--schema")
        {
            Description = "The schema the written file names (\"$schema\" or the YAML language-server comment), e.g. a relative path to schema/action-plan.schema.json.",
        };

        var command = new Command("import", "Convert a plan to canonical JSON or YAML, e.g. to keep a Word draft in git.") { file, outputFile, schema };
        command.SetAction(parse =>
        {
            var options = new ImportOptions
            {
                Input = parse.GetValue(file)!,
                Output = parse.GetValue(outputFile)!,
                SchemaUri = parse.GetValue(schema),
            };
            return new ImportRunner(PlanReaders.Default).Run(options, output, error);
        });
        return command;
    }
}
