using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Readers;
using PlanLint.Readers.Word;
using PlanLint.Reading;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;
using PlanLint.Writers.Plans;

namespace PlanLint.Tests.Robustness;

/// <summary>Every input bound gives one clear, located PL0001 (or completes), never an exception or a hang.</summary>
public sealed class BoundsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-bounds-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        string path = Write("big.plan.json", Encoding.UTF8.GetBytes(TestPlans.OneConcern(("A", "B", "March 2025")) + new string(' ', 4096)));
        var result = new PlanReaders(PlanReaders.Default.All) { MaxFileBytes = 2048 }.ReadFile(path);
        result.Plan.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldMatch(@"^The file is 4\.\d KB, larger than the 2 KB limit for a plan file\.$");
        PlanReaders.DefaultMaxFileBytes.ShouldBe(50L * 1024 * 1024);
    }

    [Fact]
    public void Json_nested_past_the_depth_limit_is_a_located_error()
    {
        string json = "{\"establishment\":" + new string('[', 200) + new string(']', 200) + "}";
        var d = PlanReaders.Default.Read("deep.plan.json", Encoding.UTF8.GetBytes(json)).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Line.ShouldBe(1);
        d.Message.ShouldStartWith("The file is not valid JSON");
    }

    [Fact]
    public void Nul_bytes_are_a_located_error_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"establishment\": \"HMP X\0\",\n  \"format\": \"concerns\", \"concerns\": []\n}");
        var d = PlanReaders.Default.Read("nul.plan.json", bytes).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Mixed_line_endings_keep_lines_right()
    {
        string plan = TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025"));
        var lines = plan.Split('\n');
        string mixed = string.Concat(lines.Select((l, i) => l + (i % 2 == 0 ? "\r\n" : "\n")));
        var lf = TestPlans.AnalyzeAll(plan).Single(d => d.Id == MissingOwnerRule.Id);
        var crlf = new PlanLint.Analysis.AnalyzerEngine(PlanLint.Rules.BuiltInRules.Create())
            .Analyze(TestPlans.Read(mixed), PlanLint.Analysis.AnalysisOptions.Default).Single(d => d.Id == MissingOwnerRule.Id);
        (crlf.Location.Line, crlf.Location.Column).ShouldBe((lf.Location.Line, lf.Location.Column));
    }

    [Fact]
    public void A_text_file_with_one_enormous_line_and_no_table_is_refused_cleanly()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 2_000_000));
        var d = PlanReaders.Default.Read("long.txt", bytes).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Message.Length.ShouldBeLessThan(400, "messages quote plan text sparingly");
    }

    /// <summary>Runs <c>planlint check</c> on one file; the single finding line, and the exit code.</summary>
    private static (int Exit, string Line) CheckOne(string path, params string[] more)
    {
        var (exit, output, error) = TestPlans.RunCli(["check", path, "--no-color", .. more]);
        error.ShouldBeEmpty();
        output.ShouldNotContain("   at ");
        return (exit, output.Split('\n').Single(l => l.Contains(" PL0001: ", StringComparison.Ordinal)));
    }

    /// <summary>Nine levels of ten aliases each: 10^9 "lol"s if expanded.</summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("establishment: HMP Laughs\nformat: concerns\nlaughs:\n  a0: &a0 lol\n");
        for (int level = 1; level <= 9; level++)
            yaml.Append($"  a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        return yaml.Append("concerns: []\n").ToString();
    }

    [Fact]
    public void A_yaml_billion_laughs_plan_is_refused_by_check_with_exit_1()
    {
        string path = Write("laughs.plan.yaml", Encoding.UTF8.GetBytes(BillionLaughs()));
        var (exit, line) = CheckOne(path);
        exit.ShouldBe(1);
        line.ShouldMatch(@"laughs\.plan\.yaml\(\d+,\d+\): error PL0001: The YAML aliases expand to more than 1,000,000 nodes and characters \(a ""billion laughs"" document\); PlanLint refuses to expand them\.$");
    }

    [Fact]
    public void A_rule_pack_yaml_billion_laughs_is_a_configuration_error_with_exit_2()
    {
        Directory.CreateDirectory(Path.Combine(folder, "house"));
        Write(Path.Combine("house", "laughs.yml"), Encoding.UTF8.GetBytes(BillionLaughs().Replace("establishment: HMP Laughs\nformat: concerns\n", "id: HOUSE0001\nname: Laughs\n")));
        Write("planlint.json", """{ "packs": ["house"] }"""u8.ToArray());
        string plan = Write("plan.plan.json", Encoding.UTF8.GetBytes(TestPlans.OneConcern(("A", "B", "March 2025"))));

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--no-color");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldMatch(@"^planlint: .*laughs\.yml\(\d+,\d+\): The YAML aliases expand to more than 1,000,000 nodes and characters \(a ""billion laughs"" document\); PlanLint refuses to expand them\.$");
    }

    private static readonly (string, byte[]) ContentTypes = ("[Content_Types].xml", "<Types/>"u8.ToArray());

    /// <summary>A document.xml that is one long run of a single character: it compresses about 1000:1.</summary>
    private static byte[] InflatingDocument(int bytes) => Encoding.ASCII.GetBytes("<w:document><w:body><w:p><w:r><w:t>" + new string('A', bytes) + "</w:t></w:r></w:p></w:body></w:document>");

    [Fact]
    public void A_docx_zip_bomb_is_refused_by_check_with_exit_1_before_it_is_inflated()
    {
        var bomb = WordPlanBuilder.Zip(ContentTypes, ("word/document.xml", InflatingDocument(20 * 1024 * 1024)));
        bomb.Length.ShouldBeLessThan(100_000, "the test's bomb is small on disk");
        var (exit, line) = CheckOne(Write("bomb.docx", bomb));
        exit.ShouldBe(1);
        line.ShouldEndWith("bomb.docx: error PL0001: The Word document's part word/document.xml is compressed more than 100:1, as zip bombs are; it was not opened.");
    }

    [Fact]
    public void Many_parts_each_under_the_per_part_check_are_refused_by_their_overall_compression_ratio()
    {
        // Each part is exactly at the size from which a part's own ratio is checked; together they are 4 MB from a few KB.
        var parts = Enumerable.Range(0, 4).Select(i => ($"word/media/part{i}.xml", new byte[(int)WordLimits.Default.RatioCheckedFromBytes]));
        var (exit, line) = CheckOne(Write("spread.docx", WordPlanBuilder.Zip([ContentTypes, .. parts])));
        exit.ShouldBe(1);
        line.ShouldMatch(@"spread\.docx: error PL0001: The Word document expands to 4 MB from \d+(\.\d)? KB, more than 100:1, as zip bombs do; it was not opened\.$");
    }

    [Fact]
    public void A_docx_with_more_parts_than_the_limit_is_refused_by_check_with_exit_1()
    {
        var parts = Enumerable.Range(0, WordLimits.Default.MaxParts + 1).Select(i => ($"word/media/{i}.bin", new byte[1]));
        var (exit, line) = CheckOne(Write("parts.docx", WordPlanBuilder.Zip([ContentTypes, .. parts])));
        exit.ShouldBe(1);
        line.ShouldEndWith("parts.docx: error PL0001: The Word document has 1,002 parts, more than the 1,000 a plan could need; it was not opened.");
    }

    [Fact]
    public void A_docx_whose_parts_together_pass_the_total_limit_names_that_limit()
    {
        var random = new Random(9);
        var parts = Enumerable.Range(0, 3).Select(i => { var b = new byte[30_000]; random.NextBytes(b); return ($"word/media/{i}.bin", b); });
        var result = new WordPlanReader(new WordLimits { MaxTotalBytes = 64 * 1024 }).Read("total.docx", WordPlanBuilder.Zip([ContentTypes, .. parts]));
        result.Diagnostics.ShouldHaveSingleItem().Message
            .ShouldBe("The Word document expands to more than the 64 KB limit when unpacked (reached at part word/media/2.bin); it was not opened.");
    }

    private string PlanWithConfig(string config)
    {
        Write("planlint.json", Encoding.UTF8.GetBytes(config));
        return Write("plan.plan.json", Encoding.UTF8.GetBytes(TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "Head of Reducing Reoffending", "March 2025"))));
    }

    [Fact]
    public void Max_file_size_in_planlint_json_refuses_a_normal_plan_with_exit_1_and_the_default_reads_it()
    {
        string plan = PlanWithConfig("{}");
        var (exit, output, _) = TestPlans.RunCli("check", plan, "--no-color");
        output.ShouldNotContain("PL0001");
        exit.ShouldBe(0);

        PlanWithConfig("""{ "maxFileSize": "200 bytes" }""");
        var (limitedExit, line) = CheckOne(plan);
        limitedExit.ShouldBe(1);
        line.ShouldMatch(@"plan\.plan\.json: error PL0001: The file is \d{3} bytes, larger than the 200 bytes limit for a plan file\.$");
    }

    [Fact]
    public void Max_file_size_on_the_command_line_wins_over_planlint_json()
    {
        string plan = PlanWithConfig("""{ "maxFileSize": 100 }""");
        CheckOne(plan).Line.ShouldContain("larger than the 100 bytes limit");

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--no-color", "--max-file-size", "2MB");
        error.ShouldBeEmpty();
        output.ShouldNotContain("PL0001");
        exit.ShouldBe(0);
        CheckOne(plan, "--max-file-size", "0.1 kb").Line.ShouldContain("larger than the 102 bytes limit");
    }

    [Fact]
    public void The_nearest_planlint_json_setting_max_file_size_wins_and_config_print_says_where()
    {
        PlanWithConfig("""{ "maxFileSize": "200 bytes" }""");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        Write(Path.Combine("sub", "planlint.json"), """{ "maxFileSize": "1.5 MB" }"""u8.ToArray());
        string plan = Write(Path.Combine("sub", "plan.plan.json"), Encoding.UTF8.GetBytes(TestPlans.OneConcern(("Recovery focused keywork will be implemented.", "Head of Reducing Reoffending", "March 2025"))));

        var (exit, output, _) = TestPlans.RunCli("check", plan, "--no-color");
        output.ShouldNotContain("PL0001");
        exit.ShouldBe(0);
        TestPlans.RunCli("config", "--print", plan).Output.Split('\n').ShouldContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Largest plan file: 1\.5 MB  .*sub[/\\]planlint\.json\(1,18\)$"));
    }

    [Theory]
    [InlineData("""{ "maxFileSize": "lots" }""", @"planlint\.json\(1,18\): ""maxFileSize"" is ""lots""; it must be a size such as ""50 MB"", ""512 KB"" or ""1 GB"", or a number of bytes$")]
    [InlineData("""{ "maxFileSize": "0 MB" }""", @"planlint\.json\(1,18\): ""maxFileSize"" must be more than zero, e\.g\. ""50 MB""\.$")]
    [InlineData("""{ "maxFileSize": -5 }""", @"planlint\.json\(1,18\): ""maxFileSize"" is the number -5; it must be at least 1$")]
    public void An_invalid_max_file_size_in_planlint_json_is_a_located_configuration_error_with_exit_2(string config, string expected)
    {
        string plan = PlanWithConfig(config);
        var (exit, output, error) = TestPlans.RunCli("check", plan, "--no-color");
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldMatch("^planlint: .*" + expected);
    }

    [Fact]
    public void An_invalid_max_file_size_option_is_a_configuration_error_with_exit_2()
    {
        string plan = PlanWithConfig("{}");
        var (exit, _, error) = TestPlans.RunCli("check", plan, "--max-file-size", "big");
        exit.ShouldBe(2);
        error.Trim().ShouldBe("planlint: --max-file-size \"big\" is not a size; give one such as \"20 MB\", \"512 KB\" or \"1000000 bytes\".");
    }

    /// <summary>One small plan in each text format, with one finding (PL1001, no owner) to compare across encodings.</summary>
    public static TheoryData<string> TextFormats => new() { "plan.plan.json", "plan.plan.yaml", "plan.txt" };

    private static string PlanText(string name)
    {
        if (name.EndsWith(".txt", StringComparison.Ordinal))
            return File.ReadAllText(Repo.Fixture("corpus", "elmley-2022.txt"));
        string json = TestPlans.OneConcern(("Recovery focused keywork will be implemented.", null, "March 2025"));
        if (name.EndsWith(".json", StringComparison.Ordinal))
            return json;
        using var yaml = new MemoryStream();
        new PlanYamlWriter().Write(TestPlans.Read(json), yaml, schemaUri: null);
        return Encoding.UTF8.GetString(yaml.ToArray());
    }

    private static string Findings(PlanReadResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => $"{d.Location.Line},{d.Location.Column} {d.Id}: {d.Message}"))
        + $"\n{result.Plan?.Concerns.Count} concerns, {result.Plan?.Concerns.Sum(c => c.Actions.Count)} actions, first owner {result.Plan?.Concerns.FirstOrDefault()?.Actions.FirstOrDefault()?.Owner}";

    public static TheoryData<string, string> Encodings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string name in new[] { "plan.plan.json", "plan.plan.yaml", "plan.txt" })
            {
                foreach (string encoding in new[] { "utf-8-bom", "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE" })
                    data.Add(name, encoding);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_text_format_reads_the_same_with_a_byte_order_mark(string name, string encodingName)
    {
        string text = PlanText(name);
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        byte[] withBom = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

        var plain = PlanReaders.Default.Read(name, Encoding.UTF8.GetBytes(text));
        plain.Plan.ShouldNotBeNull();
        Findings(PlanReaders.Default.Read(name, withBom)).ShouldBe(Findings(plain));
        // Sniffing sees through the mark too, for files whose extension says nothing.
        Findings(PlanReaders.Default.Read(Path.ChangeExtension(name, ".unknown"), withBom)).ShouldBe(Findings(plain).Replace(name, Path.ChangeExtension(name, ".unknown")));
    }

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Truncated_utf16_is_a_one_line_message_not_an_exception(string name)
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(PlanText(name)), 0x41];
        var d = PlanReaders.Default.Read(name, bytes).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        (d.Location.Line, d.Location.Column).ShouldBe((1, 1));
        d.Message.ShouldBe("The file starts with a UTF-16 byte order mark but is not valid UTF-16 text; save it as UTF-8.");
    }

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Invalid_utf8_is_located_at_the_bad_byte_in_every_text_format(string name)
    {
        string text = PlanText(name);
        int secondLine = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text[..secondLine]), (byte)'a', 0xE9, (byte)'b', .. Encoding.UTF8.GetBytes(text[secondLine..])];
        foreach (byte[] content in new[] { bytes, [0xEF, 0xBB, 0xBF, .. bytes] })
        {
            var d = PlanReaders.Default.Read(name, content).Diagnostics.ShouldHaveSingleItem();
            d.Id.ShouldBe(RuleIds.InvalidPlan);
            (d.Location.Line, d.Location.Column).ShouldBe((2, 2));
            d.Message.ShouldBe("The file is not valid UTF-8: byte 0xE9 at line 2, column 2 is not UTF-8. Save the file as UTF-8.");
        }
    }
}
