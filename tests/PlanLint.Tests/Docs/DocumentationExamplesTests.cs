using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Linting;
using PlanLint.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PlanLint.Tests.Docs;

/// <summary>
/// Every example in README.md, CONTRIBUTING.md, docs/ and rules/ that shows a command or a configuration is run through the real command
/// line, in a small repository of plans (<see cref="DocWorld"/>), and what it prints is checked: commands run without
/// misuse, transcripts print what the page shows, configurations are accepted by <c>planlint check</c>, rule-pack rules
/// load, the workflow's and the hook configuration's commands run. The few that cannot run here say so in the page
/// (<c>not-run: REASON</c> in the fence's info string), and they must stay few.
/// </summary>
public sealed partial class DocumentationExamplesTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in DocPages.All) data.Add(page);
        return data;
    }

    private static readonly IReadOnlyList<DocBlock> AllBlocks = [.. DocPages.All.SelectMany(DocPages.Blocks)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_command_and_configuration_on_the_page_works_when_copied(string page)
    {
        using var world = DocWorld.Create();
        var failures = new List<string>();
        foreach (var block in DocPages.Blocks(page))
        {
            try
            {
                Run(block, world);
            }
            catch (Exception e) when (e is ShouldAssertException or InvalidOperationException or JsonException or YamlDotNet.Core.YamlException)
            {
                failures.Add($"{block}: {e.Message}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void The_runner_covers_every_kind_of_example_the_issue_named()
    {
        var kinds = AllBlocks.Select(b => b.Kind).ToHashSet();
        foreach (var kind in new[] { DocBlockKind.Commands, DocBlockKind.Transcript, DocBlockKind.Configuration, DocBlockKind.SetupFile, DocBlockKind.SideFile, DocBlockKind.PackRule, DocBlockKind.PreCommitConfig, DocBlockKind.Workflow, DocBlockKind.VsCodeTasks, DocBlockKind.JsonOutput })
            kinds.ShouldContain(kind);
        AllBlocks.Count(b => b.Kind == DocBlockKind.Commands).ShouldBeGreaterThanOrEqualTo(10);
        AllBlocks.Count(b => b.Kind == DocBlockKind.Configuration).ShouldBeGreaterThanOrEqualTo(10, "the pages' and rules' configurations");
        // One workflow, in docs/ci.md.
        AllBlocks.Where(b => b.Kind == DocBlockKind.Workflow).Select(b => b.File).ShouldBe(["docs/ci.md"]);
    }

    [Fact]
    public void Examples_that_cannot_run_here_are_marked_with_a_reason_and_are_rare()
    {
        var marked = AllBlocks.Where(b => b.Kind == DocBlockKind.NotRun).ToList();
        var run = AllBlocks.Where(b => b.Kind is not (DocBlockKind.NotRun or DocBlockKind.Other)).ToList();
        marked.ShouldAllBe(b => b.NotRunReason!.Length >= 20, "each not-run mark says why the example cannot run here");
        marked.Count.ShouldBeLessThanOrEqualTo(8, string.Join("\n", marked));
        (marked.Count * 100 / (marked.Count + run.Count)).ShouldBeLessThan(15, "at most one example in seven may be marked not-run");
    }

    [Fact]
    public void No_command_or_configuration_hides_in_a_block_the_runner_does_not_run()
    {
        var hidden = AllBlocks.Where(b => b.Kind == DocBlockKind.Other && (LooksLikeCommands(b) || LooksLikeConfiguration(b))).ToList();
        hidden.ShouldBeEmpty("tag these blocks (```sh, ```json planlint.json, …) or mark them not-run with a reason");
    }

    private static bool LooksLikeCommands(DocBlock b) =>
        b.Body.Split('\n').Any(l => Regex.IsMatch(l.TrimStart(), @"^(\$ )?(planlint|dotnet|pre-commit|git) "));

    private static bool LooksLikeConfiguration(DocBlock b)
    {
        if (b.Language is not ("json" or "jsonc")) return false;
        try
        {
            return JsonNode.Parse(b.Body, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonObject o
                && (o.ContainsKey("rules") || o.ContainsKey("extends") || o.ContainsKey("categories") || o.ContainsKey("packs") || o.ContainsKey("overrides"));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Run(DocBlock block, DocWorld world)
    {
        switch (block.Kind)
        {
            case DocBlockKind.Commands:
                foreach (var command in DocCommands.Parse(block.Body))
                    RunCommand(command, world);
                break;
            case DocBlockKind.Transcript:
                Transcript(block, world);
                break;
            case DocBlockKind.Configuration:
                Configuration(block.Body);
                break;
            case DocBlockKind.SetupFile:
                world.Write(block.Attributes["file=".Length..], block.Body);
                break;
            case DocBlockKind.SideFile:
                SideFile(block.Body);
                break;
            case DocBlockKind.PackRule:
                PackRule(block);
                break;
            case DocBlockKind.PreCommitConfig:
                PreCommit(block.Body, world);
                break;
            case DocBlockKind.Workflow:
                Workflow(block.Body, world);
                break;
            case DocBlockKind.VsCodeTasks:
                foreach (var task in JsonNode.Parse(block.Body)!["tasks"]!.AsArray())
                    foreach (var command in DocCommands.Parse(task!["command"]!.GetValue<string>()))
                        RunCommand(command, world);
                break;
            case DocBlockKind.VsCodeSettings:
                VsCodeSettings(block.Body);
                break;
            case DocBlockKind.JsonOutput:
                JsonOutput(block, world);
                break;
        }
    }

    /// <summary>Runs one documented command in the world: it must be planlint, and must run without misuse or failure.</summary>
    private static (int Exit, string Output, string Error) RunCommand(DocCommands.Command command, DocWorld world, string? workingDirectory = null)
    {
        var args = DocCommands.PlanLintArguments(command.Words)
            ?? throw new ShouldAssertException($"'{command.Text}' is not a planlint command the runner can run; mark the block not-run with a reason");
        var (exit, output, error) = TestPlans.RunCliIn(workingDirectory ?? world.Root, args);
        var complaints = error.Split('\n').Where(l => l.StartsWith("planlint: ", StringComparison.Ordinal)
            && !l.StartsWith("planlint: skipped ", StringComparison.Ordinal)
            && !WarningsOverLimit().IsMatch(l)).ToList();
        if (exit is not (0 or 1) || complaints.Count > 0)
            throw new ShouldAssertException($"'{command.Text}' exited {exit}: {string.Join(" ", complaints)}{(complaints.Count == 0 ? error : "")}");
        if (args.Length > 0 && args[0] is not ("--help" or "--version") && command.RedirectTo is null && !args.Contains("-o") && !args.Contains("--output") && output.Length == 0)
            throw new ShouldAssertException($"'{command.Text}' printed nothing");
        if (command.RedirectTo is { } target)
            world.Write(target, output);
        return (exit, output, error);
    }

    private static void Transcript(DocBlock block, DocWorld world)
    {
        var lines = Transcripts.Lines(block.Body);
        var command = DocCommands.Parse(lines[0]).Single();
        var (_, output, error) = RunCommand(command, world);
        var actual = Transcripts.Lines(output + error);
        var expected = lines.Skip(1).ToList();
        if (!Transcripts.Matches(expected, actual))
            throw new ShouldAssertException($"'{command.Text}' printed\n{string.Join('\n', actual.Take(40))}\nwhich is not what the page shows:\n{string.Join('\n', expected)}");
    }

    /// <summary>A configuration to copy: <c>check</c> with it as planlint.json must be accepted (no exit 2), and so must <c>config --print</c>.</summary>
    private static void Configuration(string body)
    {
        using var world = DocWorld.Create();
        world.Write("planlint.json", body);
        RunCommand(new DocCommands.Command("planlint check plans/hmp-x.plan.json", ["planlint", "check", "plans/hmp-x.plan.json"], null), world);
        RunCommand(new DocCommands.Command("planlint config --print plans/hmp-x.plan.json", ["planlint", "config", "--print", "plans/hmp-x.plan.json"], null), world);
    }

    private static void SideFile(string body)
    {
        using var world = DocWorld.Create();
        world.Write("long-lartin-2025.docx.planlint-suppressions.json", body);
        var (_, output, _) = RunCommand(new DocCommands.Command("planlint check long-lartin-2025.docx", ["planlint", "check", "long-lartin-2025.docx"], null), world);
        output.ShouldNotContain("planlint-suppressions.json: error", customMessage: "the side file is broken");
    }

    private static void PackRule(DocBlock block)
    {
        using var world = DocWorld.Create();
        world.Write("rules/rule." + block.Language, block.Body);
        world.Write("planlint.json", """{ "root": true, "packs": ["rules"] }""");
        string id = Regex.Match(block.Body, "\"?id\"?\\s*:\\s*\"?([A-Z][A-Z0-9]*[0-9]{4})").Groups[1].Value;
        var (_, output, _) = RunCommand(new DocCommands.Command("planlint rules", ["planlint", "rules"], null), world);
        output.ShouldContain(id + "  ");
        RunCommand(new DocCommands.Command("planlint check plans/", ["planlint", "check", "plans/"], null), world);
    }

    /// <summary>The hook configuration names hooks this repository defines, a release that exists, and arguments check accepts.</summary>
    private static void PreCommit(string body, DocWorld world)
    {
        var root = (YamlMappingNode)Load(body);
        var repo = (YamlMappingNode)((YamlSequenceNode)root["repos"]).Children.Single();
        ((YamlScalarNode)repo["rev"]).Value.ShouldBe("v" + PlanLintInfo.Version, "the rev must be the release tag of this version");
        var defined = ((YamlSequenceNode)Load(File.ReadAllText(Repo.Path(".pre-commit-hooks.yaml")))).Children
            .Select(h => ((YamlScalarNode)((YamlMappingNode)h)["id"]).Value).ToList();
        foreach (YamlMappingNode hook in ((YamlSequenceNode)repo["hooks"]).Children.Cast<YamlMappingNode>())
        {
            defined.ShouldContain(((YamlScalarNode)hook["id"]).Value);
            var args = hook.Children.TryGetValue(new YamlScalarNode("args"), out var a) ? ((YamlSequenceNode)a).Children.Select(n => ((YamlScalarNode)n).Value!).ToList() : [];
            RunCommand(new DocCommands.Command("planlint check (hook)", ["planlint", "check", .. args, "plans/hmp-x.plan.json", "plans/hmp-y.plan.yaml"], null), world);
        }
    }

    /// <summary>The workflow parses, installs this version of the tool package, and every planlint command in it runs here.</summary>
    private static void Workflow(string body, DocWorld world)
    {
        var root = (YamlMappingNode)Load(body);
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"]).Children.Values.Single())["steps"]).Children.Cast<YamlMappingNode>().ToList();
        int planlintCommands = 0;
        foreach (var step in steps)
        {
            if (!step.Children.TryGetValue(new YamlScalarNode("run"), out var run)) continue;
            foreach (var command in DocCommands.Parse(((YamlScalarNode)run).Value!.Replace("\"$GITHUB_WORKSPACE\"", world.Root, StringComparison.Ordinal)))
            {
                if (command.Words is ["dotnet", "tool", "install", "--global", _, "--version", _])
                {
                    string package = command.Words[4], version = command.Words[6];
                    // The install itself needs a feed that carries PlanLint; .ci/tool-smoke.sh installs the package this checkout packs.
                    package.ShouldBe("PlanLint");
                    version.ShouldBe(PlanLintInfo.Version);
                    continue;
                }

                if (command.Words is ["cat", _, ">>", "$GITHUB_STEP_SUMMARY"])
                {
                    File.Exists(world.Path(command.Words[1])).ShouldBeTrue($"the job summary step reads {command.Words[1]}, which the lint step must write");
                    continue;
                }

                if (command.Words is ["gh", "pr", "comment", _, "--body-file", _])
                {
                    // GitHub refuses a comment longer than 65,536 characters.
                    File.ReadAllText(world.Path(command.Words[5])).Length.ShouldBeLessThanOrEqualTo(65536);
                    continue;
                }

                RunCommand(command, world);
                planlintCommands++;
                if (command.Words.ToList().IndexOf("--sarif") is var at and >= 0)
                    File.Exists(world.Path(command.Words[at + 1])).ShouldBeTrue("the workflow uploads the SARIF file it writes");
            }
        }

        planlintCommands.ShouldBeGreaterThan(0);
    }

    private static void VsCodeSettings(string body)
    {
        var urls = JsonNode.Parse(body)!["json.schemas"]!.AsArray().Select(s => s!["url"]!.GetValue<string>())
            .Concat(JsonNode.Parse(body)!["yaml.schemas"]!.AsObject().Select(p => p.Key));
        foreach (var url in urls)
            Schemas.All.Select(s => "./schema/" + s.FileName).ShouldContain(url, $"'{url}' is not where 'planlint schema NAME -o' writes a schema in the examples");
    }

    /// <summary>Every finding the page shows is one the command really prints, key for key.</summary>
    private static void JsonOutput(DocBlock block, DocWorld world)
    {
        var command = DocCommands.Parse(block.Attributes["output of:".Length..]).Single();
        var (_, output, _) = RunCommand(command, world);
        var actual = JsonNode.Parse(output)!.AsArray();
        foreach (var shown in JsonNode.Parse(block.Body)!.AsArray())
            actual.ShouldContain(f => JsonNode.DeepEquals(f, shown), $"the tool does not print {shown!.ToJsonString()}");
    }

    private static YamlNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Single().RootNode;
    }

    [GeneratedRegex(@"^planlint: \d+ warnings? (is|are) more than --max-warnings \d+\.$")]
    private static partial Regex WarningsOverLimit();
}
