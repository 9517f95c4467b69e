using PlanLint.Model;

namespace PlanLint.Configuration;

/// <summary>
/// A configuration (planlint.json, a preset, --rule, a rule pack or a baseline) that cannot be used. The run stops
/// with exit code 2 and this one-line message at its location: PlanLint never falls back to defaults silently.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message, SourceLocation? location = null)
        : base(message) => Location = location;

    public ConfigurationException(string message, SourceLocation? location, Exception inner)
        : base(message, inner) => Location = location;

    public SourceLocation? Location { get; }

    /// <summary>"planlint.json(4,15): message", with the file shown as <paramref name="displayPath"/> makes it.</summary>
    public string Describe(Func<string, string> displayPath) =>
        Location is null ? Message : $"{Location with { Path = displayPath(Location.Path) }}: {Message}";
}
