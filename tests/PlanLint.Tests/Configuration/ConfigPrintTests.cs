using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Configuration;

/// <summary><c>planlint config --print FILE</c> and the embedded presets.</summary>
public sealed class ConfigPrintTests : TempFolderTest
{
    [Fact]
    public void Print_shows_each_effective_value_and_where_it_came_from()
    {
        Folder.Write("planlint.json", """
            {
              "root": true,
              "categories": { "Time-bound": "warning" },
              "rules": { "PL1001": "note" }
            }
            """);
        Folder.Write("plans/planlint.json", """
            {
              "extends": "recommended",
              "overrides": [ { "files": "*.draft.plan.json", "rules": { "PL2002": "none" } } ]
            }
            """);
        string plan = Folder.Write("plans/a.draft.plan.json", "{}");

        var (exit, output, error) = TestPlans.RunCli("config", "--print", plan, "--rule", "PL0008=error");

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        string root = Folder.Path("planlint.json"), nested = Folder.Path("plans/planlint.json");
        string text = output.ReplaceLineEndings("\n");
        text.ShouldStartWith($"""
            Configuration for {plan}

            Configuration files, strongest first:
              {nested}
              preset "recommended"
              {root}

            Categories:
              Time-bound   warning  {root}(3,19)

            Rules:

            """.ReplaceLineEndings("\n"));
        var lines = text.Split('\n');
        lines.ShouldContain("  PL0008  error    --rule PL0008=error");
        lines.ShouldContain($"  PL1001  note     {root}(4,14)");
        lines.ShouldContain($"  PL2001  warning  {root}(3,19) (category Time-bound)");
        lines.ShouldContain($"  PL2002  none     {nested}(3,61) (override for *.draft.plan.json)");
        lines.ShouldContain("  PL9999  error    default");
        var ruleLines = lines.SkipWhile(l => l != "Rules:").Skip(1).Where(l => l.Length > 0).ToList();
        ruleLines.Select(l => l.Trim()[..6]).ShouldBe(ruleLines.Select(l => l.Trim()[..6]).Order(StringComparer.Ordinal), "rules are listed by id");
    }

    [Fact]
    public void Print_stops_with_exit_code_2_on_a_broken_configuration()
    {
        Folder.Write("planlint.json", """{ "root": true, "rules": { "PL1001": "loud" } }""");

        var (exit, output, error) = TestPlans.RunCli("config", "--print", Folder.Path("a.plan.json"));

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("\"rules.PL1001\" is \"loud\"");
    }

    public static TheoryData<string> Presets()
    {
        var data = new TheoryData<string>();
        foreach (var name in ConfigFileReader.PresetNames) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Each_preset_is_a_valid_configuration_naming_only_known_rules(string name)
    {
        var preset = ConfigFileReader.ReadPreset(name);

        preset.IsPreset.ShouldBeTrue();
        preset.Settings.Rules.ShouldAllBe(r => PlanLint.Rules.BuiltInRules.IsBuiltIn(r.RuleId));
    }

    [Fact]
    public void The_presets_are_recommended_and_strict()
    {
        ConfigFileReader.PresetNames.ShouldBe(["recommended", "strict"]);
    }

    [Fact]
    public void Strict_raises_every_rule_about_the_plan_one_level()
    {
        Folder.Write("planlint.json", """{ "root": true, "extends": "strict" }""");
        var configuration = new ConfigurationResolver(new ConfigurationRequest { WorkingDirectory = Folder.Root }).Resolve(Folder.Path("a.plan.json"));

        foreach (var d in PlanLinter.CreateDefault().Engine.Descriptors.Where(d => d.EnabledByDefault))
        {
            // What a document's table does not say for certain is never an error about the plan.
            var expected = d.Category == RuleCategory.Reading ? d.DefaultSeverity
                : d.DefaultSeverity == Severity.Note ? Severity.Warning : Severity.Error;
            configuration.Options.EffectiveSeverity(d).ShouldBe(expected, d.Id);
        }

        // Rules that are notes by default are listed by id, so strict can make them warnings rather than errors.
        configuration.Options.RuleSeverities.Keys.ShouldAllBe(id => PlanLint.Rules.BuiltInRules.IsBuiltIn(id));
    }
}
