using System.Globalization;
using System.Text;
using System.Text.Json;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>A problem System.Text.Json lets through but PlanLint refuses, at the byte offset of the token.</summary>
public sealed record JsonTokenProblem(long Offset, string Message);

/// <summary>
/// Records where every JSON value (and every property name) starts and ends, keyed by JSON pointer, because
/// <see cref="JsonDocument"/> forgets positions; and, in the same pass, refuses what System.Text.Json parses but
/// cannot use: a property given twice (which the schema check and the loader would read differently), a string holding
/// half of a UTF-16 surrogate pair ("\ud800", which throws when read), and a number no .NET number type can hold (1e999).
/// </summary>
public sealed class JsonPositionMap
{
    // Reference types only in the collections: generic collections over value types (tuples, long) cannot be compiled
    // ahead of time (ReadyToRun), and this runs for every JSON file.
    private readonly Dictionary<string, Place> places = new(StringComparer.Ordinal);

    private JsonPositionMap() { }

    /// <summary>Builds the map; a <paramref name="problem"/> stops it at the first refused token.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static JsonPositionMap Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options, out JsonTokenProblem? problem)
    {
        problem = null;
        var map = new JsonPositionMap();
        var reader = new Utf8JsonReader(utf8, options);
        var path = new List<string>();
        var pointers = new StringBuilder();
        var containers = new List<Container>();
        string? pendingName = null;

        string Pointer() => pointers.ToString();

        void Push(string segment)
        {
            path.Add(segment);
            pointers.Append('/').Append(segment);
        }

        void EnterValue()
        {
            if (containers.Count > 0 && pendingName is null && containers[^1].NextIndex >= 0)
            {
                var array = containers[^1];
                Push(array.NextIndex.ToString(CultureInfo.InvariantCulture));
                array.NextIndex++;
            }
            else if (pendingName is not null)
            {
                Push(pendingName);
                pendingName = null;
            }
        }

        void LeaveValue()
        {
            if (path.Count == 0) return;
            pointers.Length -= path[^1].Length + 1;
            path.RemoveAt(path.Count - 1);
        }

        bool inRoot = true;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    if (ReadString(ref reader, out string name) is { } badName)
                    {
                        problem = new JsonTokenProblem(reader.TokenStartIndex, badName);
                        return map;
                    }

                    pendingName = Escape(name);
                    if (!map.TryAddName(Pointer() + "/" + pendingName, reader.TokenStartIndex))
                    {
                        problem = new JsonTokenProblem(reader.TokenStartIndex, $"the property \"{Excerpt.Of(name)}\" is given twice in the same object; keep one.");
                        return map;
                    }

                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (!inRoot) EnterValue();
                    inRoot = false;
                    containers.Add(new Container(Pointer(), reader.TokenStartIndex) { NextIndex = reader.TokenType == JsonTokenType.StartArray ? 0 : -1 });
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    var container = containers[^1];
                    containers.RemoveAt(containers.Count - 1);
                    map.SetValue(container.Pointer, container.Start, reader.TokenStartIndex + 1);
                    if (containers.Count > 0) LeaveValue();
                    break;
                default:
                    if (Refused(ref reader) is { } refused)
                    {
                        problem = new JsonTokenProblem(reader.TokenStartIndex, refused);
                        return map;
                    }

                    if (inRoot) { map.SetValue("", reader.TokenStartIndex, reader.BytesConsumed); inRoot = false; break; }
                    EnterValue();
                    map.SetValue(Pointer(), reader.TokenStartIndex, reader.BytesConsumed);
                    LeaveValue();
                    break;
            }
        }

        return map;
    }

    public bool TryGetValue(string pointer, out long start, out long end)
    {
        if (places.TryGetValue(pointer, out var place) && place.HasValue)
        {
            (start, end) = (place.Start, place.End);
            return true;
        }

        start = end = 0;
        return false;
    }

    public bool TryGetName(string pointer, out long start)
    {
        start = places.TryGetValue(pointer, out var place) ? place.Name : -1;
        return start >= 0;
    }

    /// <summary>Records where a member's name is; false when the same object already has one of that name.</summary>
    private bool TryAddName(string pointer, long start)
    {
        if (places.TryGetValue(pointer, out var place))
        {
            if (place.Name >= 0) return false;
            place.Name = start;
            return true;
        }

        places.Add(pointer, new Place { Name = start });
        return true;
    }

    private void SetValue(string pointer, long start, long end)
    {
        if (!places.TryGetValue(pointer, out var place))
            places.Add(pointer, place = new Place());
        (place.Start, place.End, place.HasValue) = (start, end, true);
    }

    private static string? Refused(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
            return reader.ValueIsEscaped ? ReadString(ref reader, out _) : null;
        if (reader.TokenType != JsonTokenType.Number)
            return null;
        // The schema check reads numbers as decimal, rule options as double: a number must fit both.
        if (reader.TryGetDecimal(out _) && reader.TryGetDouble(out double d) && double.IsFinite(d))
            return null;
        string raw = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        return $"the number {Excerpt.Of(raw, 40)} is out of range: PlanLint reads numbers of at most 28 digits before the decimal point.";
    }

    /// <summary>Reads a string token; a message when its escapes do not make valid text (half a surrogate pair).</summary>
    private static string? ReadString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString() ?? "";
            return null;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return "a string here holds an escape that is not text: \\uD800–\\uDFFF must come in pairs (a high surrogate then a low one).";
        }
    }

    /// <summary>Where the value at a pointer starts and ends, and where its property name starts (-1: none).</summary>
    private sealed class Place
    {
        public long Start { get; set; }

        public long End { get; set; }

        public bool HasValue { get; set; }

        public long Name { get; set; } = -1;
    }

    /// <summary>An object or array being read: its pointer, where it starts, and the index of its next item (-1: an object).</summary>
    private sealed class Container(string pointer, long start)
    {
        public string Pointer { get; } = pointer;

        public long Start { get; } = start;

        public int NextIndex { get; set; }
    }

    private static string Escape(string name) =>
        name.Contains('~') || name.Contains('/') ? new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString() : name;
}
