using System.Globalization;
using System.Text;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Text;

namespace PlanLint.Linting;

/// <summary>
/// <c>planlint explain ID</c>: a rule's page on the terminal, as <c>ruff rule</c> does: title, what it flags, why it
/// matters, examples, options and how to suppress it. Built-in pages are embedded; a pack rule without one gets its
/// description, options and help link.
/// </summary>
public sealed class ExplainRunner(PlanLinter linter)
{
    public int Run(string rule, ConfigurationRequest request, bool color, TextWriter output, TextWriter error)
    {
        LintSetup setup;
        try
        {
            setup = LintSetup.ForFolder(linter, request.WorkingDirectory, request);
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, request.WorkingDirectory));
            return ExitCodes.Usage;
        }

        var descriptor = setup.Descriptors.FirstOrDefault(d => d.Id.Equals(rule, StringComparison.OrdinalIgnoreCase) || d.Name.Equals(rule, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            string? near = Spelling.Nearest(rule, setup.Descriptors.Select(d => d.Id).Concat(setup.Descriptors.Select(d => d.Name)));
            error.WriteLine($"planlint: no rule has the id or name '{TerminalText.Escape(rule)}'{(near is null ? "." : $"; did you mean {near}?")} 'planlint rules' lists them all.");
            return ExitCodes.Usage;
        }

        output.Write(Render(descriptor, color));
        return ExitCodes.Success;
    }

    public static string Render(RuleDescriptor d, bool color)
    {
        var sb = new StringBuilder();
        string Bold(string s) => color ? $"\u001b[1m{s}\u001b[0m" : s;
        sb.Append(Bold($"# {d.Id}: {d.Name}")).Append('\n');
        sb.Append(TerminalText.Escape(d.Title)).Append(CultureInfo.InvariantCulture, $" ({d.Category.ToDisplayName()}, {d.DefaultSeverity.ToName()} by default)\n\n");
        string body = RuleHelp.HasPage(d.Id) ? RuleHelp.For(d).Markdown : FromDescriptor(d);
        foreach (var line in body.Split('\n'))
            sb.Append(line.StartsWith('#') ? Bold(TerminalText.Escape(line)) : TerminalText.Escape(line)).Append('\n');
        return sb.ToString();
    }

    private static string FromDescriptor(RuleDescriptor d)
    {
        var sb = new StringBuilder();
        sb.Append("## What it flags\n").Append(d.Description).Append("\n\n");
        if (d.Options.Count > 0)
        {
            sb.Append("## Options\n");
            foreach (var o in d.Options)
                sb.Append(CultureInfo.InvariantCulture, $"- `{o.Name}` ({o.TypeName}, default `{o.DefaultJson}`{(o.Allowed is null ? "" : ", " + o.Allowed)}): {o.Description}\n");
            sb.Append('\n');
        }

        sb.Append("## How to suppress\n")
            .Append(CultureInfo.InvariantCulture, $"\"suppress\": [{{ \"rule\": \"{d.Id}\", \"justification\": \"…\" }}] on the action, or turn the rule off: {{ \"rules\": {{ \"{d.Id}\": \"none\" }} }}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"See {d.HelpUri}");
        return sb.ToString();
    }
}
