using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Readers.Word;

/// <summary>
/// The text a reader of a Word document sees: runs' text with tabs as spaces, line breaks (Shift+Enter) splitting a
/// paragraph into lines as they appear on the page; deleted and moved-away tracked changes, field codes, drawings
/// and text boxes left out.
/// </summary>
internal static class WordText
{
    /// <summary>The lines of a paragraph: one, or more where it holds line breaks.</summary>
    public static IReadOnlyList<string> Lines(W.Paragraph paragraph)
    {
        var lines = new List<StringBuilder> { new() };
        Walk(paragraph, lines);
        return [.. lines.Select(l => Normalise(l.ToString()))];
    }

    public static string Text(W.Paragraph paragraph) => string.Join(" ", Lines(paragraph).Where(l => l.Length > 0));

    /// <summary>
    /// The paragraphs of a cell or of the document body in reading order, including those in content controls and,
    /// flattened row by row, in nested tables (whose text belongs to the cell that holds them).
    /// </summary>
    public static IEnumerable<W.Paragraph> Paragraphs(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p:
                    yield return p;
                    break;
                case W.Table or W.TableRow or W.TableCell or W.SdtBlock or W.SdtContentBlock or W.SdtCell or W.SdtContentCell or W.SdtRow or W.SdtContentRow or W.CustomXmlBlock or W.CustomXmlRow or W.CustomXmlCell:
                    foreach (var nested in Paragraphs(child))
                        yield return nested;
                    break;
            }
        }
    }

    private static void Walk(OpenXmlElement element, List<StringBuilder> lines)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.Text text:
                    lines[^1].Append(text.Text);
                    break;
                case W.TabChar or W.PositionalTab:
                    lines[^1].Append(' ');
                    break;
                case W.Break br when br.Type is null || br.Type.Value == W.BreakValues.TextWrapping:
                case W.CarriageReturn:
                    lines.Add(new StringBuilder());
                    break;
                case W.Break:
                    lines[^1].Append(' ');
                    break;
                case W.NoBreakHyphen:
                    lines[^1].Append('-');
                    break;
                case W.ParagraphProperties or W.RunProperties or W.DeletedRun or W.MoveFromRun or W.Drawing or W.Picture
                    or W.EmbeddedObject or AlternateContent or W.FieldCode or W.DeletedText:
                    break;
                default:
                    Walk(child, lines);
                    break;
            }
        }
    }

    private static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
