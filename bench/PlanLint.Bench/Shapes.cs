using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PlanLint.Bench;

/// <summary>
/// Issue 21: time and peak memory of <c>planlint check</c> against input size, for each shape of document that once
/// went super-linear: minified (one-line) JSON, indented JSON, YAML in flow style, published text with wide rows of
/// tabs, and a Word cell of many paragraphs. Sizes double from 1 MB up to the largest given (by default just under
/// the 50 MB limit for a plan file); linear growth shows as a time ratio near 2 between one size and the next.
/// </summary>
internal static class Shapes
{
    private static readonly string[] Words = ("review staff training safety regime prisoners officers monitor report board weekly monthly " +
        "plan audit health governor wing keywork violence recovery education purposeful activity custody").Split(' ');

    /// <param name="MaxMegabytes">The most text the shape can hold within PlanLint's limits (a Word part may unpack to 64 MB).</param>
    public sealed record Shape(string Name, string Extension, Func<int, Random, string, long> Write, int MaxMegabytes = int.MaxValue);

    public static IReadOnlyList<Shape> All { get; } =
    [
        new("minified JSON", ".plan.json", (bytes, random, path) => WriteText(path, Json(bytes, random, indented: false))),
        new("indented JSON", ".plan.json", (bytes, random, path) => WriteText(path, Json(bytes, random, indented: true))),
        new("YAML flow style", ".plan.yaml", (bytes, random, path) => WriteText(path, YamlFlow(bytes, random))),
        new("text, wide rows of tabs", ".txt", (bytes, random, path) => WriteText(path, WideText(bytes, random))),
        new("Word, one cell of many paragraphs", ".docx", WordCell, MaxMegabytes: 32),
    ];

    public static void Run(string planlint, string work, int runs, int maxMegabytes)
    {
        var culture = CultureInfo.InvariantCulture;
        string folder = Path.Combine(work, "shapes");
        Directory.CreateDirectory(folder);
        var sizes = new List<int>();
        for (int mb = 1; mb < maxMegabytes; mb *= 2) sizes.Add(mb);
        sizes.Add(maxMegabytes);

        Console.WriteLine($"Shapes: {string.Join(", ", sizes)} MB of text (a Word document holds that much text in its cell); {runs} runs each after a warm-up.");
        Console.WriteLine();
        Console.WriteLine("| Shape | Input | File | Median wall | Peak RSS | Wall ratio to the size before | ms per MB | RSS MB per MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var shape in All)
        {
            double? previous = null;
            foreach (int mb in sizes)
            {
                if (mb > shape.MaxMegabytes)
                {
                    Console.WriteLine($"| {shape.Name} | {mb} MB | past the limit PlanLint sets for this format | | | | | |");
                    continue;
                }

                string path = Path.Combine(folder, $"{Slug(shape.Name)}-{mb}mb{shape.Extension}");
                long written = shape.Write(mb * 1024 * 1024, new Random(mb), path);
                ProcessTimer.Measure(planlint, ["check", path, "--max-file-size", "1 GB"], work);
                var measured = Enumerable.Range(0, runs).Select(_ => ProcessTimer.Measure(planlint, ["check", path, "--max-file-size", "1 GB"], work)).ToList();
                double wall = measured.Select(r => r.Wall.TotalMilliseconds).Order().ElementAt(measured.Count / 2);
                long peak = measured.Max(r => r.PeakRssBytes);
                string ratio = previous is { } before ? (wall / before).ToString("0.00", culture) + "×" : "";
                Console.WriteLine(string.Create(culture,
                    $"| {shape.Name} | {mb} MB | {written / (1024.0 * 1024):0.0} MB | {wall:N0} ms | {peak / (1024.0 * 1024):N0} MB | {ratio} | {wall / mb:N0} | {peak / (1024.0 * 1024) / mb:0.0} |"));
                previous = wall;
                if (measured.Any(r => r.ExitCode > 1))
                    Console.WriteLine($"|   exit code {measured[0].ExitCode}: planlint could not run on {Path.GetFileName(path)} | | | | | | | |");
            }
        }
    }

    private static string Slug(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static long WriteText(string path, string text)
    {
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return new FileInfo(path).Length;
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    /// <summary>Concerns of one action each, as varied as real plans, until the text reaches the size.</summary>
    private static IEnumerable<(string Id, string Concern, string Action, string Owner, string Date)> Rows(int bytes, Random random)
    {
        long size = 0;
        for (int i = 1; size < bytes; i++)
        {
            var row = (i.ToString(CultureInfo.InvariantCulture), Sentence(random, 14) + ".", $"We will {Sentence(random, 12)} ({i}).", "Head of " + Words[random.Next(Words.Length)], random.Next(4) == 0 ? "Ongoing" : "March 2026");
            size += 40 + row.Item2.Length + row.Item3.Length + row.Item4.Length + row.Item5.Length;
            yield return row;
        }
    }

    private static string Json(int bytes, Random random, bool indented)
    {
        var sb = new StringBuilder(bytes + 4096);
        string nl = indented ? "\n" : "", sp = indented ? " " : "";
        string Indent(int level) => indented ? new string(' ', level * 2) : "";
        sb.Append('{').Append(nl).Append(Indent(1)).Append(CultureInfo.InvariantCulture, $"\"establishment\":{sp}\"HMP Bench\",").Append(nl)
          .Append(Indent(1)).Append(CultureInfo.InvariantCulture, $"\"format\":{sp}\"concerns\",").Append(nl)
          .Append(Indent(1)).Append(CultureInfo.InvariantCulture, $"\"concerns\":{sp}[").Append(nl);
        bool first = true;
        foreach (var (id, concern, action, owner, date) in Rows(bytes, random))
        {
            if (!first) sb.Append(',').Append(nl);
            first = false;
            sb.Append(Indent(2)).Append('{').Append(nl)
              .Append(Indent(3)).Append(CultureInfo.InvariantCulture, $"\"id\":{sp}\"{id}\",").Append(nl)
              .Append(Indent(3)).Append(CultureInfo.InvariantCulture, $"\"text\":{sp}\"{concern}\",").Append(nl)
              .Append(Indent(3)).Append(CultureInfo.InvariantCulture, $"\"actions\":{sp}[{{\"text\":{sp}\"{action}\",{sp}\"owner\":{sp}\"{owner}\",{sp}\"targetDate\":{sp}\"{date}\"}}]").Append(nl)
              .Append(Indent(2)).Append('}');
        }

        return sb.Append(nl).Append(Indent(1)).Append(']').Append(nl).Append('}').Append(nl).ToString();
    }

    private static string YamlFlow(int bytes, Random random)
    {
        var sb = new StringBuilder(bytes + 4096);
        sb.Append("{establishment: HMP Bench, format: concerns, concerns: [");
        bool first = true;
        foreach (var (id, concern, action, owner, date) in Rows(bytes, random))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(CultureInfo.InvariantCulture, $"{{id: \"{id}\", text: \"{concern}\", actions: [{{text: \"{action}\", owner: {owner}, targetDate: {date}}}]}}");
        }

        return sb.Append("]}\n").ToString();
    }

    /// <summary>The published-text format, each row padded with a thousand empty cells between the action and its owner.</summary>
    private static string WideText(int bytes, Random random)
    {
        var sb = new StringBuilder(bytes + 4096);
        sb.Append("Action Plan: HMP Bench\nRec No\tConcern\tAction\tResponsible Owner\tTarget Date\n");
        string gap = new('\t', 1000);
        foreach (var (id, concern, action, owner, date) in Rows(Math.Max(1, bytes / 8), random))
        {
            sb.Append(id).Append('\t').Append(concern).Append('\t').Append(action).Append(gap).Append(owner).Append('\t').Append(date).Append('\n');
            if (sb.Length >= bytes) break;
        }

        return sb.ToString();
    }

    /// <summary>A minimal Word document whose plan table has one row, its action cell holding paragraphs up to the size.</summary>
    private static long WordCell(int bytes, Random random, string path)
    {
        static string Cell(IEnumerable<string> paragraphs) =>
            "<w:tc>" + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>")) + "</w:tc>";
        static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

        var actions = new List<string>();
        long size = 0;
        for (int i = 1; size < bytes; i++)
        {
            string text = $"We will {Sentence(random, 12)} ({i}).";
            actions.Add(text);
            size += text.Length;
        }

        string header = Row(Cell(["Rec No"]), Cell(["Concern(s)/Recommendation"]), Cell(["Response Action Taken/Planned"]), Cell(["Responsible Owner"]), Cell(["Target Date"]));
        string row = Row(Cell(["1"]), Cell(["A concern about the regime."]), Cell(actions), Cell(["Head of Safety"]), Cell(["March 2026"]));
        string document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
            "<w:p><w:r><w:t>Action Plan: HMP Bench</w:t></w:r></w:p><w:tbl>" + header + row + "</w:tbl><w:p/></w:body></w:document>";

        if (File.Exists(path)) File.Delete(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            void Entry(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry("word/document.xml", document);
        }

        return new FileInfo(path).Length;
    }
}
