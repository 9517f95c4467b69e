using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>
/// A small JSON file (configuration, suppression side file, baseline, rule pack) parsed with the line and column
/// of every value kept, so each problem in it can be reported where it is. Comments and trailing commas are allowed.
/// </summary>
public sealed class JsonSource
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private readonly TextPositions positions;
    private readonly JsonPositionMap map;

    private JsonSource(string path, JsonElement root, TextPositions positions, JsonPositionMap map)
    {
        Path = path;
        Root = root;
        this.positions = positions;
        this.map = map;
    }

    public string Path { get; }

    /// <summary>The document's root; it stays valid for the life of the process (the document is never disposed).</summary>
    public JsonElement Root { get; }

    public static bool TryParse(
        string path,
        ReadOnlyMemory<byte> content,
        [NotNullWhen(true)] out JsonSource? source,
        out SourceLocation errorLocation,
        out string error)
    {
        var utf8 = content[Utf8Bom.Length(content.Span)..];
        var positions = new TextPositions(utf8);
        int invalid = Utf8Check.FirstInvalid(utf8.Span);
        if (invalid >= 0)
        {
            var (line, column) = positions.At(invalid);
            source = null;
            errorLocation = new SourceLocation(path, line, column);
            error = Utf8Check.Describe(utf8.Span, invalid, line, column);
            return false;
        }

        try
        {
            var document = JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                CommentHandling = ReaderOptions.CommentHandling,
                AllowTrailingCommas = ReaderOptions.AllowTrailingCommas,
                MaxDepth = ReaderOptions.MaxDepth,

                // A key given twice made the schema check and the loader read different values (found by fuzzing).
                AllowDuplicateProperties = false,
            });
            source = new JsonSource(path, document.RootElement, positions, JsonPositionMap.Build(utf8.Span, ReaderOptions));
            errorLocation = SourceLocation.File(path);
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0);
            source = null;
            errorLocation = new SourceLocation(path, line + 1, positions.ColumnOf(line, e.BytePositionInLine ?? 0));
            error = "The file is not valid JSON: " + JsonErrorText.Clean(e.Message);
            return false;
        }
    }

    /// <summary>Where the value at a JSON pointer is; the start of the file when the pointer names nothing.</summary>
    public SourceLocation Locate(string pointer)
    {
        if (!map.TryGetValue(pointer, out long start, out long end))
            return new SourceLocation(Path, 1, 1) { Pointer = pointer };
        var (line, column) = positions.At(start);
        var (endLine, endColumn) = positions.At(end);
        return new SourceLocation(Path, line, column, endLine, endColumn) { Pointer = pointer };
    }

    /// <summary>Where the property name of the member at a pointer is written (its value's location when it has no name).</summary>
    public SourceLocation LocateName(string pointer)
    {
        if (!map.TryGetName(pointer, out long start))
            return Locate(pointer);
        var (line, column) = positions.At(start);
        return new SourceLocation(Path, line, column) { Pointer = pointer };
    }

    /// <summary>The first schema violation, in document order, with its location; null when the document is valid.</summary>
    public (SourceLocation Location, string Message)? FirstViolation(SchemaCheck schema, Func<string, string>? describe = null, Func<string, string?>? patternHint = null) =>
        Violations(schema, describe, patternHint).FirstOrDefault() is { Message: not null } first ? first : null;

    public IReadOnlyList<(SourceLocation Location, string Message)> Violations(SchemaCheck schema, Func<string, string>? describe = null, Func<string, string?>? patternHint = null) =>
        [.. schema.Check(Root, describe, patternHint)
            .Select(v => (Location: v.AtName ? LocateName(v.Pointer) : Locate(v.Pointer), v.Message))
            .OrderBy(v => v.Location.Line).ThenBy(v => v.Location.Column).ThenBy(v => v.Message, StringComparer.Ordinal)];
}
