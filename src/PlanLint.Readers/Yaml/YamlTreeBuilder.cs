using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanLint.Readers.Yaml;

/// <summary>A YAML problem with the place it was found; each caller turns it into its own located error.</summary>
internal sealed class YamlDocumentException(Mark start, string message, Exception? inner = null) : Exception(message, inner)
{
    public Mark Start { get; } = start;

    /// <summary>The line of the place, at least 1 (YamlDotNet marks some failures at 0).</summary>
    public int Line => Math.Max(1, (int)Start.Line);

    public int Column => Math.Max(1, (int)Start.Column);
}

/// <summary>A duplicate mapping key, kept until the whole tree is built so the message can name the node it is in.</summary>
internal sealed record DuplicateKey(string Key, string ParentPointer, Mark At, Mark FirstAt);

/// <summary>How plain (unquoted, untagged) scalars become JSON.</summary>
internal enum YamlScalars
{
    /// <summary>As text; only null, ~ and nothing are no value (plans: "id: 1.10" stays "1.10").</summary>
    Text,

    /// <summary>By the YAML 1.2 core schema: null, true/false, integers and floats are typed (rule files).</summary>
    CoreSchema,
}

/// <summary>A kind of YAML document: what its messages call it, and how its plain scalars are typed.</summary>
/// <param name="Noun">"plan", "rule": "a plan file holds one plan".</param>
/// <param name="KeyExample">A key of such a document, for the message about a key that is not a name.</param>
internal sealed record YamlDocumentKind(string Noun, string KeyExample, YamlScalars Scalars);

/// <summary>
/// The one YAML-to-JSON converter: turns YAML parser events into a JSON tree plus where every node started and ended
/// (by JSON pointer), so a YAML plan or rule file goes through the same schema check and model building as its JSON
/// form. One set of limits for every use: nesting deeper than <see cref="MaxDepth"/>, aliases expanding past
/// <see cref="MaxAliasExpansion"/>, tabs in indentation, more than one document and keys that are not names are
/// refused with a located <see cref="YamlDocumentException"/>; duplicate keys are collected for the caller to name.
/// </summary>
internal sealed partial class YamlTreeBuilder
{
    /// <summary>What aliases may add to the tree, counted as nodes plus characters, before the file is refused.</summary>
    public const int MaxAliasExpansion = 1_000_000;

    /// <summary>
    /// Plans and rules are shallow; deeper nesting would overflow the stack while reading (an uncatchable crash) or
    /// fail later inside System.Text.Json (64 levels by default) without a location.
    /// </summary>
    public const int MaxDepth = 32;

    public const string TabMessage = "This line is indented with a tab; YAML indentation must use spaces.";

    private readonly IParser parser;
    private readonly YamlDocumentKind kind;
    private readonly Dictionary<string, (JsonNode? Node, long Weight)> anchors = new(StringComparer.Ordinal);
    private long aliasWeight;

    /// <summary>Where the last node the parser gave began: with the ends in <see cref="Positions"/>, how far reading got.</summary>
    private Mark lastStart = Mark.Empty;

    private readonly string[] lines;

    /// <summary>Per line, where its leading whitespace ends (-1 until asked), so each node's check costs its indentation, not its column.</summary>
    private readonly int[] indentEnds;

    private YamlTreeBuilder(IParser parser, string[] lines, YamlDocumentKind kind)
    {
        this.parser = parser;
        this.lines = lines;
        this.kind = kind;
        indentEnds = new int[lines.Length];
        Array.Fill(indentEnds, -1);
    }

    public Dictionary<string, (Mark Start, Mark End)> Positions { get; } = new(StringComparer.Ordinal);

    public List<DuplicateKey> Duplicates { get; } = [];

    /// <summary>Characters the tab-indentation check has looked at: at most each line's indentation and each node's, never its column (tests count it).</summary>
    internal long CharsExamined { get; private set; }

    /// <summary>Reads the single document of a YAML stream; Empty when the stream holds no document at all.</summary>
    /// <exception cref="YamlDocumentException">The text is not YAML, or breaks one of the limits.</exception>
    public static (JsonNode? Root, bool Empty, YamlTreeBuilder Builder) Build(string text, YamlDocumentKind kind)
    {
        var builder = new YamlTreeBuilder(new Parser(new StringReader(text)), text.Split('\n'), kind);
        try
        {
            return builder.BuildDocument();
        }
        catch (YamlException e)
        {
            string message = MarkPrefix().Replace(e.Message, "").Trim();
            // YamlDotNet reports a tab-indented mapping at the mapping's start, not at the tab.
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && builder.TabIndentation(Math.Max(1, (int)e.Start.Line)) is { } tab)
                throw new YamlDocumentException(tab, TabMessage, e);
            throw new YamlDocumentException(e.Start, "The file is not valid YAML: " + message, e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, on some malformed plain scalars, unclosed flow collections
            // and invalid tags (found by fuzzing); how far reading got (the start of the last node begun, or the end
            // of the last one read, whichever is later) is the nearest place to point at.
            var near = builder.Positions.Values.Select(p => p.End).Append(builder.lastStart).MaxBy(m => m.Index);
            throw new YamlDocumentException(near, "The file is not valid YAML: the text after this point is malformed (look for an unclosed bracket or quote, or a stray control character).", e);
        }
    }

    private (JsonNode? Root, bool Empty, YamlTreeBuilder Builder) BuildDocument()
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
            return (null, true, this);

        parser.Consume<DocumentStart>();
        var (root, _) = ReadNode("", 0);
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
            throw new YamlDocumentException(second.Start, $"The file holds more than one YAML document; a {kind.Noun} file holds one {kind.Noun}.");
        parser.Consume<StreamEnd>();
        return (root, false, this);
    }

    /// <summary>Reads the node at the parser's position; returns it with its weight (nodes plus characters).</summary>
    private (JsonNode? Node, long Weight) ReadNode(string pointer, int depth)
    {
        var current = parser.Current ?? throw new YamlDocumentException(Mark.Empty, "The YAML ends unexpectedly.");
        if (depth > MaxDepth)
            throw new YamlDocumentException(current.Start, $"The {kind.Noun} file is nested more than {MaxDepth} levels deep; a {kind.Noun} is not.");

        lastStart = current.Start;
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
                throw new YamlDocumentException(current.Start, "Unexpected YAML content here.");
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
                throw new YamlDocumentException(parser.Current!.Start, $"A YAML key here is a list or mapping; {kind.Noun} keys are plain names such as \"{kind.KeyExample}\".");
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
            throw new YamlDocumentException(new Mark(start.Index, start.Line, tab + 1), TabMessage);
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="fromLine"/>.</summary>
    private Mark? TabIndentation(int fromLine)
    {
        for (int i = fromLine - 1; i < lines.Length; i++)
        {
            string line = lines[i];
            int indent = line.Length - line.TrimStart(' ', '\t').Length;
            int tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0) return new Mark(0, i + 1, tab + 1);
        }

        return null;
    }

    private (JsonNode? Node, long Weight) Expand(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
            throw new YamlDocumentException(alias.Start, $"The alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} above it.");
        aliasWeight += anchored.Weight;
        if (aliasWeight > MaxAliasExpansion)
            throw new YamlDocumentException(alias.Start, $"The YAML aliases expand to more than {MaxAliasExpansion.ToString("N0", CultureInfo.InvariantCulture)} nodes and characters (a \"billion laughs\" document); PlanLint refuses to expand them.");
        return (anchored.Node?.DeepClone(), anchored.Weight);
    }

    private JsonNode? ScalarValue(Scalar scalar)
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
                _ => throw new YamlDocumentException(scalar.Start, $"PlanLint does not understand the YAML tag {scalar.Tag.Value} on \"{Shorten(value)}\"; remove the tag."),
            };
        }

        bool plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && !scalar.Tag.IsNonSpecific;
        if (!plain) return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        return kind.Scalars == YamlScalars.CoreSchema ? CoreSchemaValue(value) : JsonValue.Create(value);
    }

    /// <summary>A plain scalar typed by the YAML 1.2 core schema (null is already handled).</summary>
    private static JsonNode? CoreSchemaValue(string value)
    {
        if (value is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
            return JsonValue.Create(integer);
        // A number too large for a double ("5E5555") has no JSON form: it stays text, and the schema says what is wrong.
        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

    internal static string EscapePointer(string name) =>
        name.Contains('~') || name.Contains('/') ? new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString() : name;

    /// <summary>YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the location is reported separately.</summary>
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
