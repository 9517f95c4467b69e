using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Configuration;

/// <summary>Which planlint.json files apply to a plan, and which value wins.</summary>
public sealed class ConfigDiscoveryTests : TempFolderTest
{
    private ResolvedConfiguration Resolve(string plan, ConfigurationRequest? request = null) =>
        new ConfigurationResolver(request ?? new ConfigurationRequest { WorkingDirectory = Folder.Root }).Resolve(Folder.Path(plan));

    private static Severity SeverityOf(ResolvedConfiguration c, RuleDescriptor d) => c.Options.EffectiveSeverity(d);

    [Fact]
    public void The_nearest_file_wins_and_farther_files_still_apply()
    {
        Folder.Write("planlint.json", """{ "root": true, "rules": { "PL2002": "error", "PL1001": "note" } }""");
        Folder.Write("plans/planlint.json", """{ "rules": { "PL2002": "note" } }""");

        var c = Resolve("plans/a.plan.json");

        SeverityOf(c, VagueTargetDateRule.Descriptor).ShouldBe(Severity.Note);
        SeverityOf(c, MissingOwnerRule.Descriptor).ShouldBe(Severity.Note);
        c.Files.ShouldBe([Folder.Path("plans/planlint.json"), Folder.Path("planlint.json")]);
        c.RuleSeveritySources["PL2002"].Location!.Path.ShouldBe(Folder.Path("plans/planlint.json"));
    }

    [Fact]
    public void Root_true_stops_the_search_upwards()
    {
        Folder.Write("planlint.json", """{ "rules": { "PL1001": "none" } }""");
        Folder.Write("repo/planlint.json", """{ "root": true }""");
        Folder.Write("other/planlint.json", """{ }""");

        SeverityOf(Resolve("repo/a.plan.json"), MissingOwnerRule.Descriptor).ShouldBe(Severity.Error);
        SeverityOf(Resolve("other/a.plan.json"), MissingOwnerRule.Descriptor).ShouldBe(Severity.None);
    }

    [Fact]
    public void A_rule_setting_beats_a_category_setting_even_from_a_farther_file()
    {
        Folder.Write("planlint.json", """{ "root": true, "rules": { "PL2002": "error" } }""");
        Folder.Write("plans/planlint.json", """{ "categories": { "Time-bound": "none" } }""");

        var c = Resolve("plans/a.plan.json");

        SeverityOf(c, VagueTargetDateRule.Descriptor).ShouldBe(Severity.Error);
        SeverityOf(c, MissingTargetDateRule.Descriptor).ShouldBe(Severity.None);
        c.SeverityOf(MissingTargetDateRule.Descriptor).Source.Description.ShouldBe("category Time-bound");
    }

    [Fact]
    public void Extends_applies_the_other_file_first_relative_to_the_extending_file()
    {
        Folder.Write("config/base.json", """{ "rules": { "PL1001": "warning", "PL2002": "error" } }""");
        Folder.Write("planlint.json", """{ "root": true, "extends": "./config/base.json", "rules": { "PL2002": "note" } }""");

        var c = Resolve("a.plan.json");

        SeverityOf(c, MissingOwnerRule.Descriptor).ShouldBe(Severity.Warning);
        SeverityOf(c, VagueTargetDateRule.Descriptor).ShouldBe(Severity.Note);
        c.RuleSeveritySources["PL1001"].Location!.Path.ShouldBe(Folder.Path("config/base.json"));
        c.Files.ShouldBe([Folder.Path("planlint.json"), Folder.Path("config/base.json")]);
    }

    [Fact]
    public void The_strict_preset_makes_warnings_errors_and_notes_warnings()
    {
        Folder.Write("planlint.json", """{ "root": true, "extends": ["recommended", "strict"] }""");

        var c = Resolve("a.plan.json");

        SeverityOf(c, VagueTargetDateRule.Descriptor).ShouldBe(Severity.Error);
        SeverityOf(c, EngineDiagnostics.UnusedSuppression).ShouldBe(Severity.Error);
        c.Options.RuleSeverities[SharedOwnerRule.Id].ShouldBe(Severity.Warning);
        c.Files.ShouldBe([Folder.Path("planlint.json"), "preset \"strict\"", "preset \"recommended\""]);
    }

    [Fact]
    public void Overrides_apply_only_to_the_files_their_globs_match()
    {
        Folder.Write("planlint.json", """
            {
              "root": true,
              "overrides": [
                { "files": "legacy/**", "rules": { "PL1001": "none" } },
                { "files": ["*.draft.plan.json"], "rules": { "PL2002": "none" } }
              ]
            }
            """);

        SeverityOf(Resolve("legacy/2019/a.plan.json"), MissingOwnerRule.Descriptor).ShouldBe(Severity.None);
        SeverityOf(Resolve("plans/b.draft.plan.json"), VagueTargetDateRule.Descriptor).ShouldBe(Severity.None);
        var plain = Resolve("plans/c.plan.json");
        SeverityOf(plain, MissingOwnerRule.Descriptor).ShouldBe(Severity.Error);
        SeverityOf(plain, VagueTargetDateRule.Descriptor).ShouldBe(Severity.Warning);
        Resolve("legacy/a.plan.json").RuleSeveritySources["PL1001"].Description.ShouldBe("override for legacy/**");
    }

    [Fact]
    public void Config_option_replaces_discovery()
    {
        Folder.Write("plans/planlint.json", """{ "root": true, "rules": { "PL1001": "none" } }""");
        Folder.Write("ci.json", """{ "rules": { "PL2002": "none" } }""");

        var c = Resolve("plans/a.plan.json", new ConfigurationRequest { ConfigFile = "ci.json", WorkingDirectory = Folder.Root });

        SeverityOf(c, MissingOwnerRule.Descriptor).ShouldBe(Severity.Error);
        SeverityOf(c, VagueTargetDateRule.Descriptor).ShouldBe(Severity.None);
        c.Files.ShouldBe([Folder.Path("ci.json")]);
    }

    [Fact]
    public void Rule_on_the_command_line_wins_over_every_file()
    {
        Folder.Write("planlint.json", """{ "root": true, "rules": { "PL1001": "warning" } }""");

        var c = Resolve("a.plan.json", new ConfigurationRequest { RuleOverrides = ["PL1001=note"], WorkingDirectory = Folder.Root });

        SeverityOf(c, MissingOwnerRule.Descriptor).ShouldBe(Severity.Note);
        c.RuleSeveritySources["PL1001"].Description.ShouldBe("--rule PL1001=note");
    }

    [Fact]
    public void Options_merge_by_name_with_nearer_values_winning()
    {
        // A pack rule's options: the built-in rules' options are checked against planlint.json's schema as it is read.
        Folder.Write("planlint.json", """{ "root": true, "rules": { "HOUSE0001": { "options": { "horizonMonths": 12, "countCompleted": true } } } }""");
        Folder.Write("plans/planlint.json", """{ "rules": { "HOUSE0001": { "options": { "horizonMonths": 18 } } } }""");

        var c = Resolve("plans/a.plan.json");

        var options = c.Options.OptionsFor("HOUSE0001");
        options.Get(RuleOption.Integer("horizonMonths", 0, "Months.")).ShouldBe(18);
        options.Get(RuleOption.Boolean("countCompleted", false, "Count them.")).ShouldBeTrue();
        c.OptionSources["HOUSE0001"]["horizonMonths"].Location!.Path.ShouldBe(Folder.Path("plans/planlint.json"));
        c.OptionSources["HOUSE0001"]["countCompleted"].Location!.Path.ShouldBe(Folder.Path("planlint.json"));
    }

    [Fact]
    public void Without_any_file_the_defaults_apply()
    {
        Folder.Write("planlint.json", """{ "root": true }""");

        var c = Resolve("a.plan.json");

        c.Options.RuleSeverities.ShouldBeEmpty();
        c.Options.CategorySeverities.ShouldBeEmpty();
        c.SeverityOf(VagueTargetDateRule.Descriptor).ShouldBe((Severity.Warning, ConfigSource.Default));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        Folder.Write("planlint.json", """
            {
              // Reviewed by the Head of Performance, March 2025.
              "root": true,
              "rules": { "PL2002": "note", },
            }
            """);

        SeverityOf(Resolve("a.plan.json"), VagueTargetDateRule.Descriptor).ShouldBe(Severity.Note);
    }
}
