using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics;

namespace PlanLint.Readers.Pdf;

/// <summary>
/// The only place PdfPig is used: opens the PDF and takes each page's words and ruling lines into
/// <see cref="PdfPageContent"/>, within <see cref="PdfLimits"/>. Every failure of the document (encrypted, damaged,
/// too large, no text layer) comes back as one sentence; PdfPig's own exceptions never leave this class.
/// </summary>
internal static class PdfContentReader
{
    /// <summary>A line thinner than this (points) is a ruling, not a shape.</summary>
    private const double Thin = 2.5;

    public static (IReadOnlyList<PdfPageContent>? Pages, string? Problem) Read(ReadOnlyMemory<byte> content, PdfLimits limits)
    {
        try
        {
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false, MaxStackDepth = limits.MaxNesting };
            using var document = PdfDocument.Open(content.ToArray(), options);
            int count = document.NumberOfPages;
            if (count == 0) return (null, "The PDF has no pages.");
            if (count > limits.MaxPages)
                return (null, $"The PDF has {N(count)} pages, more than the {N(limits.MaxPages)} PlanLint reads in one plan.");

            var pages = new List<PdfPageContent>(count);
            long letters = 0, images = 0;
            for (int number = 1; number <= count; number++)
            {
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                if (letters > limits.MaxLetters)
                    return (null, $"The PDF has more than {N(limits.MaxLetters)} characters of text by page {N(number)}, more than PlanLint reads in one plan.");
                if (page.Paths.Count > limits.MaxPathsPerPage)
                    return (null, $"Page {N(number)} of the PDF draws {N(page.Paths.Count)} shapes, more than the {N(limits.MaxPathsPerPage)} PlanLint reads on a page.");
                images += page.NumberOfImages;
                pages.Add(new PdfPageContent(number, page.Width, page.Height, Words(page), Rulings(page)));
            }

            if (letters == 0)
            {
                return (null, images > 0
                    ? $"The PDF has no text layer: its {Plural(count, "page")} {(count == 1 ? "is an image" : "are images")} (a scan, or a plan printed to a picture), and PlanLint does not guess at text from a picture; lint the Word document, or a PDF saved from it."
                    : "The PDF has no text on any page.");
            }

            return (pages, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, "The PDF is protected with a password, so PlanLint cannot read it; lint the Word document, or a copy of the PDF saved without the password.");
        }
        catch (PdfDocumentStackDepthException)
        {
            return (null, $"The PDF nests its objects more than {N(limits.MaxNesting)} levels deep, which no plan needs; it was not read.");
        }
        catch (OutOfMemoryException)
        {
            return (null, "The PDF's content expands past the memory PlanLint gives one file; it was not read.");
        }
        // PdfPig parses untrusted bytes and documents no closed set of exceptions for damaged input (fuzzing found
        // format, argument, index, key, overflow and invalid-operation exceptions among others): whatever it throws
        // while the document is opened and its pages read is the file's damage, said in one line.
        catch (Exception e)
        {
            return (null, "The PDF is damaged (" + OneLine(e.Message).TrimEnd('.') + "); open it and save or export it again.");
        }
    }

    private static List<PdfWord> Words(Page page)
    {
        var words = new List<PdfWord>();
        double height = page.Height;
        foreach (var word in page.GetWords())
        {
            if (word.TextOrientation != TextOrientation.Horizontal || word.Letters.Count == 0) continue;
            string text = word.Text.Trim();
            if (text.Length == 0) continue;
            var box = word.BoundingBox;
            double baseline = word.Letters[0].StartBaseLine.Y;
            double size = word.Letters.Max(l => l.PointSize);
            bool bold = word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;
            words.Add(new PdfWord(text, box.Left, box.Right, height - box.Top, height - box.Bottom, height - baseline, size, bold));
        }

        return words;
    }

    private static List<Ruling> Rulings(Page page)
    {
        var rulings = new List<Ruling>();
        double height = page.Height;
        void Segment(PdfPoint from, PdfPoint to)
        {
            double dx = Math.Abs(to.X - from.X), dy = Math.Abs(to.Y - from.Y);
            if (dy < 0.5 && dx >= Thin) rulings.Add(new Ruling(true, height - (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
            else if (dx < 0.5 && dy >= Thin) rulings.Add(new Ruling(false, (from.X + to.X) / 2, height - Math.Max(from.Y, to.Y), height - Math.Min(from.Y, to.Y)));
        }

        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked) || IsWhite(path)) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box)
                {
                    // Word draws borders as thin filled rectangles.
                    if (box.Height <= Thin && box.Width > Thin) rulings.Add(new Ruling(true, height - (box.Top + box.Bottom) / 2, box.Left, box.Right));
                    else if (box.Width <= Thin && box.Height > Thin) rulings.Add(new Ruling(false, (box.Left + box.Right) / 2, height - box.Top, height - box.Bottom));
                    if (!path.IsStroked) continue;
                }

                PdfPoint? start = null, current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            Segment(line.From, line.To);
                            current = line.To;
                            break;
                        case PdfSubpath.CubicBezierCurve curve:
                            current = curve.EndPoint;
                            break;
                        case PdfSubpath.Close when start is { } s && current is { } c:
                            Segment(c, s);
                            current = s;
                            break;
                    }
                }
            }
        }

        return rulings;
    }

    private static bool IsWhite(PdfPath path)
    {
        var color = path.IsStroked ? path.StrokeColor : path.FillColor;
        if (color is null) return false;
        var (r, g, b) = color.ToRGBValues();
        return r > 0.95 && g > 0.95 && b > 0.95;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{N(n)} {noun}s";
}

/// <summary>How much of a PDF PlanLint reads before refusing it (the file size limit is <c>PlanReaders</c>').</summary>
public sealed record PdfLimits
{
    public static PdfLimits Default { get; } = new();

    /// <summary>Pages in one plan; the longest published plans run to a few dozen.</summary>
    public int MaxPages { get; init; } = 1_000;

    /// <summary>Characters of text over all pages.</summary>
    public long MaxLetters { get; init; } = 5_000_000;

    /// <summary>Shapes (paths) drawn on one page; a bordered table draws a few per cell.</summary>
    public int MaxPathsPerPage { get; init; } = 100_000;

    /// <summary>How deeply objects may nest (arrays in dictionaries in arrays…) before the PDF is refused.</summary>
    public int MaxNesting { get; init; } = 64;
}
