using System.Globalization;
using PlanLint.Analysis;
using PlanLint.Text;

namespace PlanLint.Diagnostics;

/// <summary>
/// What a rule reports: its public id and name, wording, SMART category and default severity.
/// Every rule gives its <paramref name="Name"/> (built-in rules beside their <c>Id</c> constant); packs use their own id prefix.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    RuleCategory Category,
    Severity DefaultSeverity,
    bool EnabledByDefault = true,
    string? Description = null,
    string? Name = null,
    string? HelpUri = null)
{
    /// <summary>PascalCase name, e.g. "MissingOwner".</summary>
    public string Name { get; init; } = Name ?? Id;

    /// <summary>The documentation page for the rule.</summary>
    public string HelpUri { get; init; } = HelpUri ?? PlanLintInfo.RuleHelpUri(Id);

    public string Description { get; init; } = Description ?? Title;

    /// <summary>
    /// Rules whose finding says again what this rule's says when both are about the same fact of the same action
    /// (<see cref="Diagnostic.Fact"/>): the more specific rule outranks the other, and the engine reports only its finding.
    /// When this rule's finding is suppressed, or the rule is turned off, the other reports as usual.
    /// </summary>
    public IReadOnlyList<string> Outranks { get; init; } = [];

    /// <summary>How often findings are right; reported in SARIF so code-review tools can rank them.</summary>
    public RulePrecision Precision { get; init; } = RulePrecision.High;

    /// <summary>
    /// The rule's options, each declared once with its type, default and bounds (<see cref="RuleOption"/>). The options'
    /// schema, the schema of planlint.json and the Options table of the rule's page are derived from this list.
    /// </summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    /// <summary>
    /// The JSON schema (2020-12) of the rule's options in planlint.json, derived from <see cref="Options"/>, or null when it
    /// has none. Configuration is checked against it before any plan is linted, so the rule can trust the values it reads.
    /// </summary>
    public string? OptionsSchema => Options.Count == 0 ? null : RuleOptionSchemas.For(Options).ToJsonString();

    /// <summary>
    /// The message with its arguments; text arguments (owners, dates, a pack's match) are quoted as an excerpt, never
    /// whole. A format that is one argument and nothing else (a reading finding's sentence, made by the reader) is
    /// the whole message, so it is bounded as a whole message is.
    /// </summary>
    public string FormatMessage(IReadOnlyList<object?> args)
    {
        if (args.Count == 0) return MessageFormat;
        int limit = MessageFormat == "{0}" ? Excerpt.MessageLength : Excerpt.ArgumentLength;
        return string.Format(CultureInfo.InvariantCulture, MessageFormat, [.. args.Select(a => a is string text ? Excerpt.Of(text, limit) : a)]);
    }

    /// <summary>Whether a help address may be shown and linked: an absolute http or https URL with no spaces or control characters (never javascript: or file:).</summary>
    public static bool IsSafeHelpUri(string? uri) =>
        uri is { Length: > 0 and <= 2048 }
        && !uri.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
        && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp);
}
