using System.IO.Compression;
using System.Xml.Linq;
using PlanLint.Readers.Word;

namespace PlanLint.Tests.Support;

/// <summary>A .docx's main document as the Word reader reads it (XML through its own package layer), with its drawn text.</summary>
internal sealed class WordXml
{
    private WordXml(XElement body, WordText text)
    {
        Body = body;
        Text = text;
    }

    public XElement Body { get; }

    public WordText Text { get; }

    public WordPlaces Places => new(Body, Text);

    public static WordXml Open(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var package = WordPackage.Open(archive, WordLimits.Default.MaxPartBytes);
        var body = package.Load(package.MainPart).ShouldNotBeNull().Root.ShouldNotBeNull().Element(WordML.W + "body").ShouldNotBeNull();
        return new WordXml(body, WordText.Of(body, package.Related(package.MainPart, "styles")?.Root, package.Related(package.MainPart, "numbering")?.Root));
    }

    /// <summary>Where an element is among the document's w:p elements in document order (the same order the SDK's Descendants gives).</summary>
    public int ParagraphIndex(XElement paragraph) => Body.Descendants(WordML.W + "p").ToList().IndexOf(paragraph);
}
