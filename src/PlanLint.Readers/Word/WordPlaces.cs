using System.Xml.Linq;
using PlanLint.Model;
using static PlanLint.Readers.Word.WordML;

namespace PlanLint.Readers.Word;

/// <summary>The paragraphs, as Word draws them, a place covers, in reading order, and the line within the only one when the place names a line.</summary>
internal sealed record WordPlaceMatch(IReadOnlyList<WordParagraph> Paragraphs, int? Line = null)
{
    /// <summary>The first Word paragraph of the place (a drawn paragraph may hold several whose marks are deleted or hidden).</summary>
    public XElement First => Paragraphs[0].Before is [var before, ..] ? before : Paragraphs[0].Last;

    /// <summary>The last Word paragraph of the place.</summary>
    public XElement LastParagraph => Paragraphs[^1].Last;
}

/// <summary>
/// The way back from a location the Word reader gave to the document: finds the paragraphs a <see cref="DocumentPlace"/>
/// names, counting tables, rows, cells and paragraphs with the reader's own <see cref="WordText"/> and
/// <see cref="WordTableExtractor"/> (tables and body paragraphs in reading order through content controls and
/// alternate content; rows and cells as drawn, without deleted or hidden ones; paragraphs whose mark is deleted or hidden
/// run on into the next; a cell's paragraphs with nested tables flattened). Used to put a finding where the reader found it.
/// </summary>
internal sealed class WordPlaces(XElement body, WordText text)
{
    /// <summary>The drawn text the places count in, also for finding a phrase in a paragraph.</summary>
    public WordText Text { get; } = text;

    /// <summary>The places of a body, with the roots of the document's styles and numbering parts.</summary>
    public static WordPlaces Of(XElement body, XElement? styles, XElement? numbering) => new(body, WordText.Of(body, styles, numbering));

    /// <summary>
    /// The paragraphs of a place: one paragraph (and its line) for a paragraph place; every paragraph of a cell, of a row
    /// (cell by cell), or of a table's first row (its header) for the wider places; a body paragraph for a title line.
    /// Null when the document has no such place.
    /// </summary>
    public WordPlaceMatch? Find(DocumentPlace place)
    {
        var blocks = Text.Blocks(body);
        if (place.Table is not { } tableNumber)
        {
            return place.Paragraph is { } number && blocks.Where(b => b.Paragraph is not null).ElementAtOrDefault(number - 1).Paragraph is { } titleLine
                ? new WordPlaceMatch([titleLine], place.Line)
                : null;
        }

        if (blocks.Where(b => b.Table is not null).ElementAtOrDefault(tableNumber - 1).Table is not { } table)
            return null;
        var rows = WordText.Rows(table).ToList();
        if (place.Row is not { } rowNumber)
            return rows.Count == 0 ? null : Match([.. WordTableExtractor.PlacedCells(rows[0]).SelectMany(Text.Paragraphs)]);
        if (rows.ElementAtOrDefault(rowNumber - 1) is not { } row)
            return null;
        if (place.Column is not { } column)
            return Match([.. WordTableExtractor.PlacedCells(row).SelectMany(Text.Paragraphs)]);
        if (WordTableExtractor.PlacedCells(row).ElementAtOrDefault(column - 1) is not { } cell)
            return null;
        var paragraphs = Text.Paragraphs(cell);
        if (place.Paragraph is not { } paragraph)
            return Match(paragraphs);
        return paragraphs.ElementAtOrDefault(paragraph - 1) is { } found ? new WordPlaceMatch([found], place.Line) : null;
    }

    /// <summary>
    /// The paragraphs of a paragraph place's cell from that paragraph on (where an action whose steps are list items
    /// runs on: the reader places it at its first paragraph); empty for any other place.
    /// </summary>
    public IReadOnlyList<WordParagraph> FromParagraphOn(DocumentPlace place)
    {
        if (place is not { Paragraph: { } paragraph, Line: null, Column: not null } || Find(place with { Paragraph = null }) is not { } cell)
            return [];
        return [.. cell.Paragraphs.Skip(paragraph - 1)];
    }

    private static WordPlaceMatch? Match(IReadOnlyList<WordParagraph> paragraphs) => paragraphs.Count == 0 ? null : new WordPlaceMatch(paragraphs);

    /// <summary>
    /// The document's title: its first body paragraph with text; a document that starts with its table gets the first
    /// paragraph with text anywhere, and one with no text at all its first paragraph. Null for an empty body.
    /// </summary>
    public XElement? Title()
    {
        var drawn = Text.Blocks(body).Select(b => b.Paragraph).FirstOrDefault(p => p is not null && HasText(p))
            ?? Text.Paragraphs(body).FirstOrDefault(HasText);
        return drawn is not null ? drawn.Before is [var before, ..] ? before : drawn.Last : body.Descendants(W + "p").FirstOrDefault();
    }

    private bool HasText(WordParagraph paragraph) => Text.Text(paragraph).Length > 0;
}
