using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanLint.Writers.Plans;

/// <summary>
/// Writes the canonical YAML plan: the YAML language-server comment naming the schema, then block style, one line
/// per value (no folding, so diffs stay line by line). Text that a YAML tool would read as a number, date, boolean
/// or null ("1.10", "2025-01-29", "No") is quoted so every tool reads it as the text it is.
/// </summary>
public sealed partial class PlanYamlWriter : IPlanWriter
{
    public string Format => "yaml";

    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    public void Write(ActionPlan plan, Stream output, string? schemaUri)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        if (schemaUri is not null) writer.WriteLine($"# yaml-language-server: $schema={schemaUri}");
        var emitter = new Emitter(writer, bestIndent: 2, bestWidth: 100_000);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, CanonicalPlanTree.Build(plan));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, obj.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (name, value) in obj)
                {
                    emitter.Emit(Text(name));
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                    Emit(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            case null:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            default:
                emitter.Emit(Text(node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString()));
                break;
        }
    }

    private static Scalar Text(string value)
    {
        // Block scalars fold CR and NEL into line feeds and lose edge whitespace, so such text is written escaped.
        var style = NeedsEscapes(value) || ResolvesToNonText().IsMatch(value) ? ScalarStyle.DoubleQuoted
            : value.Contains('\n') ? ScalarStyle.Literal
            : ScalarStyle.Any;
        return new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true);
    }

    private static bool NeedsEscapes(string value) =>
        value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])
        || value.AsSpan().IndexOfAny(LineBreaksAndControls) >= 0;

    private static readonly System.Buffers.SearchValues<char> LineBreaksAndControls = System.Buffers.SearchValues.Create(
        "\r\u0085\u2028\u2029\uFEFF\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Plain scalars that YAML 1.1 or 1.2 resolvers read as null, booleans, numbers or timestamps.</summary>
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+([eE][-+]?[0-9]+)?|0x[0-9a-f_]+|0o[0-7]+|0b[01_]+|[0-9]+(:[0-5]?[0-9])+(\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResolvesToNonText();
}
