using System.CommandLine;
using PlanLint.Linting;
using PlanLint.Readers;

namespace PlanLint.Cli.Commands;

internal static class RenderCommand
{
    public static Command Create(CliContext cli)
    {
        var plan = new Argument<string>("plan")
        {
            Description = "The plan to render: YAML, JSON, or any other format PlanLint reads.",
        };
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "The Word document to write, e.g. plan.docx (written atomically; never the input).",
            Required = true,
            HelpName = "FILE",
        };
        var template = new Option<string?>("--template")
        {
            Description = "Your own template (.docx or .dotx): its styles, page setup, headers and footers are used. By default, the built-in HMPPS layout.",
            HelpName = "FILE",
        };

        var command = new Command("render", "Write a plan as a Word document in the HMPPS template layout.") { plan, outputFile, template };
        command.SetAction(parse => new RenderRunner(PlanReaders.Default).Run(
            new RenderOptions
            {
                Input = parse.GetValue(plan)!,
                Output = parse.GetValue(outputFile)!,
                Template = parse.GetValue(template),
                WorkingDirectory = cli.WorkingDirectory,
            },
            cli.Output,
            cli.Error));
        return command;
    }
}
