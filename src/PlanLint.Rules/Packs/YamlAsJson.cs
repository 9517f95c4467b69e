using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Configuration;
using PlanLint.Json;
using PlanLint.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanLint.Rules.Packs;

/// <summary>
/// Turns a YAML rule file into the JSON it stands for, remembering where each value was written, so one schema
/// and one set of messages serve both formats. Plain scalars are typed by the YAML 1.2 core schema. Anchors and
/// aliases are refused: a rule file has no need of them and they allow "billion laughs" expansion.
/// </summary>
internal static partial class YamlAsJson
{
    // A rule is a shallow document; deeper nesting would overflow the stack while reading (an uncatchable crash) or
    // fail later inside System.Text.Json without a location.
    private const int MaxDepth = 32;

    public static (JsonElement Root, Func<string, SourceLocation> Locate) Parse(string path, string text)
    {
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        JsonNode? root;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                throw new ConfigurationException("The rule file is empty.", new SourceLocation(path, 1, 1));
            parser.Consume<DocumentStart>();
            root = ReadNode(parser, "", 0, positions, path);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new ConfigurationException("The rule file holds more than one YAML document; give one rule per file.", Locate(path, positions, ""));
        }
        catch (YamlException e)
        {
            throw new ConfigurationException("The file is not valid YAML: " + CleanMessage(e.Message), new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, for some unclosed flow collections and invalid tags ("!!]]").
            var last = positions.Count == 0 ? (Line: 1, Column: 1) : positions.Values.MaxBy(p => (p.Line, p.Column));
            throw new ConfigurationException(e is ArgumentException ? "The file is not valid YAML: " + e.Message.Split(" (Parameter")[0] : "The file is not valid YAML: a list or mapping here is not closed.", new SourceLocation(path, last.Line, last.Column), e);
        }

        using var document = JsonDocument.Parse(root?.ToJsonString() ?? "null");
        return (document.RootElement.Clone(), pointer => Locate(path, positions, pointer));
    }

    private static SourceLocation Locate(string path, Dictionary<string, (int Line, int Column)> positions, string pointer) =>
        positions.TryGetValue(pointer, out var p) ? new SourceLocation(path, p.Line, p.Column) { Pointer = pointer } : new SourceLocation(path, 1, 1) { Pointer = pointer };

    private static JsonNode? ReadNode(IParser parser, string pointer, int depth, Dictionary<string, (int, int)> positions, string path)
    {
        if (parser.Accept<AnchorAlias>(out var alias))
            throw new ConfigurationException("YAML aliases (*name) are not allowed in rule files; write the value out.", new SourceLocation(path, (int)alias.Start.Line, (int)alias.Start.Column));

        var start = parser.Current!.Start;
        if (depth > MaxDepth)
            throw new ConfigurationException($"The rule file is nested more than {MaxDepth} levels deep; a rule is not.", new SourceLocation(path, (int)start.Line, (int)start.Column));
        positions[pointer] = ((int)start.Line, (int)start.Column);
        if (parser.TryConsume<Scalar>(out var scalar))
            return ScalarValue(scalar);

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
                array.Add(ReadNode(parser, JsonPointers.Append(pointer, array.Count), depth + 1, positions, path));
            return array;
        }

        parser.Consume<MappingStart>();
        var obj = new JsonObject();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
                throw new ConfigurationException("Only plain names can be keys in a rule file.", Here(parser, path));
            if (obj.ContainsKey(key.Value))
                throw new ConfigurationException($"\"{Text.Excerpt.Of(key.Value)}\" is given twice.", new SourceLocation(path, (int)key.Start.Line, (int)key.Start.Column));
            obj[key.Value] = ReadNode(parser, JsonPointers.Append(pointer, key.Value), depth + 1, positions, path);
        }

        return obj;
    }

    private static SourceLocation Here(IParser parser, string path) =>
        parser.Current is { } e ? new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column) : SourceLocation.File(path);

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        string value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
            return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
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

    /// <summary>YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the location is reported separately.</summary>
    private static string CleanMessage(string message)
    {
        int cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
