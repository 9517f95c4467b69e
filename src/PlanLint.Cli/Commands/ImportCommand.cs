using System.CommandLine;
using PlanLint.Linting;
using PlanLint.Readers;

namespace PlanLint.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("file")
        {
            Description = "The plan to convert: Word (.docx), PDF (.pdf), published text (.txt), YAML or JSON.",
        };
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "The canonical file to write: plan.json or plan.yaml (written atomically; never the input).",
            Required = true,
            HelpName = "FILE",
        };
        var schema = new Option<string?>("--schema")
        {
            Description = "The schema the written file names (\"$schema\" or the YAML language-server comment): a path relative to the written file, or a URL. "
                + "By default the nearest schema/action-plan.schema.json above the written file, which is written beside it when there is none.",
            HelpName = "PATH|URL",
        };

        var command = new Command("import", "Convert a plan to canonical JSON or YAML, e.g. to keep a Word draft in git.") { file, outputFile, schema };
        command.SetAction(parse =>
        {
            var options = new ImportOptions
            {
                Input = parse.GetValue(file)!,
                Output = parse.GetValue(outputFile)!,
                WorkingDirectory = cli.WorkingDirectory,
                SchemaUri = parse.GetValue(schema),
            };
            return new ImportRunner(PlanReaders.Default).Run(options, cli.Output, cli.Error);
        });
        return command;
    }
}
