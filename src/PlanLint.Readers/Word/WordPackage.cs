using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace PlanLint.Readers.Word;

/// <summary>
/// The parts of a Word package (Open Packaging Conventions over a zip) the reader and writers use: the main document,
/// found by the package's officeDocument relationship, and the parts it relates to (styles, numbering, comments) found
/// by its own relationships, never by a fixed path. Strict Open XML is read as transitional: its namespaces are mapped
/// to the transitional ones on load, as Word maps them.
/// </summary>
internal sealed class WordPackage
{
    internal const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    internal const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    /// <summary>The content types of a Word main document part (document, template, and their macro-enabled forms).</summary>
    public static readonly IReadOnlySet<string> MainContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    /// <summary>Strict namespaces and the transitional ones Word reads them as.</summary>
    private static readonly Dictionary<string, string> StrictToTransitional = new(StringComparer.Ordinal)
    {
        ["http://purl.oclc.org/ooxml/wordprocessingml/main"] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        ["http://purl.oclc.org/ooxml/officeDocument/relationships"] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        ["http://purl.oclc.org/ooxml/officeDocument/math"] = "http://schemas.openxmlformats.org/officeDocument/2006/math",
        ["http://purl.oclc.org/ooxml/drawingml/main"] = "http://schemas.openxmlformats.org/drawingml/2006/main",
        ["http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"] = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        ["http://purl.oclc.org/ooxml/drawingml/picture"] = "http://schemas.openxmlformats.org/drawingml/2006/picture",
        ["http://purl.oclc.org/ooxml/officeDocument/sharedTypes"] = "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
        ["http://purl.oclc.org/ooxml/officeDocument/customXml"] = "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
    };

    private readonly ZipArchive archive;
    private readonly long maxPartBytes;
    private readonly Dictionary<string, string> defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> overrides = new(StringComparer.OrdinalIgnoreCase);

    private WordPackage(ZipArchive archive, long maxPartBytes)
    {
        this.archive = archive;
        this.maxPartBytes = maxPartBytes;
    }

    /// <summary>One relationship of a part: its id, type (the last segment, "styles"), and the part name it targets, or null for an external target.</summary>
    public sealed record Relationship(string Id, string Type, string? Target, string RawTarget, bool External);

    /// <summary>The main document part's name ("/word/document.xml").</summary>
    public string MainPart { get; private set; } = "";

    public string MainContentType => ContentType(MainPart) ?? "";

    /// <summary>Opens the package of a zip archive the guard has let through, and finds its main document.</summary>
    /// <exception cref="WordPackageException">The package has no valid content types, or no main document part.</exception>
    public static WordPackage Open(ZipArchive archive, long maxPartBytes)
    {
        var package = new WordPackage(archive, maxPartBytes);
        var types = package.Load("/[Content_Types].xml") ?? throw new WordPackageException("it has no [Content_Types].xml");
        if (types.Root?.Name.NamespaceName != ContentTypesNamespace)
            throw new WordPackageException("its [Content_Types].xml is not a content types part");
        foreach (var element in types.Root.Elements())
        {
            string? type = element.Attribute("ContentType")?.Value;
            if (type is null) continue;
            if (element.Name.LocalName == "Default" && element.Attribute("Extension")?.Value is { } extension) package.defaults.TryAdd(extension, type);
            else if (element.Name.LocalName == "Override" && element.Attribute("PartName")?.Value is { } name) package.overrides.TryAdd(Uri.UnescapeDataString(name), type);
        }

        var main = package.Relationships("/").FirstOrDefault(r => r.Type == "officeDocument" && !r.External)
            ?? throw new WordPackageException("it has no main document");
        if (main.Target is null || package.Entry(main.Target) is null)
            throw new WordPackageException($"its main document part {main.RawTarget} is missing");
        package.MainPart = main.Target;
        return package;
    }

    /// <summary>The content type of a part, from its override or its extension's default.</summary>
    public string? ContentType(string partName)
    {
        if (overrides.TryGetValue(partName, out var type)) return type;
        int dot = partName.LastIndexOf('.');
        return dot >= 0 && defaults.TryGetValue(partName[(dot + 1)..], out type) ? type : null;
    }

    /// <summary>The relationships of a part ("/" for the package's own).</summary>
    public IReadOnlyList<Relationship> Relationships(string partName)
    {
        var rels = Load(RelationshipsPart(partName));
        if (rels?.Root is not { } root) return [];
        var list = new List<Relationship>();
        foreach (var element in root.Elements(XName.Get("Relationship", RelationshipsNamespace)))
        {
            if (element.Attribute("Id")?.Value is not { } id || element.Attribute("Type")?.Value is not { } type || element.Attribute("Target")?.Value is not { } target)
                continue;
            bool external = string.Equals(element.Attribute("TargetMode")?.Value, "External", StringComparison.Ordinal);
            string kind = type.StartsWith(TransitionalRelationships, StringComparison.Ordinal) ? type[TransitionalRelationships.Length..]
                : type.StartsWith(StrictRelationships, StringComparison.Ordinal) ? type[StrictRelationships.Length..]
                : type;
            list.Add(new Relationship(id, kind, external ? null : Resolve(partName, target), target, external));
        }

        return list;
    }

    /// <summary>The part a part relates to by a relationship of this type ("styles", "numbering", "comments"), loaded; null when there is none.</summary>
    public XDocument? Related(string partName, string type) =>
        Relationships(partName).FirstOrDefault(r => r.Type == type && r.Target is not null) is { Target: { } target } ? Load(target) : null;

    /// <summary>A part's XML, with Strict namespaces read as transitional; null when the package has no such part.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public XDocument? Load(string partName)
    {
        if (Entry(partName) is not { } entry) return null;
        if (entry.Length > maxPartBytes)
            throw new InvalidDataException($"the part {partName} is larger than the {ByteSizes.Describe(maxPartBytes)} limit");
        using var stream = entry.Open();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = maxPartBytes, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(stream, settings);
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            // Say which part: "Line 2, position 644" alone does not tell a reviewer where to look.
            throw new XmlException($"{entry.FullName}: {e.Message}", e);
        }

        if (document.Root is { } root && root.Name.NamespaceName.StartsWith("http://purl.oclc.org/ooxml/", StringComparison.Ordinal))
            Transitional(root);
        return document;
    }

    public ZipArchiveEntry? Entry(string partName)
    {
        string name = partName.TrimStart('/');
        if (archive.GetEntry(name) is { } exact) return exact;
        return archive.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The part that holds a part's relationships ("/" for the package's own: /_rels/.rels).</summary>
    public static string RelationshipsPart(string partName) =>
        partName == "/" ? "/_rels/.rels" : Folder(partName) + "_rels/" + partName[(partName.LastIndexOf('/') + 1)..] + ".rels";

    private static string Folder(string partName) => partName == "/" ? "/" : partName[..(partName.LastIndexOf('/') + 1)];

    /// <summary>
    /// A relationship target of a part ("/" for the package) as a part name: relative to the source's folder, or from the
    /// package root when it starts with '/'; null for a target that names no part (a folder, an address).
    /// </summary>
    public static string? Resolve(string sourcePart, string target)
    {
        string folder = Folder(sourcePart);
        string path = Uri.UnescapeDataString(target.Split('#')[0]);
        if (path.Length == 0 || path.EndsWith('/') || path.Contains('\\') || path.Contains("://", StringComparison.Ordinal)) return null;
        var segments = new List<string>();
        foreach (string segment in (path.StartsWith('/') ? path : folder + path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : "/" + string.Join('/', segments);
    }

    private static void Transitional(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (StrictToTransitional.TryGetValue(element.Name.NamespaceName, out var ns)) element.Name = XName.Get(element.Name.LocalName, ns);
            if (!element.HasAttributes) continue;
            var attributes = element.Attributes().ToList();
            if (!attributes.Any(a => StrictToTransitional.ContainsKey(a.Name.NamespaceName) || (a.IsNamespaceDeclaration && StrictToTransitional.ContainsKey(a.Value)))) continue;
            element.ReplaceAttributes(attributes.Select(a =>
                a.IsNamespaceDeclaration && StrictToTransitional.TryGetValue(a.Value, out var declared) ? new XAttribute(a.Name, declared)
                : StrictToTransitional.TryGetValue(a.Name.NamespaceName, out var attributeNs) ? new XAttribute(XName.Get(a.Name.LocalName, attributeNs), a.Value)
                : a));
        }
    }
}

/// <summary>The package is not a Word document the reader can open; the message says why, to follow "The file is not a Word document PlanLint can open: ".</summary>
internal sealed class WordPackageException(string message) : Exception(message);
