using System.CommandLine;
using System.CommandLine.Parsing;

namespace PlanLint.Cli.Commands;

/// <summary>The plan files, folders or globs a linting command takes.</summary>
internal static class PlanFilesArgument
{
    public static Argument<string[]> Create(string description)
    {
        var files = new Argument<string[]>("files")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(result =>
        {
            // Without this, an unknown option would be taken for a file name.
            var command = (result.Parent as CommandResult)?.Command;
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError(command is null ? $"unknown option '{token.Value}'." : UsageErrors.UnknownOption(token.Value, command));
        });
        return files;
    }
}
