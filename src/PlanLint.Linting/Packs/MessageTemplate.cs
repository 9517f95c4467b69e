using System.Text.RegularExpressions;

namespace PlanLint.Linting.Packs;

/// <summary>A declarative rule's message with named placeholders such as {match} and {suggestion}.</summary>
public sealed partial class MessageTemplate
{
    /// <summary>Placeholders every kind of rule can use.</summary>
    public static readonly IReadOnlyList<string> Common = ["field", "recommendation", "action"];

    private readonly string text;

    private MessageTemplate(string text) => this.text = text;

    /// <summary>Parses a template; returns the first placeholder that is not allowed, if any.</summary>
    public static MessageTemplate Parse(string text, IEnumerable<string> allowed, out string? unknown)
    {
        var names = Common.Concat(allowed).ToHashSet(StringComparer.Ordinal);
        unknown = Placeholder().Matches(text).Select(m => m.Groups[1].Value).FirstOrDefault(n => !names.Contains(n));
        return new MessageTemplate(text);
    }

    /// <summary>The message with each placeholder replaced; a value from the plan (a {match}) is quoted as an excerpt, never whole.</summary>
    public string Render(IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Text.Excerpt.Of(v) : m.Value);

    public override string ToString() => text;

    [GeneratedRegex(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
