using PlanLint.Diagnostics;

namespace PlanLint.Configuration;

/// <summary>A one-off severity from the command line, <c>--rule PL1002=none</c>; it wins over every configuration file.</summary>
public sealed record CommandLineRule(string RuleId, Severity Severity, string Text)
{
    private static readonly string[] Names = ["error", "warning", "note", "none"];

    public static CommandLineRule Parse(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
            throw new ConfigurationException($"--rule \"{PlanLint.Text.Excerpt.Of(text)}\" must look like RULE=SEVERITY, e.g. PL1002=none.");
        string id = text[..equals].Trim();
        string name = text[(equals + 1)..].Trim();
        if (!Names.Contains(name, StringComparer.Ordinal) || !SeverityNames.TryParse(name, out var severity))
            throw new ConfigurationException($"--rule \"{PlanLint.Text.Excerpt.Of(text)}\": the severity must be one of {string.Join(", ", Names)}.");
        return new CommandLineRule(id, severity, text);
    }
}
