using System.Collections.Frozen;

namespace PlanLint.Model;

/// <summary>Where each field of a node was written, keyed by the field's schema name.</summary>
public sealed class FieldLocations
{
    public static readonly FieldLocations Empty = new(FrozenDictionary<string, SourceLocation>.Empty);

    private readonly IReadOnlyDictionary<string, SourceLocation> locations;

    private FieldLocations(IReadOnlyDictionary<string, SourceLocation> locations) => this.locations = locations;

    public static FieldLocations From(IEnumerable<KeyValuePair<string, SourceLocation>> locations) =>
        new(locations.ToFrozenDictionary(StringComparer.Ordinal));

    public SourceLocation? Get(string field) => locations.GetValueOrDefault(field);

    public IEnumerable<KeyValuePair<string, SourceLocation>> All => locations;
}
