using System.Globalization;
using System.Text.Json;

namespace PlanLint.Json;

/// <summary>JSON pointers (RFC 6901) as strings: "/concerns/0/actions/2".</summary>
public static class JsonPointers
{
    public static JsonElement? Resolve(JsonElement root, string pointer)
    {
        JsonElement current = root;
        foreach (var segment in Segments(pointer))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
                current = next;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < current.GetArrayLength())
                current = current[i];
            else
                return null;
        }

        return current;
    }

    public static string Parent(string pointer)
    {
        int slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }

    public static string LastSegment(string pointer)
    {
        var segments = Segments(pointer);
        return segments.Count == 0 ? "" : segments[^1];
    }

    public static IReadOnlyList<string> Segments(string pointer) =>
        [.. pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape)];

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
