using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>
/// A JSON file (a plan, configuration, suppression side file, baseline, rule pack) parsed with the line and column
/// of every value kept, so each problem in it can be reported where it is. Comments and trailing commas are allowed;
/// a key given twice, a lone surrogate escape or a number out of range is refused where it is written.
/// </summary>
public sealed class JsonSource : IDisposable
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private readonly TextPositions positions;
    private readonly JsonPositionMap map;

    private readonly JsonDocument document;

    private JsonSource(string path, JsonDocument document, TextPositions positions, JsonPositionMap map)
    {
        Path = path;
        this.document = document;
        Root = document.RootElement;
        this.positions = positions;
        this.map = map;
    }

    public string Path { get; }

    /// <summary>The document's root; valid until <see cref="Dispose"/> (configuration files are kept for the life of the process and never disposed).</summary>
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
            // The map's pass refuses duplicate keys, lone surrogates and unreadable numbers, located; only then is the
            // document built, so nothing that reads it later can throw.
            var map = JsonPositionMap.Build(utf8.Span, ReaderOptions, out var problem);
            if (problem is not null)
            {
                var (line, column) = positions.At(problem.Offset);
                source = null;
                errorLocation = new SourceLocation(path, line, column);
                error = "The file is not valid JSON: " + problem.Message;
                return false;
            }

            var document = JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                CommentHandling = ReaderOptions.CommentHandling,
                AllowTrailingCommas = ReaderOptions.AllowTrailingCommas,
                MaxDepth = ReaderOptions.MaxDepth,
                AllowDuplicateProperties = false,
            });
            source = new JsonSource(path, document, positions, map);
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

    /// <summary>Returns the document's pooled memory; <see cref="Root"/> may not be used afterwards.</summary>
    public void Dispose() => document.Dispose();
}
