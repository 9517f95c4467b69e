using System.Globalization;
using PlanLint.Model;
using PlanLint.Writers.Plans;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PlanLint.Tests.Support;

/// <summary>
/// Draws a plan as a PDF with PdfPig's own writer: a producer other than Word or LibreOffice, laid out by hand. Title lines
/// (an ordinal as a raised, smaller "th"), then the plan table on A4 landscape pages: a bold header row repeated on each
/// page, full-width section rows, one row per recommendation with a paragraph per action (a gap between them), each owner
/// and date beside the first line of its action (so a missing one is a gap on the page), and rows that do not fit
/// continued on the next page, cutting cells between lines and so paragraphs in two. With <c>ruled</c>, cell borders are
/// stroked lines; without, nothing but the text says where a row or a column is.
/// </summary>
public static class PdfPlanBuilder
{
    private const double PageWidth = 842, PageHeight = 595, Margin = 36;
    private const double FontSize = 9, Pitch = 11, ParagraphGap = 6, Padding = 4;

    private sealed record Line(string Text, double Dy, bool Bold);

    private sealed record Row(IReadOnlyList<IReadOnlyList<Line>> Columns, bool Spanning)
    {
        public double Height => Columns.SelectMany(c => c).Select(l => l.Dy + Pitch).DefaultIfEmpty(Pitch).Max() + 2 * Padding;
    }

    public static byte[] Build(ActionPlan plan, bool ruled)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageWidth, PageHeight);
        var measurer = page;

        double Width(string text, bool isBold) => text.Length == 0 ? 0
            : measurer.MeasureText(text, FontSize, new PdfPoint(0, 0), isBold ? bold : regular) is { Count: > 0 } letters
                ? letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X
                : 0;

        bool recommendations = plan.Format == PlanFormat.Recommendations;
        double[] widths = recommendations ? [50, 170, 80, 250, 130, 90] : [50, 200, 300, 130, 90];
        double scale = (PageWidth - 2 * Margin) / widths.Sum();
        widths = [.. widths.Select(w => w * scale)];
        double[] lefts = [.. widths.Select((_, i) => Margin + widths.Take(i).Sum())];

        List<Line> Wrap(string text, double width, double dy, bool isBold)
        {
            var lines = new List<Line>();
            string current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Width(candidate, isBold) > width - 2 * Padding)
                {
                    lines.Add(new Line(current, dy, isBold));
                    dy += Pitch;
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0) lines.Add(new Line(current, dy, isBold));
            return lines;
        }

        // Title lines.
        double y = PageHeight - Margin;
        foreach (var (text, superscript, after) in TitleLines(plan))
        {
            page.AddText(text, 11, new PdfPoint(Margin, y), regular);
            if (superscript is not null)
            {
                double x = Margin + Width(text, false) * 11 / FontSize;
                page.AddText(superscript, 7, new PdfPoint(x, y + 3.5), regular);
                page.AddText(after!, 11, new PdfPoint(x + Width(superscript, false) * 7 / FontSize, y), regular);
            }

            y -= 16;
        }

        y -= 8;
        string[] headers = recommendations
            ? ["Rec No", "Recommendation", "Agreed/Partly Agreed/Not Agreed", "Response Action Taken/Planned", "Responsible Owner", "Target Date"]
            : ["1. Rec No", "2. Concerns", "3. Response Action Taken/Planned", "4. Responsible Owner", "5. Target Date"];
        var header = new Row([.. headers.Select((h, i) => (IReadOnlyList<Line>)Wrap(h, widths[i], 0, true))], false);

        var rows = new List<Row>();
        string? section = null;
        foreach (var concern in plan.Concerns)
        {
            if (concern.Section is { } s && s != section)
            {
                var spanning = new List<IReadOnlyList<Line>> { Wrap(s, widths.Sum(), 0, true) };
                rows.Add(new Row(spanning, true));
                section = s;
            }

            var columns = new List<IReadOnlyList<Line>> { Wrap(concern.Id, widths[0], 0, false), Wrap(concern.Text, widths[1], 0, false) };
            if (recommendations)
                columns.Add(concern.Agreement is { } a ? Wrap(CanonicalPlanTree.AgreementText(a), widths[2], 0, false) : []);
            int c = recommendations ? 3 : 2;
            var actions = new List<Line>();
            var owners = new List<Line>();
            var dates = new List<Line>();
            double dy = 0;
            foreach (var action in concern.Actions)
            {
                var lines = Wrap(action.Text, widths[c], dy, false);
                if (action.Owner is { } owner) owners.AddRange(Wrap(owner, widths[c + 1], dy, false));
                if (action.TargetDate is { } date) dates.AddRange(Wrap(date, widths[c + 2], dy, false));
                actions.AddRange(lines);
                double bottom = new[] { lines, owners, dates }.SelectMany(l => l).Select(l => l.Dy).DefaultIfEmpty(dy).Max();
                dy = bottom + Pitch + ParagraphGap;
            }

            columns.Add(actions);
            columns.Add(owners);
            columns.Add(dates);
            rows.Add(new Row(columns, false));
        }

        double bottomLimit = Margin;
        void DrawRow(Row row, double top, double height)
        {
            for (int i = 0; i < row.Columns.Count; i++)
            {
                var font = row.Columns[i].FirstOrDefault()?.Bold == true ? bold : regular;
                foreach (var line in row.Columns[i])
                    page.AddText(line.Text, FontSize, new PdfPoint(lefts[i] + Padding, top - Padding - line.Dy - FontSize), font);
            }

            if (!ruled) return;
            double bottom = top - height;
            page.DrawLine(new PdfPoint(Margin, top), new PdfPoint(PageWidth - Margin, top), 0.5);
            page.DrawLine(new PdfPoint(Margin, bottom), new PdfPoint(PageWidth - Margin, bottom), 0.5);
            var verticals = row.Spanning ? [Margin, PageWidth - Margin] : lefts.Append(PageWidth - Margin);
            foreach (double x in verticals)
                page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, bottom), 0.5);
        }

        void NewPage()
        {
            page = builder.AddPage(PageWidth, PageHeight);
            y = PageHeight - Margin;
            DrawRow(header, y, header.Height);
            y -= header.Height;
        }

        DrawRow(header, y, header.Height);
        y -= header.Height;
        foreach (var row in rows)
        {
            var rest = row;
            while (y - rest.Height < bottomLimit)
            {
                // Cut the row between lines: what fits stays, the rest continues at the top of the next page.
                double room = y - bottomLimit - 2 * Padding;
                var kept = rest.Columns.Select(c => (IReadOnlyList<Line>)[.. c.Where(l => l.Dy + Pitch <= room)]).ToList();
                var moved = rest.Columns.Select(c => c.Where(l => l.Dy + Pitch > room).ToList()).ToList();
                if (kept.All(k => k.Count == 0))
                {
                    NewPage();
                    continue;
                }

                double shift = moved.SelectMany(m => m).Select(l => l.Dy).Min();
                var keptRow = new Row(kept, rest.Spanning);
                DrawRow(keptRow, y, y - bottomLimit);
                rest = new Row([.. moved.Select(m => (IReadOnlyList<Line>)[.. m.Select(l => l with { Dy = l.Dy - shift })])], rest.Spanning);
                NewPage();
            }

            DrawRow(rest, y, rest.Height);
            y -= rest.Height;
        }

        return builder.Build();
    }

    /// <summary>The title lines WordPlanBuilder writes, with "Report Published" carrying its ordinal as a superscript.</summary>
    private static IEnumerable<(string Text, string? Superscript, string? After)> TitleLines(ActionPlan plan)
    {
        yield return ("HM Prison & Probation Service", null, null);
        if (plan.Establishment is { } establishment) yield return ("Action Plan: " + establishment, null, null);
        if (plan.Submitted is { } submitted) yield return ("Action Plan Submitted: " + submitted.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), null, null);
        if (plan.InspectionStart is { } start && plan.InspectionEnd is { } end)
            yield return ($"A Response to the HMIP Inspection: {start.ToString("d MMMM", CultureInfo.InvariantCulture)} – {end.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", null, null);
        if (plan.ReportPublished is { } published)
        {
            int day = published.Day;
            string suffix = day is 1 or 21 or 31 ? "st" : day is 2 or 22 ? "nd" : day is 3 or 23 ? "rd" : "th";
            yield return ("Report Published: " + day.ToString(CultureInfo.InvariantCulture), suffix, " " + published.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        }
    }
}
