using System.CommandLine;
using PlanLint.Text;

namespace PlanLint.Cli;

/// <summary>System.CommandLine's parse errors as one plain line each, with "did you mean" for misspelt commands and options.</summary>
internal static class UsageErrors
{
    private const string Unrecognized = "Unrecognized command or argument";
    private const string NoCommand = "Required command was not provided.";
    private const string MissingArgument = "Required argument missing for command";

    public static IReadOnlyList<string> Describe(ParseResult parse, RootCommand root)
    {
        var lines = new List<string>();
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.ToList();

        if (command == root && unmatched.Count > 0 && !unmatched[0].StartsWith('-'))
        {
            string token = unmatched[0];
            unmatched.RemoveAt(0);
            var names = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            lines.Add($"'{token}' is not a planlint command{Suggest(token, names, "'planlint {0}'")} Commands: {string.Join(", ", names)}.");
            // The rest were meant for the command that was misspelt.
            unmatched.Clear();
        }

        foreach (var token in unmatched)
            lines.Add(token.StartsWith('-') ? UnknownOption(token, command) : $"unexpected argument '{token}' for 'planlint {command.Name}'.");

        foreach (var e in parse.Errors)
        {
            if (e.Message.StartsWith(Unrecognized, StringComparison.Ordinal)) continue;
            if (e.Message == NoCommand)
            {
                if (lines.Count == 0)
                    lines.Add($"give a command: {string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.");
                continue;
            }

            if (e.Message.StartsWith(MissingArgument, StringComparison.Ordinal) && command.Arguments.Count > 0)
            {
                lines.Add($"'planlint {command.Name}' needs {string.Join(" and ", command.Arguments.Select(a => $"<{a.Name}>"))}: {command.Arguments[0].Description}");
                continue;
            }

            lines.Add(e.Message.ReplaceLineEndings(" "));
        }

        return [.. lines.Distinct(StringComparer.Ordinal)];
    }

    public static string UnknownOption(string token, Command command)
    {
        string name = token.Split('=', 2)[0];
        var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Append("--help").Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        string where = command is RootCommand ? "planlint" : $"planlint {command.Name}";
        return $"unknown option '{name}' for '{where}'{Suggest(name, names, "'{0}'")}";
    }

    /// <summary>"; did you mean …?" or "." to end the sentence.</summary>
    private static string Suggest(string token, IReadOnlyList<string> candidates, string format) =>
        Spelling.Nearest(token, candidates) is { } near ? "; did you mean " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, near) + "?" : ".";
}
