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
    private readonly Dictionary<string, (long Start, long End)> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> names = new(StringComparer.Ordinal);

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
        var arrayIndex = new Stack<int>();
        var containerStart = new Stack<(string Pointer, long Start)>();
        string? pendingName = null;

        string Pointer() => pointers.ToString();

        void Push(string segment)
        {
            path.Add(segment);
            pointers.Append('/').Append(segment);
        }

        void EnterValue()
        {
            if (arrayIndex.Count > 0 && pendingName is null && IsArrayTop())
            {
                int i = arrayIndex.Pop();
                Push(i.ToString(CultureInfo.InvariantCulture));
                arrayIndex.Push(i + 1);
            }
            else if (pendingName is not null)
            {
                Push(pendingName);
                pendingName = null;
            }
        }

        // Which containers are arrays: -1 in arrayIndex marks an object.
        bool IsArrayTop() => arrayIndex.Peek() >= 0;

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
                    if (!map.names.TryAdd(Pointer() + "/" + pendingName, reader.TokenStartIndex))
                    {
                        problem = new JsonTokenProblem(reader.TokenStartIndex, $"the property \"{Excerpt.Of(name)}\" is given twice in the same object; keep one.");
                        return map;
                    }

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
                    if (Refused(ref reader) is { } refused)
                    {
                        problem = new JsonTokenProblem(reader.TokenStartIndex, refused);
                        return map;
                    }

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

    private static string Escape(string name) =>
        name.Contains('~') || name.Contains('/') ? new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString() : name;
}
