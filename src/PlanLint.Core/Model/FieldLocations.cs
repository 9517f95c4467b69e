namespace PlanLint.Model;

/// <summary>Where each field of a node was written, keyed by the field's schema name.</summary>
public sealed class FieldLocations
{
    public static readonly FieldLocations Empty = new([]);

    // A node has a handful of fields and a plan has thousands of nodes: a scanned array beats building a hash table per node.
    private readonly KeyValuePair<string, SourceLocation>[] locations;

    private FieldLocations(KeyValuePair<string, SourceLocation>[] locations) => this.locations = locations;

    /// <summary>The locations of a node's fields; when a field is given twice, the last location is kept.</summary>
    public static FieldLocations From(IEnumerable<KeyValuePair<string, SourceLocation>> locations)
    {
        var distinct = new List<KeyValuePair<string, SourceLocation>>();
        foreach (var location in locations)
        {
            int existing = IndexOf(distinct, location.Key);
            if (existing >= 0) distinct[existing] = location;
            else distinct.Add(location);
        }

        return new([.. distinct]);
    }

    // A loop, not List.FindIndex: a generic method over a list of value types is JIT-compiled even in a ReadyToRun build.
    private static int IndexOf(List<KeyValuePair<string, SourceLocation>> list, string key)
    {
        for (int i = 0; i < list.Count; i++)
            if (string.Equals(list[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public SourceLocation? Get(string field)
    {
        foreach (var location in locations)
            if (string.Equals(location.Key, field, StringComparison.Ordinal)) return location.Value;
        return null;
    }

    /// <summary>Every field's location, in the order the fields were given.</summary>
    public IEnumerable<KeyValuePair<string, SourceLocation>> All => locations;
}
