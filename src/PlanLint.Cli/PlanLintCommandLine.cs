using System.CommandLine;
using System.Runtime.CompilerServices;
using PlanLint.Cli.Commands;
using PlanLint.Linting;

namespace PlanLint.Cli;

/// <summary>Builds the command tree and runs it; usage errors exit with 2, never a stack trace.</summary>
public static class PlanLintCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // The warm-up overlaps JIT compilation with reading the input; a native build compiles nothing, so it would only add work.
        if (args is ["check", ..] && RuntimeFeature.IsDynamicCodeSupported)
            RuleWarmUp.Start();

        var root = new RootCommand("PlanLint checks HMPPS prison action plans: every action SMART, with an accountable owner and a target date.")
        {
            CheckCommand.Create(output, error),
            RulesCommand.Create(output, error),
            BaselineCommand.Create(output, error),
            ConfigCommand.Create(output, error),
            SuppressCommand.Create(output, error),
            InitCommand.Create(output, error),
            ImportCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
                error.WriteLine($"planlint: {e.Message}");
            error.WriteLine("Run 'planlint --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"planlint: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Usage;
        }
    }
}
