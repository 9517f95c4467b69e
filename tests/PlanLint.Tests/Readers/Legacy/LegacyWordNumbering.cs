using System.Globalization;
using System.Text;
using PlanLint.Readers.Tables;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Readers.Legacy;

/// <summary>
/// Word's list numbering (numbering.xml) as Word draws it, so a Rec No typed with the numbering button reads "7.2" as on
/// the page. Paragraphs are numbered in document order (<see cref="Next"/>): a list (w:num) points at an abstract list
/// whose counters it shares with every other list pointing there, as Word does; a list's w:lvlOverride/w:startOverride
/// restarts those levels where the list is first used; a level restarts when a higher level is used (w:lvlRestart: after
/// which level, 0 never); the label is the level's w:lvlText with each %n the number of level n in its own format
/// (w:numFmt; all decimal under w:isLgl). Bullets read "•".
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, Abstract> abstracts = [];
    private readonly Dictionary<int, Instance> instances = [];
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly Dictionary<int, int?[]> pendingStarts = [];
    private readonly HashSet<int> used = [];
    private readonly WordStyles styles;

    public WordNumbering(W.Numbering? numbering, WordStyles styles)
    {
        this.styles = styles;
        if (numbering is null) return;
        foreach (var definition in numbering.Elements<W.AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is not { } id || abstracts.ContainsKey(id)) continue;
            var levels = new Level?[Levels];
            foreach (var level in definition.Elements<W.Level>())
            {
                if (level.LevelIndex?.Value is { } i and >= 0 and < Levels) levels[i] = Level.Of(level);
            }

            abstracts[id] = new Abstract(id, levels, definition.NumberingStyleLink?.Val?.Value);
        }

        foreach (var list in numbering.Elements<W.NumberingInstance>())
        {
            if (list.NumberID?.Value is not { } numId || list.AbstractNumId?.Val?.Value is not { } abstractId || instances.ContainsKey(numId)) continue;
            var overrides = new Dictionary<int, (int? Start, Level? Level)>();
            foreach (var levelOverride in list.Elements<W.LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not ({ } i and >= 0 and < Levels)) continue;
                var level = levelOverride.Level is { } replaced ? Level.Of(replaced) : null;
                overrides[i] = (levelOverride.StartOverrideNumberingValue?.Val?.Value ?? level?.Start, level);
            }

            instances[numId] = new Instance(abstractId, overrides);
        }
    }

    public static WordNumbering Empty { get; } = new(null, WordStyles.Empty);

    /// <summary>True when the document defines no list, so no paragraph is numbered.</summary>
    public bool IsEmpty => instances.Count == 0;

    /// <summary>
    /// The label of the next paragraph of a list, advancing its counters, and whether a space (Word's tab or space
    /// after the label) separates it from the text; null when the paragraph is not numbered.
    /// </summary>
    public (ListItem Item, bool Spaced)? Next(W.ParagraphProperties? properties)
    {
        if (Target(properties) is not var (numId, level) || !instances.TryGetValue(numId, out var list) || Resolve(list) is not { } definition)
            return null;
        var counter = Counter(counters, definition);
        var pending = Counter(pendingStarts, definition);
        if (used.Add(numId))
        {
            foreach (var (overridden, (start, _)) in list.Overrides)
            {
                if (start is null) continue;
                counter[overridden] = null;
                pending[overridden] = start;
            }
        }

        if (LevelOf(list, definition, level) is not { } format) return null;
        counter[level] = counter[level] is { } current ? current + 1 : pending[level] ?? StartOf(list, definition, level);
        pending[level] = null;
        for (int deeper = level + 1; deeper < Levels; deeper++)
        {
            // Word restarts a level when the level it names, or any higher one, is used; by default the one above it.
            int restartAfter = LevelOf(list, definition, deeper)?.RestartAfter ?? deeper;
            if (restartAfter != 0 && level < restartAfter) counter[deeper] = null;
        }

        bool spaced = format.Suffix != "nothing";
        if (format.IsBullet) return (new ListItem("•", level, IsBullet: true), spaced);
        string label = Label(format, list, definition, counter);
        return label.Length == 0 ? null : (new ListItem(label, level, IsBullet: false), spaced);
    }

    /// <summary>The list and level a paragraph is numbered with: its own w:numPr, else its style's; list 0 means none.</summary>
    private (int NumId, int Level)? Target(W.ParagraphProperties? properties)
    {
        var own = properties?.NumberingProperties;
        string? styleId = properties?.ParagraphStyleId?.Val?.Value;
        var byStyle = styles.Numbering(styleId);
        int? numId = own?.NumberingId?.Val?.Value ?? byStyle?.NumId;
        if (numId is not { } id || id == 0) return null;

        int? level = own?.NumberingLevelReference?.Val?.Value;
        if (level is null && own?.NumberingId is null && byStyle is not null)
            level = byStyle.Level ?? LevelLinkedTo(id, styleId ?? byStyle.StyleId) ?? LevelLinkedTo(id, byStyle.StyleId);
        return (id, Math.Clamp(level ?? 0, 0, Levels - 1));
    }

    /// <summary>The level of a list whose w:pStyle is the paragraph's style: how a style says which level it numbers.</summary>
    private int? LevelLinkedTo(int numId, string styleId)
    {
        if (!instances.TryGetValue(numId, out var list) || Resolve(list) is not { } definition) return null;
        for (int i = 0; i < Levels; i++)
        {
            if (definition.Levels[i]?.Style == styleId) return i;
        }

        return null;
    }

    /// <summary>The abstract list a list points at, following a w:numStyleLink to the list its numbering style names.</summary>
    private Abstract? Resolve(Instance list)
    {
        var definition = abstracts.GetValueOrDefault(list.AbstractId);
        for (int hops = 0; definition?.StyleLink is { } link && hops < 4; hops++)
        {
            if (styles.NumberingStyleList(link) is not { } linkedNum || !instances.TryGetValue(linkedNum, out var linked)
                || abstracts.GetValueOrDefault(linked.AbstractId) is not { } target || target == definition)
                break;
            definition = target;
        }

        return definition;
    }

    private static int?[] Counter(Dictionary<int, int?[]> store, Abstract definition)
    {
        if (!store.TryGetValue(definition.Id, out var values)) store[definition.Id] = values = new int?[Levels];
        return values;
    }

    private static Level? LevelOf(Instance list, Abstract definition, int level) =>
        list.Overrides.TryGetValue(level, out var o) && o.Level is not null ? o.Level : definition.Levels[level];

    private static int StartOf(Instance list, Abstract definition, int level) =>
        (list.Overrides.TryGetValue(level, out var o) ? o.Start : null) ?? LevelOf(list, definition, level)?.Start ?? 0;

    /// <summary>The level's text with each %n replaced by level n's number, in that level's format.</summary>
    private static string Label(Level format, Instance list, Abstract definition, int?[] counter)
    {
        var label = new StringBuilder();
        string text = format.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int shown = text[++i] - '1';
                var shownFormat = LevelOf(list, definition, shown);
                int number = counter[shown] ?? StartOf(list, definition, shown);
                label.Append(Format(number, format.IsLegal ? "decimal" : shownFormat?.Format ?? "decimal"));
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.ToString().Trim();
    }

    /// <summary>A number in one of Word's formats; formats for other scripts read as decimal.</summary>
    private static string Format(int n, string format) => format switch
    {
        "none" => "",
        "decimalZero" => n is >= 0 and < 10 ? "0" + Decimal(n) : Decimal(n),
        "upperRoman" when n > 0 => Roman(n),
        "lowerRoman" when n > 0 => Roman(n).ToLowerInvariant(),
        "upperLetter" when n > 0 => Letter(n),
        "lowerLetter" when n > 0 => Letter(n).ToLowerInvariant(),
        "ordinal" => Decimal(n) + OrdinalSuffix(n),
        "decimalEnclosedParen" => "(" + Decimal(n) + ")",
        "decimalEnclosedFullstop" => Decimal(n) + ".",
        "decimalEnclosedCircle" when n is >= 1 and <= 20 => ((char)('\u2460' + n - 1)).ToString(),
        _ => Decimal(n),
    };

    private static string Decimal(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A, B, … Z, then AA, BB, … as Word letters a list (decimal past ZZZZ, where a letter label would only grow).</summary>
    private static string Letter(int n) => n > 26 * 4 ? Decimal(n) : new((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);

    private static string Roman(int n)
    {
        if (n >= 4000) return Decimal(n);
        var roman = new StringBuilder();
        ReadOnlySpan<(int Value, string Symbol)> numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        foreach (var (value, symbol) in numerals)
        {
            while (n >= value)
            {
                roman.Append(symbol);
                n -= value;
            }
        }

        return roman.ToString();
    }

    private static string OrdinalSuffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    private sealed record Abstract(int Id, Level?[] Levels, string? StyleLink);

    private sealed record Instance(int AbstractId, Dictionary<int, (int? Start, Level? Level)> Overrides);

    private sealed record Level(int? Start, string Format, string Text, int? RestartAfter, bool IsLegal, string? Style, string Suffix)
    {
        public bool IsBullet => Format == "bullet";

        public static Level Of(W.Level level) => new(
            level.StartNumberingValue?.Val?.Value,
            level.NumberingFormat?.Val?.InnerText ?? "decimal",
            level.LevelText?.Val?.Value ?? "",
            level.LevelRestart?.Val?.Value,
            level.IsLegalNumberingStyle is { } legal && WordStyles.IsOn(legal.Val),
            level.ParagraphStyleIdInLevel?.Val?.Value,
            level.LevelSuffix?.Val?.InnerText ?? "tab");
    }
}
