using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

/// <summary>Every rule has a unique id, a name, a documentation page with the required sections, and a help link to it.</summary>
public sealed partial class RuleCatalogueMetaTests
{
    private static IReadOnlyList<RuleDescriptor> Descriptors => PlanLinter.CreateDefault().Engine.Descriptors;

    public static TheoryData<string> RuleIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var d in Descriptors) data.Add(d.Id);
        return data;
    }

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var analyzers = PlanLinter.CreateDefault().Engine.Analyzers;
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        ids.Count.ShouldBe(ids.Distinct().Count());
        ids.ShouldAllBe(id => IdPattern().IsMatch(id));
    }

    [Fact]
    public void Ids_and_names_are_unique_across_the_rules_and_the_engine()
    {
        Descriptors.Select(d => d.Id).ShouldBeUnique();
        Descriptors.Select(d => d.Name).ShouldBeUnique();
    }

    /// <summary>A built-in rule's id lives beside its descriptor: the rule's <c>Id</c> constant is its descriptor's id.</summary>
    [Fact]
    public void Each_built_in_rule_declares_its_id_beside_its_descriptor()
    {
        foreach (var analyzer in PlanLint.Rules.BuiltInRules.Create())
        {
            var type = analyzer.GetType();
            var id = type.GetField("Id", BindingFlags.Public | BindingFlags.Static);
            id.ShouldNotBeNull($"{type.Name} has no public Id constant");
            id.IsLiteral.ShouldBeTrue($"{type.Name}.Id is not a constant");
            analyzer.SupportedDiagnostics.Select(d => d.Id).ShouldBe([(string)id.GetRawConstantValue()!], type.Name);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Each_rule_has_a_name_a_page_and_a_help_link(string id)
    {
        var d = Descriptors.Single(x => x.Id == id);
        d.Name.ShouldNotBe(id);
        PascalCase().IsMatch(d.Name).ShouldBeTrue(d.Name);
        d.HelpUri.ShouldEndWith($"/rules/{id}.md");

        string page = Repo.Path("rules", id + ".md");
        File.Exists(page).ShouldBeTrue($"rules/{id}.md is missing");
        string text = File.ReadAllText(page);
        text.ShouldStartWith($"# {id}: {d.Name}");
        foreach (var section in new[] { "## What it flags", "## Why it matters", "## Non-compliant", "## Compliant", "## How to suppress" })
            text.ShouldContain(section, customMessage: $"rules/{id}.md lacks '{section}'");
        text.ShouldContain($"| Default severity | {d.DefaultSeverity.ToName()} |");
        text.ShouldContain($"| Category | {d.Category.ToDisplayName()} |");
    }

    [Fact]
    public void Every_page_in_rules_belongs_to_a_rule()
    {
        var ids = Descriptors.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(Repo.Path("rules"), "PL*.md").Select(p => Path.GetFileNameWithoutExtension(p)!);
        pages.Where(p => !ids.Contains(p)).ShouldBeEmpty();
    }

    /// <summary>rules/README.md is generated from the descriptors; set PLANLINT_UPDATE_DOCS=1 to rewrite it.</summary>
    [Fact]
    public void The_rule_table_is_up_to_date()
    {
        var sb = new StringBuilder();
        sb.Append("# PlanLint rules\n\n");
        sb.Append("Generated from the rule descriptors by `RuleCatalogueMetaTests`; run the tests with `PLANLINT_UPDATE_DOCS=1` to refresh it.\n\n");
        sb.Append("| Id | Name | Category | Default severity | Title |\n|---|---|---|---|---|\n");
        foreach (var d in Descriptors)
            sb.Append($"| [{d.Id}]({d.Id}.md) | {d.Name} | {d.Category.ToDisplayName()} | {d.DefaultSeverity.ToName()} | {d.Title} |\n");
        string expected = sb.ToString();
        string path = Repo.Path("rules", "README.md");

        if (Environment.GetEnvironmentVariable("PLANLINT_UPDATE_DOCS") == "1")
            File.WriteAllText(path, expected);

        File.Exists(path).ShouldBeTrue("rules/README.md is missing; run the tests with PLANLINT_UPDATE_DOCS=1");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(expected, "rules/README.md is stale; run the tests with PLANLINT_UPDATE_DOCS=1");
    }

    [GeneratedRegex("^PL[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z][a-zA-Z0-9]+$")]
    private static partial Regex PascalCase();
}
