using System.Xml.Linq;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Readers.Word;

/// <summary>
/// What a document's styles (styles.xml) say about text as it is drawn: whether a run is hidden (w:vanish in the
/// run, its character style, its paragraph's style or the document defaults, nearest first) and which list a
/// paragraph style numbers its paragraphs with. Each style is resolved once, through its w:basedOn chain.
/// </summary>
internal sealed class WordStyles
{
    /// <summary>Longer basedOn chains are cut here: Word allows no cycles, but a damaged file may hold one.</summary>
    private const int MaxChain = 32;

    private readonly Dictionary<string, XElement> byId = new(StringComparer.Ordinal);
    // The w:vanish of each style looked up, as a class: a framework dictionary over bool? (a value type) is JIT-compiled at
    // every start of the ReadyToRun build.
    private readonly Dictionary<string, StyleVanish> hidden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleNumbering?> numbering = new(StringComparer.Ordinal);
    private readonly bool hiddenByDefault;

    /// <param name="styles">The w:styles root of the styles part, or null when the document has none.</param>
    public WordStyles(XElement? styles)
    {
        if (styles is null || !styles.Is("styles")) return;
        foreach (var style in styles.Elements(W + "style"))
        {
            if (style.Attr("styleId") is not { } id) continue;
            byId.TryAdd(id, style);
            if (DefaultParagraphStyle is null && style.Attr("type") == "paragraph" && style.Attr("default") is "1" or "true" or "on") DefaultParagraphStyle = id;
        }

        hiddenByDefault = HiddenIn(styles.Child("docDefaults").Child("rPrDefault").Child("rPr")) ?? false;
    }

    public static WordStyles Empty { get; } = new(null);

    /// <summary>The style of paragraphs that name none (w:default="1"), usually "Normal".</summary>
    public string? DefaultParagraphStyle { get; }

    /// <summary>A list a paragraph style numbers its paragraphs with, and the level when the style names one.</summary>
    public sealed record StyleNumbering(int NumId, int? Level, string StyleId);

    /// <summary>Whether a run is hidden, from its own properties (w:rPr), else its character style, else its paragraph's style, else the defaults.</summary>
    public bool IsHidden(XElement? run, string? paragraphStyle)
    {
        if (run is not null)
        {
            if (HiddenIn(run) is { } direct) return direct;
            if (run.Child("rStyle").ValOf() is { } characterStyle && Hidden(characterStyle) is { } byCharacter) return byCharacter;
        }

        return ParagraphHidden(paragraphStyle);
    }

    /// <summary>Whether a paragraph's mark is hidden (so the paragraph runs on into the next, as a style separator does); <paramref name="properties"/> is its w:pPr.</summary>
    public bool IsMarkHidden(XElement? properties)
    {
        var mark = properties.Child("rPr");
        if (mark.Child("vanish") is { } vanish) return IsOn(vanish.ValOf());
        if (mark.Child("specVanish") is { } special) return IsOn(special.ValOf());
        if (mark.Child("rStyle").ValOf() is { } characterStyle && Hidden(characterStyle) is { } byCharacter) return byCharacter;
        return ParagraphHidden(properties.Child("pStyle").ValOf());
    }

    /// <summary>The list a paragraph style (or a style it is based on) numbers with, or null.</summary>
    public StyleNumbering? Numbering(string? styleId)
    {
        styleId ??= DefaultParagraphStyle;
        if (styleId is null) return null;
        if (numbering.TryGetValue(styleId, out var known)) return known;

        StyleNumbering? found = null;
        var style = Find(styleId);
        for (int depth = 0; style is not null && depth < MaxChain; depth++)
        {
            if (style.Child("pPr").Child("numPr") is { } numPr)
            {
                if (Int(numPr.Child("numId").ValOf()) is { } numId)
                    found = new StyleNumbering(numId, Int(numPr.Child("ilvl").ValOf()), style.Attr("styleId") ?? styleId);
                break;
            }

            style = Parent(style);
        }

        numbering[styleId] = found;
        return found;
    }

    /// <summary>The list a numbering style (the target of an abstract list's w:numStyleLink) points at.</summary>
    public int? NumberingStyleList(string styleId) =>
        Int(Find(styleId).Child("pPr").Child("numPr").Child("numId").ValOf());

    private bool ParagraphHidden(string? paragraphStyle) =>
        (paragraphStyle ?? DefaultParagraphStyle) is { } id && Hidden(id) is { } byParagraph ? byParagraph : hiddenByDefault;

    /// <summary>The w:vanish a style or one it is based on sets, or null when none does.</summary>
    private bool? Hidden(string styleId)
    {
        if (hidden.TryGetValue(styleId, out var known)) return known.Hidden;
        bool? found = null;
        var style = Find(styleId);
        for (int depth = 0; style is not null && depth < MaxChain && found is null; depth++)
        {
            found = HiddenIn(style.Child("rPr"));
            style = Parent(style);
        }

        hidden[styleId] = new StyleVanish(found);
        return found;
    }

    private sealed record StyleVanish(bool? Hidden);

    private XElement? Find(string id) => byId.GetValueOrDefault(id);

    private XElement? Parent(XElement style) => style.Child("basedOn").ValOf() is { } parent ? Find(parent) : null;

    private static bool? HiddenIn(XElement? properties)
    {
        if (properties.Child("vanish") is { } vanish) return IsOn(vanish.ValOf());
        if (properties.Child("specVanish") is { } special) return IsOn(special.ValOf());
        return null;
    }
}
