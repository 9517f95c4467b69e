using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Rules;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Configuration;

/// <summary>Every way a configuration can be broken gets its own one-line message at the place in the file; nothing falls back to defaults.</summary>
public sealed class ConfigErrorTests : TempFolderTest
{
    /// <summary>Config text, the expected message, and a snippet of the text whose first character is where the error must point.</summary>
    public static TheoryData<string, string, string> Cases() => new()
    {
        {
            """{ "root": true, "rulez": {} }""",
            "Unknown property \"rulez\" in the configuration; did you mean \"rules\"?",
            "\"rulez\""
        },
        {
            """{ "root": true, "categories": { "TimeBound": "none" } }""",
            "Unknown property \"TimeBound\" in \"categories\"; did you mean \"Time-bound\"?",
            "\"TimeBound\""
        },
        {
            """{ "root": true, "rules": { "PL2002": "eror" } }""",
            "\"rules.PL2002\" is \"eror\"; it must be one of \"error\", \"warning\", \"note\", \"none\"",
            "\"eror\""
        },
        {
            """{ "root": true, "rules": { "PL2002": { "severty": "note" } } }""",
            "Unknown property \"severty\" in \"rules.PL2002\"; did you mean \"severity\"?",
            "\"severty\""
        },
        {
            """{ "root": "yes" }""",
            "\"root\" must be true or false, not \"yes\"",
            "\"yes\""
        },
        {
            """{ "root": true, "overrides": [ { "rules": {} } ] }""",
            "\"overrides[0]\" is missing the required property \"files\"",
            "{ \"rules\""
        },
        {
            """{ "root": true, "extends": "strickt" }""",
            "Unknown preset \"strickt\" in \"extends\"; did you mean \"strict\"? Presets are \"recommended\", \"strict\"; to extend a file, give its path, e.g. \"./base.json\".",
            "\"strickt\""
        },
        {
            """{ "root": true, "extends": "./missing.json" }""",
            "\"extends\" names './missing.json', which does not exist.",
            "\"./missing.json\""
        },
        {
            """{ "root": true, "extends": "./planlint.json" }""",
            "\"extends\" goes round in a circle: planlint.json -> planlint.json.",
            "\"./planlint.json\""
        },
        {
            """{ "root": true, "packs": ["./nowhere"] }""",
            "Rule pack './nowhere' does not exist.",
            "\"./nowhere\""
        },
        {
            """{ "root": true, "rules": { "PL1010": "none" } }""",
            "Unknown rule \"PL1010\" in \"rules\"; did you mean \"PL1001\"?",
            "\"PL1010\""
        },
        {
            """{ "root": true, "rules": { "PL1001": { "options": { "limit": 1 } } } }""",
            "Rule PL1001 has no options, but \"options\" gives \"limit\".",
            "{ \"limit\""
        },
        {
            """{ "root": true, "rules": { "TEST0100": { "options": { "horizonMonths": "twelve" } } } }""",
            "Option \"horizonMonths\" of TEST0100 must be a whole number, not \"twelve\"",
            "\"twelve\""
        },
        {
            """{ "root": true, "rules": { "TEST0100": { "options": { "horizonMonths": 0 } } } }""",
            "Option \"horizonMonths\" of TEST0100 is the number 0; it must be at least 1",
            "0 }"
        },
        {
            """{ "root": true, "rules": { "TEST0100": { "options": { "horizon": 12 } } } }""",
            "Unknown property \"horizon\" in the options of TEST0100; did you mean \"horizonMonths\"?",
            "\"horizon\""
        },
        {
            """[ "root" ]""",
            "A configuration file must hold a JSON object, e.g. { \"rules\": { \"PL2002\": \"warning\" } }.",
            "["
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_error_has_its_message_at_its_location(string config, string message, string at)
    {
        string path = Folder.Write("planlint.json", "\n" + config);

        var e = Should.Throw<ConfigurationException>(() => Setup(Folder.Path("a.plan.json")));

        e.Message.ShouldBe(message);
        e.Location.ShouldNotBeNull();
        e.Location.Path.ShouldBe(path);
        (e.Location.Line, e.Location.Column).ShouldBe((2, config.IndexOf(at, StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void Invalid_json_is_located_where_the_parser_stopped()
    {
        Folder.Write("planlint.json", "{\n  \"root\": true,\n  \"rules\": { \"PL2002\" \"note\" }\n}\n");

        var e = Should.Throw<ConfigurationException>(() => Setup(Folder.Path("a.plan.json")));

        e.Message.ShouldStartWith("The file is not valid JSON: ");
        e.Location!.Line.ShouldBe(3);
    }

    [Fact]
    public void An_error_in_an_extended_file_points_into_that_file()
    {
        string base_ = Folder.Write("shared/base.json", """{ "rules": { "PL1001": "warn" } }""");
        Folder.Write("planlint.json", """{ "root": true, "extends": "shared/base.json" }""");

        var e = Should.Throw<ConfigurationException>(() => Setup(Folder.Path("a.plan.json")));

        e.Location!.Path.ShouldBe(base_);
        e.Message.ShouldBe("\"rules.PL1001\" is \"warn\"; it must be one of \"error\", \"warning\", \"note\", \"none\"");
    }

    [Theory]
    [InlineData("PL1001", "--rule \"PL1001\" must look like RULE=SEVERITY, e.g. PL1002=none.")]
    [InlineData("PL1001=off", "--rule \"PL1001=off\": the severity must be one of error, warning, note, none.")]
    [InlineData("PL1010=none", "--rule \"PL1010=none\" names an unknown rule; did you mean \"PL1001\"?")]
    public void A_bad_rule_option_is_an_error_without_a_location(string value, string message)
    {
        Folder.Write("planlint.json", """{ "root": true }""");

        var e = Should.Throw<ConfigurationException>(() => Setup(Folder.Path("a.plan.json"), new ConfigurationRequest { RuleOverrides = [value], WorkingDirectory = Folder.Root }));

        e.Message.ShouldBe(message);
        e.Location.ShouldBeNull();
    }

    [Fact]
    public void A_missing_config_file_is_an_error()
    {
        var e = Should.Throw<ConfigurationException>(() => Setup(Folder.Path("a.plan.json"), new ConfigurationRequest { ConfigFile = "nope.json", WorkingDirectory = Folder.Root }));
        e.Message.ShouldBe("--config: the configuration file 'nope.json' does not exist.");
    }

    [Fact]
    public void The_command_line_stops_with_exit_code_2_and_one_located_line()
    {
        Folder.Write("planlint.json", "{\n  \"root\": true,\n  \"rulez\": {}\n}\n");
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("First.", null, "Ongoing")));

        var (exit, output, error) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe($"planlint: {Folder.Path("planlint.json")}(3,3): Unknown property \"rulez\" in the configuration; did you mean \"rules\"?{Environment.NewLine}");
    }

    [Fact]
    public void Valid_options_reach_the_rule_through_its_context()
    {
        Folder.Write("planlint.json", """{ "root": true, "rules": { "TEST0100": { "options": { "horizonMonths": 18 } } } }""");
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("First.", "The Governor", "March 2025")));

        var setup = Setup(plan);
        var result = setup.Linter.LintFile(plan, setup.Apply(TestPlans.SingleThreaded));

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("horizon 18");
    }

    private LintSetup Setup(string plan, ConfigurationRequest? request = null)
    {
        var linter = new PlanLinter(new AnalyzerEngine([.. BuiltInRules.Create(), new HorizonRule()]), PlanLinter.CreateDefault().Readers);
        return LintSetup.ForFiles(linter, [plan], request ?? new ConfigurationRequest { WorkingDirectory = Folder.Root });
    }

    /// <summary>A rule with an options schema, like PL2007's horizon in months.</summary>
    private sealed class HorizonRule() : PlanRule(Descriptor)
    {
        private static readonly RuleOption<int> HorizonMonths = RuleOption.Integer("horizonMonths", 12, "Months ahead.", minimum: 1);

        public static readonly RuleDescriptor Descriptor = new("TEST0100", "Horizon", "horizon {0}", RuleCategory.TimeBound, Severity.Note, Name: "Horizon")
        {
            Options = [HorizonMonths],
        };

        public override void Analyze(RuleContext context) =>
            context.Report(Descriptor, context.Plan.Location, context.OptionsFor(Descriptor).Get(HorizonMonths));
    }
}
