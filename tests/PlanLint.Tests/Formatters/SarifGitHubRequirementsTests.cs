using System.Text.Json.Nodes;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Sarif;
using PlanLint.Linting;
using PlanLint.Model;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

/// <summary>
/// What GitHub code scanning needs from a SARIF log beyond the schema, one requirement per test. Each test checks
/// PlanLint's output and that <see cref="SarifValidator"/> catches a log that breaks the requirement.
/// </summary>
public sealed class SarifGitHubRequirementsTests : IDisposable
{
    private readonly TestReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static readonly string Plan = TestPlans.OneConcern(
        ("Quality assurance of ACCT processes will be completed.", null, "April 2025"),
        ("Two Listener suites will be opened on A wing.", "Head of Safety", "Ongoing"));

    private JsonObject LintToSarif(string json, AnalysisOptions? analysis = null)
    {
        folder.Write("plans/small.plan.json", json);
        return SarifValidator.AssertValid(TestReports.Sarif(folder.Lint(["plans/small.plan.json"], analysis)));
    }

    private static JsonArray Results(JsonObject log) => log["runs"]![0]!["results"]!.AsArray();

    private static JsonArray Rules(JsonObject log) => log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

    private static IReadOnlyList<string> ProblemsAfter(JsonObject log, Action<JsonObject> breakIt)
    {
        var copy = JsonNode.Parse(log.ToJsonString())!.AsObject();
        breakIt(copy);
        return SarifValidator.GitHubProblems(copy.ToJsonString());
    }

    [Fact]
    public void Every_result_has_a_repo_relative_location_with_a_line()
    {
        var log = LintToSarif(Plan);
        Results(log).Select(r => r!["ruleId"]!.GetValue<string>()).ShouldBe([MissingOwnerRule.Id, VagueTargetDateRule.Id]);
        var physical = Results(log)[0]!["locations"]![0]!["physicalLocation"]!;
        physical["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("plans/small.plan.json");
        physical["artifactLocation"]!["uriBaseId"]!.GetValue<string>().ShouldBe(ReportPaths.RootBaseId);
        physical["region"]!["startLine"]!.GetValue<int>().ShouldBe(17);
        physical["region"]!["startColumn"]!.GetValue<int>().ShouldBe(20);

        ProblemsAfter(log, l => Results(l)[0]!["locations"]![0]!["physicalLocation"]!.AsObject().Remove("region"))
            .ShouldContain(p => p.StartsWith("line:"));
        ProblemsAfter(log, l => Results(l)[0]!.AsObject().Remove("locations"))
            .ShouldContain(p => p.StartsWith("location:"));
    }

    [Fact]
    public void Results_name_the_recommendation_and_action_as_logical_location_and_properties()
    {
        var result = Results(LintToSarif(Plan))[0]!;
        var logical = result["locations"]![0]!["logicalLocations"]![0]!;
        logical["fullyQualifiedName"]!.GetValue<string>().ShouldBe("rec 1/action 1");
        logical["name"]!.GetValue<string>().ShouldBe("action 1");
        logical["kind"]!.GetValue<string>().ShouldBe("action");
        result["properties"]!["recId"]!.GetValue<string>().ShouldBe("1");
        result["properties"]!["actionIndex"]!.GetValue<int>().ShouldBe(1);
        result["properties"]!["pointer"]!.GetValue<string>().ShouldBe("/concerns/0/actions/0/owner");
    }

    [Fact]
    public void Fingerprints_are_present_and_survive_a_line_added_above_the_finding()
    {
        var before = Results(LintToSarif(Plan))[0]!;
        string shifted = Plan.Replace("\"establishment\"", "\"reportPublished\": \"2025-01-14\",\n  \"establishment\"", StringComparison.Ordinal);
        var after = Results(LintToSarif(shifted))[0]!;

        int line(JsonNode r) => r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>();
        line(after).ShouldBe(line(before) + 1);
        foreach (string key in new[] { SarifFormatter.LineHashKey, SarifFormatter.FingerprintKey })
        {
            string value = before["partialFingerprints"]![key]!.GetValue<string>();
            value.ShouldNotBeNullOrWhiteSpace();
            after["partialFingerprints"]![key]!.GetValue<string>().ShouldBe(value, key);
        }

        ProblemsAfter(LintToSarif(Plan), l => Results(l)[0]!["partialFingerprints"]!.AsObject().Remove(SarifFormatter.LineHashKey))
            .ShouldContain(p => p.StartsWith("fingerprints:"));
    }

    [Fact]
    public void The_line_hash_is_the_one_GitHub_computes_for_the_file_on_disk()
    {
        var result = Results(LintToSarif(Plan))[0]!;
        int line = result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>();
        var expected = PrimaryLocationLineHash.Compute(File.ReadAllText(Path.Combine(folder.Root, "plans", "small.plan.json")));
        result["partialFingerprints"]![SarifFormatter.LineHashKey]!.GetValue<string>().ShouldBe(expected[line - 1]);
        result["partialFingerprints"]![SarifFormatter.FingerprintKey]!.GetValue<string>()
            .ShouldBe(FindingFingerprint.Compute(MissingOwnerRule.Id, "small.plan.json", "1", "Quality assurance of ACCT processes will be completed."));
    }

    [Fact]
    public void Related_locations_each_have_their_own_message()
    {
        string path = folder.Write("dup.plan.json", Plan);
        var first = new SourceLocation(path, 17, 20);
        var duplicate = Finding(path, first) with
        {
            RelatedLocations = [new(new SourceLocation(path, 23, 20), "The same action under recommendation 2"), new(new SourceLocation(path, 29, 20), "  ")],
        };
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, duplicate)));

        var related = Results(log)[0]!["relatedLocations"]!.AsArray();
        related.Select(r => r!["message"]!["text"]!.GetValue<string>()).ShouldBe(["The same action under recommendation 2.", "Related location."]);
        related.Select(r => r!["id"]!.GetValue<int>()).ShouldBe([1, 2]);
        related[0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().ShouldBe(23);

        ProblemsAfter(log, l => Results(l)[0]!["relatedLocations"]![0]!.AsObject().Remove("message"))
            .ShouldContain(p => p.StartsWith("related-message:"));
    }

    [Fact]
    public void A_result_never_has_more_than_GitHubs_1000_locations()
    {
        string path = folder.Write("many.plan.json", Plan);
        var d = Finding(path, new SourceLocation(path, 17, 20)) with
        {
            RelatedLocations = [.. Enumerable.Range(1, 1500).Select(i => new RelatedLocation(new SourceLocation(path, 1, i), $"Copy {i}"))],
        };
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, d)));

        var result = Results(log)[0]!;
        (result["locations"]!.AsArray().Count + result["relatedLocations"]!.AsArray().Count).ShouldBe(SarifFormatter.GitHubMaxLocationsPerResult);
        result["properties"]!["relatedLocationsOmitted"]!.GetValue<int>().ShouldBe(501);
        result["message"]!["text"]!.GetValue<string>().ShouldEndWith(" 501 further locations are not listed.");

        ProblemsAfter(log, l => Results(l)[0]!["relatedLocations"]!.AsArray().Add(JsonNode.Parse(Results(l)[0]!["relatedLocations"]![0]!.ToJsonString())))
            .ShouldContain(p => p.StartsWith("locations-limit:"));
    }

    [Fact]
    public void Every_rule_has_help_from_its_page_and_no_security_severity()
    {
        var log = LintToSarif(Plan);
        foreach (var rule in Rules(log))
        {
            string id = rule!["id"]!.GetValue<string>();
            string page = File.ReadAllText(Repo.Path("rules", id + ".md")).ReplaceLineEndings("\n");
            string markdown = rule["help"]!["markdown"]!.GetValue<string>();
            markdown.ShouldContain("## What it flags");
            markdown.ShouldContain(page.Split("## What it flags\n")[1].Split('\n')[0].Trim('`'), Case.Sensitive);
            rule["help"]!["text"]!.GetValue<string>().ShouldContain("What it flags");
            rule["helpUri"]!.GetValue<string>().ShouldBe(PlanLintInfo.RuleHelpUri(id));
        }

        ProblemsAfter(log, l => Rules(l)[0]!.AsObject().Remove("help")).ShouldContain(p => p.StartsWith("rule-help:"));
        ProblemsAfter(log, l => Rules(l)[0]!["properties"]!.AsObject()["security-severity"] = "5.0")
            .ShouldContain(p => p.StartsWith("rule-security-severity:"));
    }

    [Fact]
    public void Rules_carry_name_category_tag_precision_and_default_level()
    {
        var rule = Rules(LintToSarif(Plan)).Single(r => r!["id"]!.GetValue<string>() == VagueTargetDateRule.Id)!;
        rule["name"]!.GetValue<string>().ShouldBe("VagueTargetDate");
        rule["shortDescription"]!["text"]!.GetValue<string>().ShouldBe("Target dates must say when the action will be complete.");
        rule["defaultConfiguration"]!["level"]!.GetValue<string>().ShouldBe("warning");
        rule["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["Time-bound"]);
        rule["properties"]!["precision"]!.GetValue<string>().ShouldBe("high");
    }

    [Fact]
    public void A_clean_run_still_lists_every_enabled_rule_so_fixed_alerts_close()
    {
        var log = LintToSarif(TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", "Head of Safety", "April 2025")));
        Results(log).ShouldBeEmpty();
        var expected = PlanLinter.CreateDefault().Engine.Descriptors.Select(d => d.Id).Where(id => id != RuleIds.AnalyzerFailure);
        Rules(log).Select(r => r!["id"]!.GetValue<string>()).ShouldBe(expected);

        ProblemsAfter(log, l => Rules(l).Clear()).ShouldContain(p => p.StartsWith("rules-listed:"));
    }

    [Fact]
    public void Rules_turned_off_are_not_listed_and_levels_follow_configuration()
    {
        var analysis = new AnalysisOptions
        {
            RuleSeverities = new Dictionary<string, Severity> { [MissingOwnerRule.Id] = Severity.Warning, [VagueTargetDateRule.Id] = Severity.None },
        };
        var log = LintToSarif(Plan, analysis);

        Rules(log).Select(r => r!["id"]!.GetValue<string>()).ShouldNotContain(VagueTargetDateRule.Id);
        var result = Results(log).ShouldHaveSingleItem()!;
        result["ruleId"]!.GetValue<string>().ShouldBe(MissingOwnerRule.Id);
        result["level"]!.GetValue<string>().ShouldBe("warning");
        var rule = Rules(log)[result["ruleIndex"]!.GetValue<int>()]!;
        rule["defaultConfiguration"]!["level"]!.GetValue<string>().ShouldBe("error");
        var overrides = log["runs"]![0]!["invocations"]![0]!["ruleConfigurationOverrides"]!.AsArray().ShouldHaveSingleItem()!;
        overrides["descriptor"]!["id"]!.GetValue<string>().ShouldBe(MissingOwnerRule.Id);
        overrides["descriptor"]!["index"]!.GetValue<int>().ShouldBe(result["ruleIndex"]!.GetValue<int>());
        overrides["configuration"]!["level"]!.GetValue<string>().ShouldBe("warning");
    }

    [Fact]
    public void Rule_index_points_at_the_rule_of_the_result()
    {
        var log = LintToSarif(TestPlans.OneConcern(("First.", null, null), ("Second.", "The Governor", "Ongoing")));
        var results = Results(log);
        results.Select(r => r!["ruleId"]!.GetValue<string>()).ShouldBe([MissingOwnerRule.Id, MissingTargetDateRule.Id, VagueTargetDateRule.Id]);
        foreach (var result in results)
            Rules(log)[result!["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>().ShouldBe(result["ruleId"]!.GetValue<string>());

        ProblemsAfter(log, l => Results(l)[0]!["ruleIndex"] = 0).ShouldContain(p => p.StartsWith("rule-index:"));
    }

    [Fact]
    public void Messages_are_sentences_whose_first_sentence_stands_alone()
    {
        var text = Results(LintToSarif(Plan))[0]!["message"]!["text"]!.GetValue<string>();
        text.ShouldBe("Action 1 of recommendation 1 ('Quality assurance of ACCT…') has no responsible owner; name the post accountable for it.");
    }

    [Fact]
    public void A_run_never_has_more_than_GitHubs_25000_results_and_says_what_it_left_out()
    {
        string path = folder.Write("big.plan.json", Plan);
        var findings = Enumerable.Range(1, SarifFormatter.GitHubMaxResults + 10)
            .Select(i => Finding(path, new SourceLocation(path, 1, 1)) with
            {
                Severity = i <= 10 ? Severity.Error : Severity.Note,
                ActionIndex = i,
            })
            .Reverse()
            .ToArray();
        var log = JsonNode.Parse(TestReports.Sarif(TestReports.Of(folder.Root, path, findings)))!.AsObject();
        SarifValidator.GitHubProblems(log.ToJsonString()).ShouldBeEmpty();

        Results(log).Count.ShouldBe(SarifFormatter.GitHubMaxResults);
        Results(log).Count(r => r!["level"]!.GetValue<string>() == "error").ShouldBe(10);
        var notification = log["runs"]![0]!["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().ShouldHaveSingleItem()!;
        notification["level"]!.GetValue<string>().ShouldBe("warning");
        notification["message"]!["text"]!.GetValue<string>().ShouldStartWith("PlanLint found 25,010 results but this log holds only 25,000, because GitHub code scanning rejects a run with more than 25,000.");

        ProblemsAfter(log, l => Results(l).Add(JsonNode.Parse(Results(l)[0]!.ToJsonString()))).ShouldContain(p => p.StartsWith("results-limit:"));
    }

    [Fact]
    public void A_truncated_log_is_still_schema_valid()
    {
        string path = folder.Write("some.plan.json", Plan);
        var findings = Enumerable.Range(1, 5).Select(i => Finding(path, new SourceLocation(path, 1, i))).ToArray();
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, findings), new SarifFormatter { MaxResults = 3 }));
        Results(log).Count.ShouldBe(3);
    }

    private static Diagnostic Finding(string path, SourceLocation location) => new()
    {
        Descriptor = MissingOwnerRule.Descriptor,
        Severity = Severity.Error,
        Message = "Action 1 of recommendation 1 has no responsible owner; name the post accountable for it",
        Location = location with { Path = path },
        RecId = "1",
        ActionIndex = 1,
        SubjectText = "Quality assurance of ACCT processes will be completed.",
    };
}
