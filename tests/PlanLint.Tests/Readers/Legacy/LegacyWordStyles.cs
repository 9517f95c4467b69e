using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Readers.Legacy;

/// <summary>
/// What a document's styles (styles.xml) say about text as it is drawn: whether a run is hidden (w:vanish in the
/// run, its character style, its paragraph's style or the document defaults, nearest first) and which list a
/// paragraph style numbers its paragraphs with. Each style is resolved once, through its w:basedOn chain.
/// </summary>
internal sealed class WordStyles
{
    /// <summary>Longer basedOn chains are cut here: Word allows no cycles, but a damaged file may hold one.</summary>
    private const int MaxChain = 32;

    private readonly Dictionary<string, W.Style> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool?> hidden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleNumbering?> numbering = new(StringComparer.Ordinal);
    private readonly bool hiddenByDefault;

    public WordStyles(W.Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<W.Style>())
        {
            if (style.StyleId?.Value is not { } id) continue;
            byId.TryAdd(id, style);
            if (DefaultParagraphStyle is null && style.Type?.InnerText == "paragraph" && style.Default?.InnerText is "1" or "true" or "on") DefaultParagraphStyle = id;
        }

        hiddenByDefault = HiddenIn(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle) ?? false;
    }

    public static WordStyles Empty { get; } = new(null);

    /// <summary>The style of paragraphs that name none (w:default="1"), usually "Normal".</summary>
    public string? DefaultParagraphStyle { get; }

    /// <summary>A list a paragraph style numbers its paragraphs with, and the level when the style names one.</summary>
    public sealed record StyleNumbering(int NumId, int? Level, string StyleId);

    /// <summary>Whether a run is hidden, from its own properties, else its character style, else its paragraph's style, else the defaults.</summary>
    public bool IsHidden(W.RunProperties? run, string? paragraphStyle)
    {
        if (run is not null)
        {
            if (HiddenIn(run) is { } direct) return direct;
            if (run.RunStyle?.Val?.Value is { } characterStyle && Hidden(characterStyle) is { } byCharacter) return byCharacter;
        }

        return ParagraphHidden(paragraphStyle);
    }

    /// <summary>Whether a paragraph's mark is hidden (so the paragraph runs on into the next, as a style separator does).</summary>
    public bool IsMarkHidden(W.ParagraphProperties? properties)
    {
        var mark = properties?.ParagraphMarkRunProperties;
        if (mark?.GetFirstChild<W.Vanish>() is { } vanish) return IsOn(vanish.Val);
        if (mark?.GetFirstChild<W.SpecVanish>() is { } special) return IsOn(special.Val);
        if (mark?.GetFirstChild<W.RunStyle>()?.Val?.Value is { } characterStyle && Hidden(characterStyle) is { } byCharacter) return byCharacter;
        return ParagraphHidden(properties?.ParagraphStyleId?.Val?.Value);
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
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr)
            {
                if (numPr.NumberingId?.Val?.Value is { } numId)
                    found = new StyleNumbering(numId, numPr.NumberingLevelReference?.Val?.Value, style.StyleId?.Value ?? styleId);
                break;
            }

            style = Parent(style);
        }

        numbering[styleId] = found;
        return found;
    }

    /// <summary>The list a numbering style (the target of an abstract list's w:numStyleLink) points at.</summary>
    public int? NumberingStyleList(string styleId) =>
        Find(styleId)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;

    private bool ParagraphHidden(string? paragraphStyle) =>
        (paragraphStyle ?? DefaultParagraphStyle) is { } id && Hidden(id) is { } byParagraph ? byParagraph : hiddenByDefault;

    /// <summary>The w:vanish a style or one it is based on sets, or null when none does.</summary>
    private bool? Hidden(string styleId)
    {
        if (hidden.TryGetValue(styleId, out var known)) return known;
        bool? found = null;
        var style = Find(styleId);
        for (int depth = 0; style is not null && depth < MaxChain && found is null; depth++)
        {
            found = HiddenIn(style.StyleRunProperties);
            style = Parent(style);
        }

        hidden[styleId] = found;
        return found;
    }

    private W.Style? Find(string id) => byId.GetValueOrDefault(id);

    private W.Style? Parent(W.Style style) => style.BasedOn?.Val?.Value is { } parent ? Find(parent) : null;

    private static bool? HiddenIn(OpenXmlElement? properties)
    {
        if (properties?.GetFirstChild<W.Vanish>() is { } vanish) return IsOn(vanish.Val);
        if (properties?.GetFirstChild<W.SpecVanish>() is { } special) return IsOn(special.Val);
        return null;
    }

    /// <summary>An on/off property's w:val as Word reads it: absent means on; read from the raw text so a bad value never throws.</summary>
    public static bool IsOn(OpenXmlSimpleType? value) =>
        value?.InnerText is not { Length: > 0 } text || text is not ("false" or "0" or "off");
}
