using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Readers.Yaml;
using PlanLint.Tests.Support;
using PlanLint.Text;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Issue 21: reading is linear in the input's size whatever its shape. Guarded deterministically, never by wall time:
/// the work a known hot spot does is counted, or the bytes allocated are measured at two sizes four times apart, where
/// linear growth gives a ratio near 4 and quadratic growth near 16. Time and peak memory per shape are measured by
/// bench/run.sh shapes (bench/RESULTS.md).
/// </summary>
public sealed class LinearityTests
{
    private const int Growth = 4;

    /// <summary>Linear growth allows for fixed costs and a little slack, far below what quadratic growth gives (16).</summary>
    private const double MaxRatio = Growth * 1.6;

    [Fact]
    public void A_column_is_counted_from_a_nearby_checkpoint_not_from_the_start_of_a_one_line_document()
    {
        // The defect: minified one-line JSON counted every column from the start of the line (100,000 concerns: > 240 s).
        foreach (int size in new[] { 100_000, 1_600_000 })
        {
            var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":\"é😀x\"},", size / 16)));
            var positions = new TextPositions(text);
            int calls = 0;
            for (int offset = 0; offset < text.Length; offset += 37, calls++)
                positions.At(offset);

            positions.BytesExamined.ShouldBeLessThanOrEqualTo((long)calls * TextPositions.BlockSize, $"{size} bytes");
        }
    }

    [Fact]
    public void Columns_from_checkpoints_are_the_columns_editors_count()
    {
        string line = string.Concat(Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "é" : i % 3 == 1 ? "😀" : "ab"));
        byte[] utf8 = Encoding.UTF8.GetBytes("first\n" + line + "\r\nlast");
        var positions = new TextPositions(utf8);
        for (int offset = 6; offset <= 6 + Encoding.UTF8.GetByteCount(line); offset++)
        {
            // Only offsets on a character boundary are ever asked about.
            if (offset < utf8.Length && (utf8[offset] & 0xC0) == 0x80) continue;
            positions.At(offset).ShouldBe((2, Encoding.UTF8.GetCharCount(utf8.AsSpan(6, offset - 6)) + 1));
        }

        positions.At(utf8.Length).ShouldBe((3, 5));
    }

    [Fact]
    public void Every_line_and_column_is_the_one_counted_from_the_start_of_the_document()
    {
        // Text of mostly ASCII with other characters and every kind of line end, across and within checkpoint blocks.
        string[] pieces = ["a", " ", "{\"key\": ", new string('x', 100), "\n", "\r", "\r\n", "é", "😀", "€", "\u2028"];
        var texts = Gen.Int[0, pieces.Length - 1].Array[0, 200].Select(picks => string.Concat(picks.Select(p => pieces[p])));
        texts.Sample(text =>
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            var positions = new TextPositions(utf8);
            int line = 1, column = 1;
            for (int offset = 0, i = 0; offset <= utf8.Length; i++)
            {
                positions.At(offset).ShouldBe((line, column), $"offset {offset} of {utf8.Length}");
                if (i >= text.Length) break;
                bool surrogatePair = char.IsHighSurrogate(text[i]);
                string character = surrogatePair ? text.Substring(i, 2) : text[i].ToString();
                offset += Encoding.UTF8.GetByteCount(character);
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) (line, column) = (line + 1, 1);
                else column += character.Length;
                if (surrogatePair) i++;
            }
        }, iter: 300);
    }

    [Fact]
    public void The_yaml_tab_check_costs_indentation_not_the_column_of_a_flow_style_line()
    {
        // The defect: YAML in flow style (one line) checked everything before each node: 32,000 concerns took 70 s.
        long Examined(int concerns)
        {
            string flow = Flow(concerns);
            var (_, _, builder) = YamlTreeBuilder.Build(flow, YamlPlanReader.Kind);
            return builder.CharsExamined;
        }

        long small = Examined(500), large = Examined(500 * Growth);
        ((double)large / small).ShouldBeLessThan(MaxRatio);
        large.ShouldBeLessThan(Flow(500 * Growth).Length, "a flow-style line is not scanned once per node");
    }

    [Fact]
    public void Reading_minified_json_allocates_in_proportion_to_its_size() =>
        ShouldGrowLinearly(n => Encoding.UTF8.GetBytes(Flow(n).Replace(", ", ",").Replace(": ", ":")), "plan.json");

    [Fact]
    public void Reading_indented_json_allocates_in_proportion_to_its_size() =>
        ShouldGrowLinearly(n => Encoding.UTF8.GetBytes(JsonNode.Parse(Flow(n))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true })), "plan.json");

    [Fact]
    public void Reading_flow_style_yaml_allocates_in_proportion_to_its_size() =>
        ShouldGrowLinearly(n => Encoding.UTF8.GetBytes(Flow(n)), "plan.yaml");

    [Fact]
    public void Reading_text_of_wide_rows_of_tabs_allocates_in_proportion_to_its_size()
    {
        // The defect: a 20 MB .txt of tabs took 2.4 GB (every tab a cell object, split three times over).
        // A line of tabs is a few copies of the text (decoding, line splitting, the rest of a line past its 64th cell).
        ShouldGrowLinearly(n => Encoding.UTF8.GetBytes("Action Plan: HMP Test\n" + new string('\t', n * 100)), "plan.txt", maxBytesPerInputByte: 16);
        ShouldGrowLinearly(n => Encoding.UTF8.GetBytes("Action Plan: HMP Test\n" + string.Concat(Enumerable.Repeat("1\tConcern.\tAction." + new string('\t', 200) + "Owner\tMarch 2025\n", n / 10))), "plan.txt");
    }

    [Fact]
    public void Reading_a_word_cell_of_many_paragraphs_allocates_in_proportion_to_its_size() =>
        ShouldGrowLinearly(n => WordPlanBuilder.Build(OneConcernWithActions(n / 4), _ => WordPlanBuilder.Layout.RowPerConcern), "plan.docx");

    /// <summary>
    /// Reads a document of size n and of size 4n and compares the bytes each allocated (each read once before, so pooled
    /// buffers and caches that are filled once are not counted); optionally bounds the bytes allocated per input byte.
    /// </summary>
    private static void ShouldGrowLinearly(Func<int, byte[]> document, string name, double? maxBytesPerInputByte = null)
    {
        const int n = 2_000;
        var small = document(n);
        var large = document(n * Growth);
        Read(name, small);
        Read(name, large);
        long smallBytes = Allocated(() => Read(name, small));
        long largeBytes = Allocated(() => Read(name, large));
        string measured = $"{name}: {smallBytes:N0} bytes allocated for {small.Length:N0}, {largeBytes:N0} for {large.Length:N0}";
        ((double)largeBytes / smallBytes).ShouldBeLessThan(MaxRatio, measured);
        if (maxBytesPerInputByte is { } most)
            ((double)largeBytes / large.Length).ShouldBeLessThan(most, measured);
    }

    private static void Read(string name, byte[] content)
    {
        var result = PlanReaders.Default.Read(name, content);
        (result.Plan is not null || result.Diagnostics.Count > 0).ShouldBeTrue();
    }

    private static long Allocated(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A plan of <paramref name="concerns"/> concerns as JSON in flow style (which is also YAML), with varied text.</summary>
    private static string Flow(int concerns)
    {
        var list = new JsonArray();
        for (int i = 1; i <= concerns; i++)
        {
            list.Add(new JsonObject
            {
                ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["text"] = $"Concern {i} about the regime and staff training.",
                ["actions"] = new JsonArray(new JsonObject { ["text"] = $"We will review staff training {i} monthly.", ["owner"] = "Head of Safety", ["targetDate"] = "March 2025" }),
            });
        }

        var plan = new JsonObject { ["establishment"] = "HMP Test", ["format"] = "concerns", ["concerns"] = list };
        return plan.ToJsonString().Replace(",", ", ").Replace(":", ": ");
    }

    private static ActionPlan OneConcernWithActions(int actions) => new()
    {
        Path = "plan.docx",
        Establishment = "HMP Test",
        Format = PlanFormat.Concerns,
        Concerns =
        [
            new Concern
            {
                Id = "1",
                Text = "A concern about the regime.",
                Actions = [.. Enumerable.Range(1, actions).Select(i => new PlanAction
                {
                    Index = i,
                    Text = $"We will review staff training number {i} every month.",
                    Owner = "Head of Safety",
                    TargetDate = "March 2025",
                    Location = SourceLocation.File("plan.docx"),
                })],
                Location = SourceLocation.File("plan.docx"),
            },
        ],
        Location = SourceLocation.File("plan.docx"),
    };
}
