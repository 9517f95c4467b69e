using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanLint.Readers.Yaml;

/// <summary>A YAML problem with the place it was found; the reader turns it into a PL0001.</summary>
internal sealed class YamlPlanException(Mark start, string message, string? pointer = null) : Exception(message)
{
    public Mark Start { get; } = start;

    /// <summary>For duplicate keys: the mapping the key sits in, so the message can name the recommendation.</summary>
    public string? ParentPointer { get; } = pointer;
}

/// <summary>A duplicate mapping key, kept until the whole tree is built so the message can name the plan node.</summary>
internal sealed record DuplicateKey(string Key, string ParentPointer, Mark At, Mark FirstAt);

/// <summary>
/// Turns YAML parser events into a JSON tree plus where every node started and ended (by JSON pointer), so YAML
/// plans go through the same schema validation and model building as JSON. Plain scalars become text (the plan
/// schema has no numbers or booleans, and "id: 1.10" must stay "1.10"); only null, ~ and empty become null.
/// </summary>
internal sealed class YamlTreeBuilder
{
    /// <summary>What aliases may add to the tree, counted as nodes plus characters, before the file is refused.</summary>
    public const int MaxAliasExpansion = 1_000_000;

    public const int MaxDepth = 64;

    private readonly IParser parser;
    private readonly Dictionary<string, (JsonNode? Node, long Weight)> anchors = new(StringComparer.Ordinal);
    private long aliasWeight;

    private readonly string[] lines;

    /// <summary>Per line, where its leading whitespace ends (-1 until asked), so each node's check costs its indentation, not its column.</summary>
    private readonly int[] indentEnds;

    private YamlTreeBuilder(IParser parser, string[] lines)
    {
        this.parser = parser;
        this.lines = lines;
        indentEnds = new int[lines.Length];
        Array.Fill(indentEnds, -1);
    }

    public Dictionary<string, (Mark Start, Mark End)> Positions { get; } = new(StringComparer.Ordinal);

    public List<DuplicateKey> Duplicates { get; } = [];

    /// <summary>Characters the tab-indentation check has looked at: at most each line's indentation and each node's, never its column (tests count it).</summary>
    internal long CharsExamined { get; private set; }

    /// <summary>Reads the single document of a YAML stream; null when the stream holds no document at all.</summary>
    public static (JsonNode? Root, bool Empty, YamlTreeBuilder Builder) Build(string text)
    {
        var builder = new YamlTreeBuilder(new Parser(new StringReader(text)), text.Split('\n'));
        try
        {
            return builder.BuildDocument();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, on some malformed plain scalars, unclosed flow collections
            // and invalid tags (found by fuzzing); the end of the last value read is the nearest place to point at.
            var near = builder.Positions.Count == 0 ? Mark.Empty : builder.Positions.Values.MaxBy(p => p.End.Index).End;
            throw new YamlPlanException(near, "The file is not valid YAML: the text after this point is malformed (look for an unclosed bracket or quote, or a stray control character).");
        }
    }

    private (JsonNode? Root, bool Empty, YamlTreeBuilder Builder) BuildDocument()
    {
        var builder = this;
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
            return (null, true, builder);

        parser.Consume<DocumentStart>();
        var (root, _) = builder.ReadNode("", 0);
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
            throw new YamlPlanException(second.Start, "The file holds more than one YAML document; a plan file holds one plan.");
        parser.Consume<StreamEnd>();
        return (root, false, builder);
    }

    /// <summary>Reads the node at the parser's position; returns it with its weight (nodes plus characters).</summary>
    private (JsonNode? Node, long Weight) ReadNode(string pointer, int depth)
    {
        var current = parser.Current ?? throw new YamlPlanException(Mark.Empty, "The YAML ends unexpectedly.");
        if (depth > MaxDepth)
            throw new YamlPlanException(current.Start, $"The YAML is nested more than {MaxDepth} levels deep; a plan is not.");

        RefuseTabIndentation(current.Start);
        (JsonNode? Node, long Weight) result;
        switch (current)
        {
            case AnchorAlias alias:
                result = Expand(alias);
                Positions[pointer] = (alias.Start, alias.End);
                parser.MoveNext();
                return result;
            case Scalar scalar:
                result = (ScalarValue(scalar), 1 + scalar.Value.Length);
                Positions[pointer] = (scalar.Start, scalar.End);
                parser.MoveNext();
                break;
            case SequenceStart start:
                result = ReadSequence(start, pointer, depth);
                break;
            case MappingStart start:
                result = ReadMapping(start, pointer, depth);
                break;
            default:
                throw new YamlPlanException(current.Start, "Unexpected YAML content here.");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            anchors[anchored.Anchor.Value] = result;
        return result;
    }

    private (JsonNode Node, long Weight) ReadSequence(SequenceStart start, string pointer, int depth)
    {
        parser.MoveNext();
        var array = new JsonArray();
        long weight = 1;
        int index = 0;
        while (parser.Current is not SequenceEnd)
        {
            var (item, itemWeight) = ReadNode(pointer + "/" + index.ToString(CultureInfo.InvariantCulture), depth + 1);
            array.Add(item);
            weight += itemWeight;
            index++;
        }

        Positions[pointer] = (start.Start, parser.Current.End);
        parser.MoveNext();
        return (array, weight);
    }

    private (JsonNode Node, long Weight) ReadMapping(MappingStart start, string pointer, int depth)
    {
        parser.MoveNext();
        var mapping = new JsonObject();
        var keyMarks = new Dictionary<string, Mark>(StringComparer.Ordinal);
        long weight = 1;
        while (parser.Current is not MappingEnd)
        {
            if (parser.Current is not Scalar keyScalar)
                throw new YamlPlanException(parser.Current!.Start, "A YAML key here is a list or mapping; plan keys are plain names such as \"owner\".");
            RefuseTabIndentation(keyScalar.Start);
            string key = keyScalar.Value;
            parser.MoveNext();
            var (value, valueWeight) = ReadNode(pointer + "/" + EscapePointer(key), depth + 1);
            weight += 1 + key.Length + valueWeight;
            if (keyMarks.TryGetValue(key, out var first))
            {
                Duplicates.Add(new DuplicateKey(key, pointer, keyScalar.Start, first));
                continue;
            }

            keyMarks[key] = keyScalar.Start;
            mapping[key] = value;
        }

        Positions[pointer] = (start.Start, parser.Current.End);
        parser.MoveNext();
        return (mapping, weight);
    }

    /// <summary>
    /// YAML forbids tabs in indentation, but the parser lets a tab after a space through (" \tkey: value");
    /// any node whose line starts with whitespace holding a tab is refused.
    /// </summary>
    private void RefuseTabIndentation(Mark start)
    {
        if (start.Line < 1 || start.Line > lines.Length) return;
        int index = (int)start.Line - 1;
        string line = lines[index];
        int column = (int)Math.Min(line.Length, Math.Max(0, start.Column - 1));
        if (indentEnds[index] < 0)
        {
            int end = 0;
            while (end < line.Length && char.IsWhiteSpace(line[end])) end++;
            indentEnds[index] = end;
            CharsExamined += end + 1;
        }

        // Only a node preceded by nothing but whitespace is indented; a node later on a line (flow style, one line
        // of a megabyte) is not, and must not cost a scan of everything before it.
        if (column > indentEnds[index]) return;
        CharsExamined += column;
        int tab = line.AsSpan(0, column).IndexOf('\t');
        if (tab >= 0)
            throw new YamlPlanException(new Mark(start.Index, start.Line, tab + 1), TabMessage);
    }

    public const string TabMessage = "This line is indented with a tab; YAML indentation must use spaces.";

    private (JsonNode? Node, long Weight) Expand(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
            throw new YamlPlanException(alias.Start, $"The alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} above it.");
        aliasWeight += anchored.Weight;
        if (aliasWeight > MaxAliasExpansion)
            throw new YamlPlanException(alias.Start, $"The YAML aliases expand to more than {MaxAliasExpansion.ToString("N0", CultureInfo.InvariantCulture)} nodes and characters (a \"billion laughs\" document); PlanLint refuses to expand them.");
        return (anchored.Node?.DeepClone(), anchored.Weight);
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        string value = scalar.Value;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            return scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:str" => JsonValue.Create(value),
                "tag:yaml.org,2002:null" => null,
                "tag:yaml.org,2002:bool" when bool.TryParse(value, out bool b) => JsonValue.Create(b),
                "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) => JsonValue.Create(d),
                _ => throw new YamlPlanException(scalar.Start, $"PlanLint does not understand the YAML tag {scalar.Tag.Value} on \"{Shorten(value)}\"; remove the tag."),
            };
        }

        bool plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && !scalar.Tag.IsNonSpecific;
        return plain && value is "" or "~" or "null" or "Null" or "NULL" ? null : JsonValue.Create(value);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

    internal static string EscapePointer(string name) =>
        name.Contains('~') || name.Contains('/') ? new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString() : name;
}
