using System.Text.RegularExpressions;

namespace PlanLint.Json;

/// <summary>
/// The "pattern" keywords of PlanLint's own schemas (schema/*.json), compiled when PlanLint is built rather than parsed
/// and interpreted at every start: <see cref="SchemaShape"/> takes them from here, and builds any other pattern (a rule
/// pack's option schema) at run time. A meta-test checks every pattern in schema/ has its entry.
/// </summary>
internal static partial class SchemaPatterns
{
    /// <summary>The regular expression for a schema pattern, generated at build time where it is one of PlanLint's own.</summary>
    public static Regex For(string pattern) => Generated(pattern) ?? new Regex(pattern, RegexOptions.CultureInvariant);

    public static Regex? Generated(string pattern) => pattern switch
    {
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => IsoDate(),
        "^[A-Z][A-Z0-9]*[0-9]{4}$" => RuleId(),
        "^PL[0-9]{4}$" => BuiltInRuleId(),
        "^[A-Z][A-Za-z0-9]+$" => PascalName(),
        "^[a-z0-9]+(-[a-z0-9]+)*$" => KebabName(),
        "^[1-9][0-9]{0,5}$" => ActionNumber(),
        "^[0-9]{1,7}$" => CharacterCount(),
        "^[0-9a-f]{16}$" => Hex16(),
        "^[0-9a-f]{32}$" => Hex32(),
        @"^\s*[0-9]{1,12}(\.[0-9]{1,3})?\s*([Bb][Yy][Tt][Ee][Ss]|[Bb]|[KkMmGg][Bb])\s*$" => ByteSize(),
        _ => null,
    };

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    [GeneratedRegex("^PL[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex BuiltInRuleId();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PascalName();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabName();

    [GeneratedRegex("^[1-9][0-9]{0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionNumber();

    [GeneratedRegex("^[0-9]{1,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex CharacterCount();

    [GeneratedRegex("^[0-9a-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hex16();

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hex32();

    [GeneratedRegex(@"^\s*[0-9]{1,12}(\.[0-9]{1,3})?\s*([Bb][Yy][Tt][Ee][Ss]|[Bb]|[KkMmGg][Bb])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ByteSize();
}
