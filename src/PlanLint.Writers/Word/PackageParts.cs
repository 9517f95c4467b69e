using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using PlanLint.Readers.Word;

namespace PlanLint.Writers.Word;

/// <summary>
/// A Word package being written: its parts, content types and relationships (Open Packaging Conventions over a zip),
/// opened from a document or started empty. Parts are read as XML when asked for; only parts marked changed are
/// written again, every other part is copied as it was, in its place in the zip.
/// </summary>
internal sealed class PackageParts
{
    public const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string RelationshipsNamespace = WordPackage.RelationshipsNamespace;
    private const string ContentTypesNamespace = WordPackage.ContentTypesNamespace;
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    /// <summary>Parts by name without the leading '/', in zip order.</summary>
    private readonly List<string> order = [];
    private readonly Dictionary<string, byte[]> stored = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, XDocument> loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> changed = new(StringComparer.OrdinalIgnoreCase);
    private readonly XDocument contentTypes;

    private PackageParts(XDocument contentTypes)
    {
        this.contentTypes = contentTypes;
    }

    /// <summary>The main document part's name ("/word/document.xml").</summary>
    public string MainPart { get; private set; } = "/word/document.xml";

    /// <summary>Opens a package the Word reader's guard has let through.</summary>
    /// <exception cref="InvalidDataException">It is not a Word package, or it is damaged.</exception>
    public static PackageParts Open(ReadOnlyMemory<byte> content, long maxPartBytes)
    {
        using var archive = new ZipArchive(WordPackageGuard.OpenRead(content), ZipArchiveMode.Read);
        string main;
        try
        {
            main = WordPackage.Open(archive, maxPartBytes).MainPart;
        }
        catch (WordPackageException e)
        {
            throw new InvalidDataException("The file is not a Word document PlanLint can open: " + e.Message + ".");
        }

        var entries = new List<(string Name, byte[] Bytes)>();
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }

        var types = Parse(entries.First(e => string.Equals(e.Name, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase)).Bytes);
        var package = new PackageParts(types) { MainPart = main };
        foreach (var (name, bytes) in entries)
        {
            if (package.stored.TryAdd(name, bytes)) package.order.Add(name);
        }

        return package;
    }

    /// <summary>An empty package with the content types every Word document declares.</summary>
    public static PackageParts Create()
    {
        XNamespace ct = ContentTypesNamespace;
        var types = new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XElement(ct + "Types",
            new XElement(ct + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", RelationshipsContentType)),
            new XElement(ct + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml"))));
        var package = new PackageParts(types);
        package.order.Add("[Content_Types].xml");
        package.stored["[Content_Types].xml"] = [];
        return package;
    }

    /// <summary>A part's XML, or null when there is no such part; call <see cref="Changed"/> when it is changed, to write it again.</summary>
    public XDocument? Xml(string partName)
    {
        string key = Key(partName);
        if (loaded.TryGetValue(key, out var document)) return document;
        if (!stored.TryGetValue(key, out var bytes)) return null;
        document = Parse(bytes);
        loaded[key] = document;
        return document;
    }

    /// <summary>A part's XML as text, read without keeping it.</summary>
    public string? Text(string partName)
    {
        string key = Key(partName);
        if (loaded.TryGetValue(key, out var document)) return document.ToString(SaveOptions.DisableFormatting);
        return stored.TryGetValue(key, out var bytes) ? new StreamReader(new MemoryStream(bytes)).ReadToEnd() : null;
    }

    public void Changed(string partName) => changed.Add(Key(partName));

    /// <summary>Adds (or replaces) a part with its content type.</summary>
    public void Put(string partName, XDocument document, string contentType)
    {
        string key = Key(partName);
        if (!stored.ContainsKey(key))
        {
            order.Add(key);
            stored[key] = [];
        }

        loaded[key] = document;
        changed.Add(key);
        SetContentType(partName, contentType);
    }

    /// <summary>A part name not used yet: the wanted one, else with 2, 3, … before the extension.</summary>
    public string FreeName(string wanted)
    {
        if (!stored.ContainsKey(Key(wanted))) return wanted;
        int dot = wanted.LastIndexOf('.');
        for (int n = 2; ; n++)
        {
            string name = wanted[..dot] + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + wanted[dot..];
            if (!stored.ContainsKey(Key(name))) return name;
        }
    }

    /// <summary>Takes a part out, with its relationships part and content type override.</summary>
    public void Delete(string partName)
    {
        foreach (string key in new[] { Key(partName), Key(RelationshipsPart(partName)) })
        {
            stored.Remove(key);
            loaded.Remove(key);
            changed.Remove(key);
            order.RemoveAll(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
        }

        contentTypes.Root?.Elements(XName.Get("Override", ContentTypesNamespace))
            .Where(o => string.Equals(o.Attribute("PartName")?.Value, "/" + Key(partName), StringComparison.OrdinalIgnoreCase)).Remove();
    }

    public string? ContentType(string partName)
    {
        var root = contentTypes.Root;
        var over = root?.Elements(XName.Get("Override", ContentTypesNamespace))
            .FirstOrDefault(o => string.Equals(o.Attribute("PartName")?.Value, "/" + Key(partName), StringComparison.OrdinalIgnoreCase));
        if (over?.Attribute("ContentType")?.Value is { } type) return type;
        string extension = partName[(partName.LastIndexOf('.') + 1)..];
        return root?.Elements(XName.Get("Default", ContentTypesNamespace))
            .FirstOrDefault(d => string.Equals(d.Attribute("Extension")?.Value, extension, StringComparison.OrdinalIgnoreCase))?.Attribute("ContentType")?.Value;
    }

    public void SetContentType(string partName, string contentType)
    {
        XNamespace ct = ContentTypesNamespace;
        var root = contentTypes.Root ?? throw new InvalidDataException("The package has no content types.");
        root.Elements(ct + "Override").Where(o => string.Equals(o.Attribute("PartName")?.Value, "/" + Key(partName), StringComparison.OrdinalIgnoreCase)).Remove();
        root.Add(new XElement(ct + "Override", new XAttribute("PartName", "/" + Key(partName)), new XAttribute("ContentType", contentType)));
        changed.Add("[Content_Types].xml");
    }

    /// <summary>A relationship of a part: its id, its full type, its target as written and, for an internal one, the part it names.</summary>
    public sealed record Relationship(string Id, string Type, string Target, string? Part, bool External);

    /// <summary>The relationships of a part ("/" for the package's own).</summary>
    public IReadOnlyList<Relationship> Relationships(string partName)
    {
        if (Xml(RelationshipsPart(partName))?.Root is not { } root) return [];
        return [.. root.Elements(XName.Get("Relationship", RelationshipsNamespace))
            .Where(r => r.Attribute("Id") is not null && r.Attribute("Type") is not null && r.Attribute("Target") is not null)
            .Select(r =>
            {
                bool external = r.Attribute("TargetMode")?.Value == "External";
                string target = r.Attribute("Target")!.Value;
                return new Relationship(r.Attribute("Id")!.Value, r.Attribute("Type")!.Value, target, external ? null : WordPackage.Resolve(partName, target), external);
            })];
    }

    /// <summary>The part a part relates to by a relationship of this type (the last segment of an officeDocument type, or a full type), or null.</summary>
    public string? Related(string partName, string type) =>
        Relationships(partName).FirstOrDefault(r => (r.Type == type || r.Type == RelationshipTypes + type) && r.Part is not null && stored.ContainsKey(Key(r.Part)))?.Part;

    /// <summary>Adds a relationship; returns its id (<paramref name="id"/>, or the first free rIdN).</summary>
    public string Relate(string source, string type, string target, bool external = false, string? id = null)
    {
        string relsName = RelationshipsPart(source);
        XNamespace rel = RelationshipsNamespace;
        var document = Xml(relsName);
        if (document is null)
        {
            document = new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XElement(rel + "Relationships"));
            string key = Key(relsName);
            order.Add(key);
            stored[key] = [];
            loaded[key] = document;
        }

        var root = document.Root ?? throw new InvalidDataException($"The relationships part {relsName} is empty.");
        var used = root.Elements(rel + "Relationship").Select(r => r.Attribute("Id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (id is null)
        {
            int n = 1;
            while (used.Contains("rId" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))) n++;
            id = "rId" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var element = new XElement(rel + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target));
        if (external) element.Add(new XAttribute("TargetMode", "External"));
        root.Add(element);
        changed.Add(Key(relsName));
        return id;
    }

    public void Unrelate(string source, string id)
    {
        if (Xml(RelationshipsPart(source))?.Root is not { } root) return;
        root.Elements(XName.Get("Relationship", RelationshipsNamespace)).Where(r => r.Attribute("Id")?.Value == id).Remove();
        changed.Add(Key(RelationshipsPart(source)));
    }

    /// <summary>The package as a zip: changed parts written again, the rest copied, the content types first.</summary>
    public byte[] Save()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "[Content_Types].xml", Serialize(contentTypes));
            foreach (string name in order)
            {
                if (string.Equals(name, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase)) continue;
                Write(archive, name, changed.Contains(name) && loaded.TryGetValue(name, out var document) ? Serialize(document) : stored[name]);
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive archive, string name, byte[] bytes)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false }))
            document.Save(writer);
        return stream.ToArray();
    }

    private static XDocument Parse(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static string Key(string partName) => partName.TrimStart('/');

    private static string RelationshipsPart(string partName) => WordPackage.RelationshipsPart(partName);
}
