using System.Text.Json;
using PlanLint.Reading;

namespace PlanLint.Readers.Json;

/// <summary>Reads the canonical JSON plan format, keeping the line and column of every value.</summary>
public sealed class JsonPlanReader : IPlanReader
{
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
        // The same parse as every other JSON file PlanLint reads: invalid UTF-8, a key given twice, a lone surrogate
        // or an unreadable number is a located PL0001, never an exception.
        if (!JsonSource.TryParse(path, content, out var source, out var errorLocation, out var error))
            return PlanReadResult.Failed(path, error, errorLocation.Line, errorLocation.Column);

        using (source)
        {
            if (source.Root.ValueKind != JsonValueKind.Object)
                return PlanReadResult.Failed(path, "The file is JSON but not an action plan: expected an object with \"establishment\", \"format\" and \"concerns\".", 1, 1);
            return PlanTreeLoader.Load(path, source.Root, source.Locate);
        }
    }
}
