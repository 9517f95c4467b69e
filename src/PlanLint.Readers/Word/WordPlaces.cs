using DocumentFormat.OpenXml;
using PlanLint.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Readers.Word;

/// <summary>The paragraphs a place covers, in reading order, and the line within the only one when the place names a line.</summary>
public sealed record WordPlaceMatch(IReadOnlyList<W.Paragraph> Paragraphs, int? Line = null);

/// <summary>
/// The way back from a location the Word reader gave to the document: finds the paragraphs a <see cref="DocumentPlace"/>
/// names, counting tables, rows, cells and paragraphs exactly as <see cref="WordTableExtractor"/> and
/// <see cref="WordText"/> do (tables and body paragraphs in reading order through content controls; a table's own rows;
/// a row's own cells; a cell's paragraphs with nested tables flattened). Used to put a finding where the reader found it.
/// </summary>
public static class WordPlaces
{
    /// <summary>
    /// The paragraphs of a place: one paragraph (and its line) for a paragraph place; every paragraph of a cell, of a row
    /// (cell by cell), or of a table's first row (its header) for the wider places; a body paragraph for a title line.
    /// Null when the document has no such place.
    /// </summary>
    public static WordPlaceMatch? Find(W.Body body, DocumentPlace place)
    {
        if (place.Table is not { } tableNumber)
        {
            return place.Paragraph is { } number && Blocks(body).OfType<W.Paragraph>().ElementAtOrDefault(number - 1) is { } titleLine
                ? new WordPlaceMatch([titleLine], place.Line)
                : null;
        }

        if (Blocks(body).OfType<W.Table>().ElementAtOrDefault(tableNumber - 1) is not { } table)
            return null;
        var rows = WordTableExtractor.Rows(table);
        if (place.Row is not { } rowNumber)
            return rows.Count == 0 ? null : new WordPlaceMatch([.. WordText.Paragraphs(rows[0])]);
        if (rows.ElementAtOrDefault(rowNumber - 1) is not { } row)
            return null;
        if (place.Column is not { } column)
            return new WordPlaceMatch([.. WordTableExtractor.RowCells(row).SelectMany(WordText.Paragraphs)]);
        if (WordTableExtractor.RowCells(row).ElementAtOrDefault(column - 1) is not { } cell)
            return null;
        var paragraphs = WordText.Paragraphs(cell).ToList();
        if (place.Paragraph is not { } paragraph)
            return new WordPlaceMatch(paragraphs);
        return paragraphs.ElementAtOrDefault(paragraph - 1) is { } found ? new WordPlaceMatch([found], place.Line) : null;
    }

    /// <summary>
    /// The document's title: its first body paragraph with text; a document that starts with its table gets the first
    /// paragraph with text anywhere, and one with no text at all its first paragraph. Null for an empty body.
    /// </summary>
    public static W.Paragraph? Title(W.Body body) =>
        Blocks(body).OfType<W.Paragraph>().FirstOrDefault(HasText)
        ?? WordText.Paragraphs(body).FirstOrDefault(HasText)
        ?? body.Descendants<W.Paragraph>().FirstOrDefault();

    /// <summary>The body's paragraphs and tables in reading order, through block-level content controls and custom XML.</summary>
    internal static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph or W.Table:
                    yield return child;
                    break;
                case W.SdtBlock or W.SdtContentBlock or W.CustomXmlBlock:
                    foreach (var inner in Blocks(child))
                        yield return inner;
                    break;
            }
        }
    }

    private static bool HasText(W.Paragraph paragraph) => WordText.Text(paragraph).Length > 0;
}
