using System.Text;
using System.Text.Json.Nodes;
using PlanLint.Readers.Yaml;

namespace PlanLint.Tests.Readers;

/// <summary>
/// The one YAML-to-JSON converter, as plans and rule files use it: the same positions and the same limits for both;
/// only how plain scalars are typed differs.
/// </summary>
public sealed class YamlTreeBuilderTests
{
    private static readonly YamlDocumentKind Plan = new("plan", "owner", YamlScalars.Text);
    private static readonly YamlDocumentKind Rule = new("rule", "id", YamlScalars.CoreSchema);

    public static TheoryData<string> Kinds => ["plan", "rule"];

    private static YamlDocumentKind KindNamed(string noun) => noun == "plan" ? Plan : Rule;

    private static YamlDocumentException Refused(string yaml, string kind) =>
        Should.Throw<YamlDocumentException>(() => YamlTreeBuilder.Build(yaml, KindNamed(kind)));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_node_is_located_from_its_start_to_its_end(string kind)
    {
        const string yaml = "a: hello\nb:\n  - one\n  - &x two\nc: {d: *x}\n";

        var (_, _, tree) = YamlTreeBuilder.Build(yaml, KindNamed(kind));

        string Span(string pointer) =>
            tree.Positions[pointer] is var (start, end) ? $"{start.Line}:{start.Column}-{end.Line}:{end.Column}" : "";
        Span("/a").ShouldBe("1:4-1:9");
        Span("/b/0").ShouldBe("3:5-3:8");
        Span("/b/1").ShouldBe("4:5-4:11");
        Span("/c").ShouldStartWith("5:4-5:");
        Span("/c/d").ShouldBe("5:8-5:10", "an alias is located where it is written, not at its anchor");
        Span("").ShouldStartWith("1:1-");
    }

    [Fact]
    public void Plans_keep_plain_scalars_as_text_and_rule_files_type_them()
    {
        const string yaml = "id: 1.10\ncount: 12\non: true\nquoted: \"12\"\nnothing: ~\ntagged: !!int 7\n";

        YamlTreeBuilder.Build(yaml, Plan).Root!.ToJsonString()
            .ShouldBe("""{"id":"1.10","count":"12","on":"true","quoted":"12","nothing":null,"tagged":7}""");
        YamlTreeBuilder.Build(yaml, Rule).Root!.ToJsonString()
            .ShouldBe("""{"id":1.1,"count":12,"on":true,"quoted":"12","nothing":null,"tagged":7}""");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Nesting_is_limited_to_the_same_depth_for_both(string kind)
    {
        static string Nested(int levels) => "a: " + new string('[', levels) + new string(']', levels) + "\n";

        YamlTreeBuilder.Build(Nested(YamlTreeBuilder.MaxDepth), KindNamed(kind)).Root.ShouldBeOfType<JsonObject>();
        var e = Refused(Nested(YamlTreeBuilder.MaxDepth + 1), kind);
        e.Message.ShouldBe($"The {kind} file is nested more than 32 levels deep; a {kind} is not.");
        (e.Line, e.Column).ShouldBe((1, 4 + YamlTreeBuilder.MaxDepth));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Aliases_are_expanded_for_both_until_they_pass_the_same_budget(string kind)
    {
        YamlTreeBuilder.Build("a: &x [1, 2]\nb: *x\n", KindNamed(kind)).Root!["b"]!.AsArray().Count.ShouldBe(2);

        var laughs = new StringBuilder("a0: &a0 lol\n");
        for (int level = 1; level <= 9; level++)
            laughs.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        var e = Refused(laughs.ToString(), kind);
        e.Message.ShouldStartWith("The YAML aliases expand to more than 1,000,000 nodes and characters");
        e.Line.ShouldBeInRange(6, 10);

        Refused("a: *nowhere\n", kind).Message.ShouldBe("The alias *nowhere refers to no anchor &nowhere above it.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_other_limits_are_the_same_for_both(string kind)
    {
        var tab = Refused("a:\n \tb: c\n", kind);
        (tab.Message, tab.Line, tab.Column).ShouldBe((YamlTreeBuilder.TabMessage, 2, 2));

        Refused("a: 1\n---\na: 2\n", kind).Message.ShouldBe($"The file holds more than one YAML document; a {kind} file holds one {kind}.");
        Refused("? [a, b]\n: c\n", kind).Message.ShouldStartWith($"A YAML key here is a list or mapping; {kind} keys are plain names");
        Refused("a: !!binary eA==\n", kind).Message.ShouldStartWith("PlanLint does not understand the YAML tag");

        var unclosed = Refused("a: b\nc: [unclosed\nd: e\n", kind);
        unclosed.Message.ShouldStartWith("The file is not valid YAML: ");
        unclosed.Line.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Duplicate_keys_are_collected_for_the_caller_to_name(string kind)
    {
        var (root, _, tree) = YamlTreeBuilder.Build("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n", KindNamed(kind));

        tree.Duplicates.Select(d => (d.Key, d.ParentPointer, (int)d.At.Line, (int)d.FirstAt.Line)).ShouldBe([("c", "/b", 4, 3), ("a", "", 5, 1)]);
        root!["a"]!.ToString().ShouldBe("1", "the first value is kept");
    }

    [Fact]
    public void An_empty_stream_is_said_to_be_empty_for_the_caller_to_word()
    {
        YamlTreeBuilder.Build("# a comment only\n", Rule).Empty.ShouldBeTrue();
        YamlTreeBuilder.Build("a: 1\n", Rule).Empty.ShouldBeFalse();
    }
}
