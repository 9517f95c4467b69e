using System.Text.RegularExpressions;
using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Linting.Packs;
using PlanLint.Model;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Packs;

/// <summary>Vale-style rule packs: a folder of YAML or JSON rule files, each one of four mechanisms.</summary>
public sealed class DeclarativePackTests : TempFolderTest
{
    private const string Jargon = """
        id: HOUSE0001
        name: AvoidJargon
        kind: existence
        title: Actions should not use management jargon
        message: "Action {action} of recommendation {recommendation} says '{match}'; say plainly what will be done"
        severity: warning
        category: Specific
        scope: action
        helpUri: https://example.org/house/HOUSE0001
        phrases: [going forward, moving forward]
        patterns: ['\bASAP\b']
        ignoreCase: false
        """;

    private const string PlainWords = """
        {
          "id": "HOUSE0002",
          "name": "PlainWords",
          "kind": "substitution",
          "message": "Use '{suggestion}' rather than '{match}' in the {field}",
          "severity": "note",
          "category": "Specific",
          "scope": ["action", "concern"],
          "helpUri": "https://example.org/house/HOUSE0002",
          "swap": { "utilise": "use", "in order to": "to" }
        }
        """;

    private const string ShortActions = """
        id: HOUSE0003
        name: ShortActions
        kind: occurrence
        message: The {field} has {count} words; keep each action to {max} or fewer
        severity: warning
        category: Specific
        scope: [action]
        helpUri: https://example.org/house/HOUSE0003
        max: 12
        """;

    private const string PostNamed = """
        id: HOUSE0004
        name: OwnerNamesAPost
        kind: required
        message: Owner of action {action} names no post we recognise
        severity: note
        category: Accountable
        scope: owner
        helpUri: https://example.org/house/HOUSE0004
        phrases: [head, governor, manager, lead, director, officer]
        """;

    private string WritePack(params (string Name, string Content)[] files)
    {
        foreach (var (name, content) in files)
            Folder.Write(Path.Combine("house", name), content);
        return Folder.Path("house");
    }

    private static IReadOnlyList<Diagnostic> Run(IEnumerable<PlanAnalyzer> rules, string plan) =>
        new AnalyzerEngine(rules).Analyze(TestPlans.Read(plan), AnalysisOptions.Default);

    [Fact]
    public void Each_kind_reports_what_its_data_describes()
    {
        var rules = DeclarativePack.Load(
            WritePack(("jargon.yml", Jargon), ("plain-words.json", PlainWords), ("short-actions.yaml", ShortActions), ("owner.yml", PostNamed)),
            SourceLocation.File("planlint.json"));
        rules.Select(r => r.GetType().Name).ShouldBe(["ExistenceRule", "RequiredRule", "SubstitutionRule", "OccurrenceRule"]);

        var plan = TestPlans.OneConcern(
            ("Going forward the team will utilise the new tool ASAP.", "Head of Safety", "March 2025"),
            ("We will review the regime in order to reduce violence, report to the Safety meeting each month, publish the minutes and act on them.", "Mr J Smith", "April 2025"),
            ("Quality assurance of ACCT processes will be completed.", "Governor", "May 2025"));

        var findings = Run(rules, plan).Select(d => $"{d.Id} {d.Severity.ToName()} {d.Location.Pointer}: {d.Message}").ToList();

        findings.ShouldBe(
        [
            "HOUSE0001 warning /concerns/0/actions/0/text: Action 1 of recommendation 1 says 'Going forward'; say plainly what will be done",
            "HOUSE0001 warning /concerns/0/actions/0/text: Action 1 of recommendation 1 says 'ASAP'; say plainly what will be done",
            "HOUSE0002 note /concerns/0/actions/0/text: Use 'use' rather than 'utilise' in the action text",
            "HOUSE0002 note /concerns/0/actions/1/text: Use 'to' rather than 'in order to' in the action text",
            "HOUSE0003 warning /concerns/0/actions/1/text: The action text has 24 words; keep each action to 12 or fewer",
            "HOUSE0004 note /concerns/0/actions/1/owner: Owner of action 2 names no post we recognise",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Descriptors_come_from_the_data()
    {
        var rule = DeclarativePack.LoadRule(Folder.Write("jargon.yml", Jargon));

        var d = rule.Descriptor;
        (d.Id, d.Name, d.Title, d.Category, d.DefaultSeverity, d.HelpUri, d.EnabledByDefault).ShouldBe(
            ("HOUSE0001", "AvoidJargon", "Actions should not use management jargon", RuleCategory.Specific, Severity.Warning, "https://example.org/house/HOUSE0001", true));
    }

    [Theory]
    [InlineData("concern", "Leaders will utilise data.", true)]
    [InlineData("concern", "Leaders will use data.", false)]
    [InlineData("reason", "We cannot utilise the budget.", true)]
    [InlineData("owner", "Utilise Ltd", true)]
    [InlineData("targetDate", "Utilise by March 2025", true)]
    [InlineData("action", "Utilisation will be monitored.", false)]
    public void Scope_decides_which_field_is_read(string scope, string text, bool fires)
    {
        var rule = DeclarativePack.LoadRule(Folder.Write("r.json", PlainWords.Replace("[\"action\", \"concern\"]", $"\"{scope}\"", StringComparison.Ordinal)));
        var plan = new System.Text.Json.Nodes.JsonObject
        {
            ["establishment"] = "HMP Test",
            ["format"] = "recommendations",
            ["concerns"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = "1",
                ["text"] = scope == "concern" ? text : "Prisoners should have work.",
                ["agreement"] = "Partly Agreed",
                ["reason"] = scope == "reason" ? text : "Operational.",
                ["actions"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["text"] = scope == "action" ? text : "Work places will be increased.",
                    ["owner"] = scope == "owner" ? text : "Head of Industries",
                    ["targetDate"] = scope == "targetDate" ? text : "March 2025",
                }),
            }),
        };

        Run([rule], TestPlans.Json(plan)).Count.ShouldBe(fires ? 1 : 0);
    }

    [Fact]
    public void A_catastrophic_pattern_runs_on_the_non_backtracking_engine_and_completes()
    {
        string file = Folder.Write("catastrophic.yml", """
            id: HOUSE0666
            name: Catastrophic
            kind: existence
            message: "Found '{match}'"
            severity: warning
            category: Specific
            scope: action
            helpUri: https://example.org/house/HOUSE0666
            patterns: ['(a+)+$']
            """);
        var rule = DeclarativePack.LoadRule(file);
        var compiled = TextPatterns.Compile("(a+)+$", ignoreCase: true);
        compiled.Options.HasFlag(RegexOptions.NonBacktracking).ShouldBeTrue();
        compiled.MatchTimeout.ShouldBe(TextPatterns.MatchTimeout);

        // On a backtracking engine "aaaa…ab" takes exponential time; here it is linear and the run completes.
        string evil = new string('a', 50_000) + "b";
        var findings = Run([rule], TestPlans.OneConcern((evil, "Head of Safety", "March 2025"), ("aaaa", "Head of Safety", "March 2025")));

        findings.ShouldNotContain(d => d.Id == RuleIds.AnalyzerFailure);
        findings.ShouldHaveSingleItem().Message.ShouldBe("Found 'aaaa'");
        findings.Single().ActionIndex.ShouldBe(2);
    }

    [Fact]
    public void A_match_is_quoted_as_an_excerpt_never_whole()
    {
        // Issue 21: a pack's {match} was echoed whole, so a long run of matching text made a line as long.
        string file = Folder.Write("long.yml", """
            id: HOUSE0700
            name: LongRun
            kind: existence
            message: "Found '{match}' in action {action}"
            severity: warning
            category: Specific
            scope: action
            helpUri: https://example.org/house/HOUSE0700
            patterns: ['x+']
            """);
        var rule = DeclarativePack.LoadRule(file);

        var finding = Run([rule], TestPlans.OneConcern(("We will " + new string('x', 200_000) + ".", "Head of Safety", "March 2025"))).ShouldHaveSingleItem();

        finding.Message.Length.ShouldBeLessThan(200);
        finding.Message.ShouldStartWith("Found 'xxxx");
        finding.Message.ShouldEndWith("…' in action 1");
    }

    /// <summary>A rule file, the message expected, and the line it must point at.</summary>
    public static TheoryData<string, string, string, int> BrokenRules() => new()
    {
        {
            "r.yml",
            "id: HOUSE0001\nname: avoid jargon\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrases: [x]\n",
            "\"name\" is \"avoid jargon\"; give a PascalCase name, e.g. \"AvoidJargon\"",
            2
        },
        {
            "r.yml",
            "id: PL9000\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrases: [x]\n",
            "Rule id \"PL9000\" starts with PL, which is reserved for PlanLint's built-in rules; use your pack's own prefix, e.g. \"HOUSE0001\".",
            1
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: Use {suggestion}\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrases: [x]\n",
            "The message uses {suggestion}, which an existence rule does not fill; use {field}, {recommendation}, {action}, {match}.",
            4
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: required\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\n",
            "A required rule needs \"phrases\" or \"patterns\" to look for.",
            1
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: substitution\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\n",
            "A substitution rule needs \"swap\": each phrase to flag with the wording to use instead.",
            1
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: occurrence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nmin: 5\nmax: 2\n",
            "\"min\" (5) is more than \"max\" (2), so every field would be flagged.",
            9
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrase: [x]\n",
            "Unknown property \"phrase\" in the rule; did you mean \"phrases\"?",
            9
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: [action, text]\nhelpUri: https://example.org/x\nphrases: [x]\n",
            "\"scope[1]\" is \"text\"; it must be one of \"action\", \"owner\", \"targetDate\", \"concern\", \"reason\"",
            7
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\npatterns: ['(a+)\\1']\n",
            "Pattern \"(a+)\\1\" needs backtracking (a lookaround, backreference, atomic group or conditional), which PlanLint does not run because it can take exponential time; rewrite it without.",
            9
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: example.org\nphrases: [x]\n",
            "\"helpUri\" is \"example.org\"; give the full http or https address of the rule's documentation, e.g. \"https://example.org/rules/HOUSE0001\".",
            8
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: \"javascript:alert(1)\"\nphrases: [x]\n",
            "\"helpUri\" is \"javascript:alert(1)\"; give the full http or https address of the rule's documentation, e.g. \"https://example.org/rules/HOUSE0001\".",
            8
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: \"https://example.org/\\e[31mred\"\nphrases: [x]\n",
            "\"helpUri\" is \"https://example.org/\\u001b[31mred\"; give the full http or https address of the rule's documentation, e.g. \"https://example.org/rules/HOUSE0001\".",
            8
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrases: [x]\nphrases: [y]\n",
            "\"phrases\" is given twice.",
            10
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrases:\n \t- x\n",
            "This line is indented with a tab; YAML indentation must use spaces.",
            10
        },
        {
            "r.yml",
            "id: HOUSE0001\nname: Bad\nkind: existence\nmessage: m\nseverity: warning\ncategory: Specific\nscope: action\nhelpUri: https://example.org/x\nphrases: [!!binary eA==]\n",
            "PlanLint does not understand the YAML tag tag:yaml.org,2002:binary on \"eA==\"; remove the tag.",
            9
        },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void A_broken_rule_file_stops_the_run_with_a_located_message(string name, string content, string message, int line)
    {
        string path = Folder.Write(name, content);

        var e = Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(path));

        e.Message.ShouldBe(message);
        e.Location!.Path.ShouldBe(path);
        e.Location.Line.ShouldBe(line);
    }

    [Fact]
    public void A_rule_file_may_use_yaml_aliases_as_a_plan_may()
    {
        var rule = DeclarativePack.LoadRule(Folder.Write("r.yml", """
            id: HOUSE0001
            name: SaysItTwice
            kind: existence
            message: &said "Says '{match}'"
            title: *said
            severity: warning
            category: Specific
            scope: action
            helpUri: https://example.org/x
            phrases: [&phrase going forward, *phrase]
            """));

        rule.Descriptor.Title.ShouldBe("Says '{match}'");
        var findings = Run([rule], TestPlans.OneConcern(("Going forward we will act.", "Governor", "March 2025")));
        findings.Select(d => d.Message).ShouldBe(["Says 'Going forward'"]);
    }

    [Theory]
    [InlineData("r.json", "{\n  \"id\": \"HOUSE0001\",\n  \"name\": \"Bad\"\n  \"kind\": \"existence\"\n}\n", "The file is not valid JSON: ", 4)]
    [InlineData("r.yml", "id: HOUSE0001\nname: [unclosed\nkind: existence\n", "The file is not valid YAML: ", 2)]
    [InlineData("r.yml", "id: HOUSE0001\n  name: Bad\n", "The file is not valid YAML: ", 2)]
    public void A_file_that_does_not_parse_is_located(string name, string content, string message, int line)
    {
        string path = Folder.Write(name, content);

        var e = Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(path));

        e.Message.ShouldStartWith(message);
        e.Location!.Path.ShouldBe(path);
        e.Location.Line.ShouldBe(line);
    }

    [Fact]
    public void Two_rules_with_one_id_or_an_empty_folder_are_errors()
    {
        WritePack(("a.yml", Jargon), ("b.yml", Jargon));
        Should.Throw<ConfigurationException>(() => DeclarativePack.Load(Folder.Path("house"), SourceLocation.File("planlint.json")))
            .Message.ShouldBe("Rule id HOUSE0001 is already used by a.yml; each rule needs its own id.");

        Directory.CreateDirectory(Folder.Path("empty"));
        Should.Throw<ConfigurationException>(() => DeclarativePack.Load(Folder.Path("empty"), SourceLocation.File("planlint.json")))
            .Message.ShouldBe("Rule pack 'empty' holds no rule files (*.yml, *.yaml, *.json).");
    }

    [Fact]
    public void A_pack_named_in_planlint_json_runs_in_check_and_lists_in_rules()
    {
        WritePack(("jargon.yml", Jargon), ("short.yml", ShortActions));
        string config = Folder.Write("planlint.json", """{ "root": true, "packs": ["house"], "rules": { "HOUSE0003": "none" } }""");
        string plan = Folder.Write("plans/a.plan.json", TestPlans.OneConcern(("Going forward we will meet monthly and write up every single discussion we ever have.", "Head of Safety", "March 2025")));

        var (exit, output, error) = TestPlans.RunCli("check", plan);
        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("warning HOUSE0001: Action 1 of recommendation 1 says 'Going forward'; say plainly what will be done");
        output.ShouldNotContain("HOUSE0003");

        var (rulesExit, rules, _) = TestPlans.RunCli("rules", "--config", config);
        rulesExit.ShouldBe(0);
        rules.ShouldContain("HOUSE0001  warning  Specific     Actions should not use management jargon");
        rules.ShouldContain("HOUSE0003  warning  Specific");
    }

    [Fact]
    public void Packs_load_only_where_the_configuration_names_them()
    {
        WritePack(("jargon.yml", Jargon));
        Folder.Write("planlint.json", """{ "root": true }""");
        Folder.Write("plans/planlint.json", """{ "packs": ["../house"] }""");
        const string text = "Going forward we will meet monthly.";
        string named = Folder.Write("plans/a.plan.json", TestPlans.OneConcern((text, "Head of Safety", "March 2025")));
        string other = Folder.Write("other/b.plan.json", TestPlans.OneConcern((text, "Head of Safety", "March 2025")));

        var (_, output, _) = TestPlans.RunCli("check", named, other);

        var lines = output.Split('\n').Where(l => l.Contains("HOUSE0001", StringComparison.Ordinal)).ToList();
        lines.ShouldHaveSingleItem().ShouldStartWith(named);
        TestPlans.RunCli("rules", "--config", Folder.Path("planlint.json")).Output.ShouldNotContain("HOUSE0001");
    }

    [Fact]
    public void A_broken_pack_stops_the_run_with_exit_code_2()
    {
        WritePack(("jargon.yml", Jargon.Replace("kind: existence", "kind: existance", StringComparison.Ordinal)));
        Folder.Write("planlint.json", """{ "root": true, "packs": ["house"] }""");
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("A.", "Head of Safety", "March 2025")));

        var (exit, output, error) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"planlint: {Folder.Path("house/jargon.yml")}(3,7): \"kind\" is \"existance\"; it must be one of \"existence\", \"substitution\", \"occurrence\", \"required\"");
    }
}
