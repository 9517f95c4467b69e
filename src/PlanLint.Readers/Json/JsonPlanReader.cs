using System.Text.Json;
using PlanLint.Model;
using PlanLint.Reading;

namespace PlanLint.Readers.Json;

/// <summary>Reads the canonical JSON plan format, keeping the line and column of every value.</summary>
public sealed class JsonPlanReader : IPlanReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public string Format => "json";

    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        head = Utf8Bom.Skip(head);
        foreach (byte b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'{';
        }

        return false;
    }

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        var utf8 = content[Utf8Bom.Length(content.Span)..];
        var positions = new TextPositions(utf8);
        int invalid = Utf8Check.FirstInvalid(utf8.Span);
        if (invalid >= 0)
        {
            var (line, column) = positions.At(invalid);
            return PlanReadResult.Failed(path, Utf8Check.Describe(utf8.Span, invalid, line, column), line, column);
        }

        JsonDocument document;
        JsonPositionMap map;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                CommentHandling = ReaderOptions.CommentHandling,
                AllowTrailingCommas = ReaderOptions.AllowTrailingCommas,
                MaxDepth = ReaderOptions.MaxDepth,
            });
            map = JsonPositionMap.Build(utf8.Span, ReaderOptions);
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0);
            int column = positions.ColumnOf(line, e.BytePositionInLine ?? 0);
            return PlanReadResult.Failed(path, "The file is not valid JSON: " + JsonErrorText.Clean(e.Message), line + 1, column);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return PlanReadResult.Failed(path, "The file is JSON but not an action plan: expected an object with \"establishment\", \"format\" and \"concerns\".", 1, 1);

            SourceLocation Locate(string pointer)
            {
                if (!map.TryGetValue(pointer, out long start, out long end))
                    return new SourceLocation(path, 1, 1) { Pointer = pointer };
                var (line, column) = positions.At(start);
                var (endLine, endColumn) = positions.At(end);
                return new SourceLocation(path, line, column, endLine, endColumn) { Pointer = pointer };
            }

            return PlanTreeLoader.Load(path, document.RootElement, Locate);
        }
    }
}
