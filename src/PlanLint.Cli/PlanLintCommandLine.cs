using System.CommandLine;
using System.Runtime.CompilerServices;
using PlanLint.Cli.Commands;
using PlanLint.Formatters;
using PlanLint.Linting;

namespace PlanLint.Cli;

/// <summary>
/// Builds the command tree and runs it. Usage errors exit with 2 and say what was meant where they can ("did you mean
/// 'check'?"); a failure inside PlanLint exits with 3 and one line asking for a bug report, never a stack trace.
/// </summary>
public static class PlanLintCommandLine
{
    private sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(PlanLintInfo.Version);
            return ExitCodes.Success;
        }
    }

    public const string IssuesUrl = PlanLintInfo.RepositoryUrl + "/issues";

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Environment.CurrentDirectory);

    /// <summary>Runs with relative paths taken from <paramref name="workingDirectory"/> instead of the process's current folder.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        // The warm-up overlaps JIT compilation with reading the input; a native build compiles nothing, so it would only add work.
        if (args is ["check", ..] && RuntimeFeature.IsDynamicCodeSupported)
            RuleWarmUp.Start();

        var context = new CliContext(output, error, workingDirectory);
        var root = new RootCommand(
            "PlanLint checks HMPPS prison action plans: every action SMART, with an accountable owner and a target date.\n"
            + "Exit codes: 0 no errors; 1 errors, more warnings than --max-warnings, or a file that could not be read; 2 misuse or a broken configuration; 3 a bug in PlanLint.")
        {
            CheckCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
            BaselineCommand.Create(context),
            ConfigCommand.Create(context),
            SuppressCommand.Create(context),
            InitCommand.Create(context),
            ImportCommand.Create(context),
            AnnotateCommand.Create(context),
            RenderCommand.Create(context),
            SchemaCommand.Create(context),
        };

        // The version of PlanLint, not of whatever program hosts it (System.CommandLine asks the entry assembly).
        foreach (var option in root.Options.OfType<VersionOption>())
            option.Action = new PrintVersion();

        try
        {
            var parse = root.Parse(args);
            var problems = UsageErrors.Describe(parse, root);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                    error.WriteLine($"planlint: {TerminalText.Escape(problem)}");
                error.WriteLine($"Run 'planlint {(parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ")}--help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"planlint: internal error, a bug in PlanLint {PlanLintInfo.Version}: {e.GetType().Name}: {TerminalText.Escape(e.Message.ReplaceLineEndings(" "))}");
            error.WriteLine($"Please report it at {IssuesUrl} with the command you ran (exit code {ExitCodes.InternalError}).");
            return ExitCodes.InternalError;
        }
    }
}
