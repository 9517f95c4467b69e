using PlanLint.Configuration;
using PlanLint.Formatters;

namespace PlanLint.Linting;

/// <summary>How every command reports a configuration problem: one line, with paths relative to the working directory.</summary>
public static class ConfigurationProblem
{
    public static string Describe(ConfigurationException e, string workingDirectory) =>
        TerminalText.Escape(Text.Excerpt.Of(e.Describe(p => DisplayPaths.Relative(p, workingDirectory)), Text.Excerpt.MessageLength));
}
