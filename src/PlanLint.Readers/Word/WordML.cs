using System.Xml;
using System.Xml.Linq;

namespace PlanLint.Readers.Word;

/// <summary>
/// The WordprocessingML names the Word reader and writers use, and how its attribute values read: integers as the
/// schema writes them (a value that is not one is damage, reported as such), on/off values as Word reads them.
/// </summary>
internal static class WordML
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static readonly XName Val = W + "val";

    /// <summary>The w:val of a property element; null when there is no element or no value.</summary>
    public static string? ValOf(this XElement? element) => element?.Attribute(Val)?.Value;

    /// <summary>A w: attribute's text.</summary>
    public static string? Attr(this XElement? element, string localName) => element?.Attribute(W + localName)?.Value;

    /// <summary>The first w: child of that name.</summary>
    public static XElement? Child(this XElement? element, string localName) => element?.Element(W + localName);

    public static bool Is(this XElement element, string localName) => element.Name.LocalName == localName && element.Name.Namespace == W;

    /// <summary>An integer attribute as the schema writes it (xsd:int); a value that is not one throws <see cref="FormatException"/>.</summary>
    public static int? Int(string? value) => value is null ? null : XmlConvert.ToInt32(value);

    /// <summary>An on/off value as Word reads it: absent means on; anything but false, 0 or off is on.</summary>
    public static bool IsOn(string? value) => value is not { Length: > 0 } text || text is not ("false" or "0" or "off");

    /// <summary>Whether an on/off property element is present and on.</summary>
    public static bool IsOn(this XElement? property) => property is not null && IsOn(property.Attribute(Val)?.Value);
}
