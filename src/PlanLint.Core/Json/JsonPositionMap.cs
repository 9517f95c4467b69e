using System.Text;
using System.Text.Json;

namespace PlanLint.Json;

/// <summary>
/// Records where every JSON value (and every property name) starts and ends, keyed by JSON pointer,
/// because <see cref="JsonDocument"/> forgets positions.
/// </summary>
public sealed class JsonPositionMap
{
    private readonly Dictionary<string, (long Start, long End)> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> names = new(StringComparer.Ordinal);

    private JsonPositionMap() { }

    public static JsonPositionMap Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var map = new JsonPositionMap();
        var reader = new Utf8JsonReader(utf8, options);
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        var containerStart = new Stack<(string Pointer, long Start)>();
        string? pendingName = null;

        string Pointer() => path.Count == 0 ? "" : "/" + string.Join('/', path);

        void EnterValue()
        {
            if (arrayIndex.Count > 0 && pendingName is null && IsArrayTop())
            {
                int i = arrayIndex.Pop();
                path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                arrayIndex.Push(i + 1);
            }
            else if (pendingName is not null)
            {
                path.Add(pendingName);
                pendingName = null;
            }
        }

        // Which containers are arrays: -1 in arrayIndex marks an object.
        bool IsArrayTop() => arrayIndex.Peek() >= 0;

        void LeaveValue()
        {
            if (path.Count > 0) path.RemoveAt(path.Count - 1);
        }

        bool inRoot = true;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = Escape(reader.GetString() ?? "");
                    map.names[Pointer() + "/" + pendingName] = reader.TokenStartIndex;
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (!inRoot) EnterValue();
                    inRoot = false;
                    containerStart.Push((Pointer(), reader.TokenStartIndex));
                    arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    arrayIndex.Pop();
                    var (pointer, start) = containerStart.Pop();
                    map.values[pointer] = (start, reader.TokenStartIndex + 1);
                    if (containerStart.Count > 0) LeaveValue();
                    break;
                default:
                    if (inRoot) { map.values[""] = (reader.TokenStartIndex, reader.BytesConsumed); inRoot = false; break; }
                    EnterValue();
                    map.values[Pointer()] = (reader.TokenStartIndex, reader.BytesConsumed);
                    LeaveValue();
                    break;
            }
        }

        return map;
    }

    public bool TryGetValue(string pointer, out long start, out long end)
    {
        if (values.TryGetValue(pointer, out var span))
        {
            (start, end) = span;
            return true;
        }

        start = end = 0;
        return false;
    }

    public bool TryGetName(string pointer, out long start) => names.TryGetValue(pointer, out start);

    private static string Escape(string name) =>
        name.Contains('~') || name.Contains('/') ? new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString() : name;
}
