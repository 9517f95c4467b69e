using System.Text.Json.Nodes;

namespace PlanLint.Readers.Yaml;

/// <summary>A YAML document other than a plan read as the JSON it stands for, with where each value was written.</summary>
/// <param name="Root">The document's JSON (null for a document that is only <c>~</c>).</param>
/// <param name="IsEmpty">Whether the text holds no document at all.</param>
/// <param name="Positions">Where each node started, by JSON pointer: line and column, from 1.</param>
/// <param name="FirstDuplicate">The first mapping key given twice, in document order, if any.</param>
public sealed record YamlJsonDocument(JsonNode? Root, bool IsEmpty, IReadOnlyDictionary<string, (int Line, int Column)> Positions, YamlDuplicateKey? FirstDuplicate);

/// <summary>A mapping key given twice, where its second use is.</summary>
public sealed record YamlDuplicateKey(string Key, int Line, int Column);

/// <summary>A YAML document that could not be read, and where.</summary>
public sealed class YamlReadException(string message, int line, int column, Exception inner) : Exception(message, inner)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// The public seam over the one YAML-to-JSON converter (<see cref="YamlTreeBuilder"/>) for YAML files that are not
/// plans, such as a rule pack's rule files: the same limits, with plain scalars typed by the YAML 1.2 core schema.
/// </summary>
public static class YamlDocuments
{
    /// <param name="noun">What messages call such a document ("rule").</param>
    /// <param name="keyExample">A key of such a document, for the message about a key that is not a name ("id").</param>
    /// <exception cref="YamlReadException">The text is not YAML or breaks one of the converter's limits.</exception>
    public static YamlJsonDocument ReadAsJson(string text, string noun, string keyExample)
    {
        try
        {
            var (root, empty, tree) = YamlTreeBuilder.Build(text, new YamlDocumentKind(noun, keyExample, YamlScalars.CoreSchema));
            var positions = tree.Positions.ToDictionary(p => p.Key, p => ((int)p.Value.Start.Line, (int)p.Value.Start.Column), StringComparer.Ordinal);
            var duplicate = tree.Duplicates.MinBy(d => d.At.Index) is { } d ? new YamlDuplicateKey(d.Key, (int)d.At.Line, (int)d.At.Column) : null;
            return new YamlJsonDocument(root, empty, positions, duplicate);
        }
        catch (YamlDocumentException e)
        {
            throw new YamlReadException(e.Message, e.Line, e.Column, e);
        }
    }
}
