using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Model;
using PlanLint.Readers.Json;
using PlanLint.Reading;

namespace PlanLint.Readers.Yaml;

/// <summary>
/// Reads plans written in YAML: the same schema as JSON, with the line and column of every node. Editors that run
/// the YAML language server validate the file as it is typed when it starts with
/// <c># yaml-language-server: $schema=…</c>, which the canonical writer puts there.
/// </summary>
public sealed partial class YamlPlanReader : IPlanReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Plans are read with the one YAML converter, their plain scalars as text.</summary>
    internal static YamlDocumentKind Kind { get; } = new("plan", "owner", YamlScalars.Text);

    public string Format => "yaml";

    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <summary>
    /// Claims a file only when it starts like a plan in YAML (a document marker, the language-server comment or a
    /// top-level plan key): "Action Plan: HMP X" in a published plan's text also looks like a YAML mapping.
    /// </summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(Utf8Bom.Skip(head));
        }
        catch (DecoderFallbackException)
        {
            // The head may end inside a multi-byte character; judge what decodes.
            text = Encoding.UTF8.GetString(Utf8Bom.Skip(head));
        }

        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length == 0) continue;
            if (trimmed.StartsWith('#')) { if (LanguageServerComment().IsMatch(trimmed)) return true; continue; }
            return trimmed.StartsWith("---", StringComparison.Ordinal) || trimmed.StartsWith("%YAML", StringComparison.Ordinal) || PlanKeyLine().IsMatch(trimmed);
        }

        return false;
    }

    public PlanReadResult Read(string path, ReadOnlyMemory<byte> content)
    {
        var utf8 = content[Utf8Bom.Length(content.Span)..];
        int invalid = Utf8Check.FirstInvalid(utf8.Span);
        if (invalid >= 0)
        {
            var (line, column) = new TextPositions(utf8).At(invalid);
            return PlanReadResult.Failed(path, Utf8Check.Describe(utf8.Span, invalid, line, column), line, column);
        }

        string text = Encoding.UTF8.GetString(utf8.Span);

        JsonNode? root;
        bool empty;
        YamlTreeBuilder builder;
        try
        {
            (root, empty, builder) = YamlTreeBuilder.Build(text, Kind);
        }
        catch (YamlDocumentException e)
        {
            return PlanReadResult.Failed(path, e.Message, e.Line, e.Column);
        }

        if (empty || root is not JsonObject)
        {
            return PlanReadResult.Failed(path, empty
                ? "The file holds no YAML: expected a plan with \"establishment\", \"format\" and \"concerns\"."
                : "The file is YAML but not an action plan: expected a mapping with \"establishment\", \"format\" and \"concerns\".", 1, 1);
        }

        using var document = JsonDocument.Parse(root.ToJsonString());
        var positions = builder.Positions;

        SourceLocation Locate(string pointer)
        {
            if (!positions.TryGetValue(pointer, out var span))
                return new SourceLocation(path, 1, 1) { Pointer = pointer };
            return new SourceLocation(path, (int)span.Start.Line, (int)span.Start.Column, (int)span.End.Line, (int)span.End.Column) { Pointer = pointer };
        }

        if (builder.Duplicates.Count > 0)
        {
            return new PlanReadResult(null, [.. builder.Duplicates.Select(d => InvalidPlanDiagnostic.Create(
                new SourceLocation(path, (int)d.At.Line, (int)d.At.Column) { Pointer = d.ParentPointer + "/" + YamlTreeBuilder.EscapePointer(d.Key) },
                $"Duplicate key \"{PlanLint.Text.Excerpt.Of(d.Key)}\" in {PlanPointers.Describe(document.RootElement, d.ParentPointer)}; it was first given on line {d.FirstAt.Line}"))]);
        }

        return PlanTreeLoader.Load(path, document.RootElement, Locate);
    }

    [GeneratedRegex(@"^#\s*yaml-language-server:\s*\$schema=")]
    private static partial Regex LanguageServerComment();

    [GeneratedRegex("""^["']?(\$schema|establishment|submitted|inspection|reportPublished|format|concerns|suppress)["']?\s*:(\s|$)""")]
    private static partial Regex PlanKeyLine();
}
