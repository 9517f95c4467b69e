using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Sarif;
using PlanLint.Model;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

/// <summary>The parts of the SARIF log beyond GitHub's minimum: suppressions, tool failures, Word documents, paths, escaping.</summary>
public sealed class SarifFormatterTests : IDisposable
{
    private readonly TestReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static readonly string Plan = TestPlans.OneConcern(("Listener suites will be reviewed.", "Head of Safety", "Ongoing"));

    private static JsonObject Run(JsonObject log) => log["runs"]!.AsArray().ShouldHaveSingleItem()!.AsObject();

    private static JsonArray Results(JsonObject log) => Run(log)["results"]!.AsArray();

    private static Diagnostic Finding(string path, SourceLocation? location = null, string message = "Target date 'Ongoing' for action 2 of recommendation 1 gives no date") => new()
    {
        Descriptor = VagueTargetDateRule.Descriptor,
        Severity = Severity.Warning,
        Message = message,
        Location = location ?? new SourceLocation(path, 3, 5, 3, 14),
        RecId = "1",
        ActionIndex = 2,
        SubjectText = "Listener suites will be reviewed.",
    };

    [Fact]
    public void The_log_names_the_tool_schema_and_version()
    {
        folder.Write("a.plan.json", TestPlans.OneConcern(("A.", "The Governor", "April 2025")));
        var log = SarifValidator.AssertValid(TestReports.Sarif(folder.Lint("a.plan.json")));

        log["$schema"]!.GetValue<string>().ShouldBe(SarifFormatter.SchemaUri);
        JsonNode.Parse(File.ReadAllText(SarifValidator.SchemaPath))!["id"]!.GetValue<string>().ShouldBe(SarifFormatter.SchemaUri);
        log["version"]!.GetValue<string>().ShouldBe("2.1.0");
        var driver = Run(log)["tool"]!["driver"]!;
        driver["name"]!.GetValue<string>().ShouldBe("PlanLint");
        driver["semanticVersion"]!.GetValue<string>().ShouldBe(PlanLintInfo.Version);
        driver["informationUri"]!.GetValue<string>().ShouldBe(PlanLintInfo.RepositoryUrl);
        Run(log)["columnKind"]!.GetValue<string>().ShouldBe("utf16CodeUnits");
    }

    [Fact]
    public void The_invocation_records_command_line_times_and_success()
    {
        folder.Write("a.plan.json", TestPlans.OneConcern(("A.", "The Governor", "April 2025")));
        var report = folder.Lint("a.plan.json") with { Arguments = ["check", "my plans/a.plan.json", "--format", "sarif"] };
        var invocation = Run(SarifValidator.AssertValid(TestReports.Sarif(report)))["invocations"]!.AsArray().ShouldHaveSingleItem()!;

        invocation["commandLine"]!.GetValue<string>().ShouldBe("planlint check \"my plans/a.plan.json\" --format sarif");
        invocation["arguments"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(report.Arguments);
        invocation["startTimeUtc"]!.GetValue<string>().ShouldBe("2025-02-03T10:15:30.125Z");
        invocation["endTimeUtc"]!.GetValue<string>().ShouldBe("2025-02-03T10:15:30.375Z");
        invocation["executionSuccessful"]!.GetValue<bool>().ShouldBeTrue();
        invocation["toolExecutionNotifications"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void An_analyzer_failure_is_a_tool_execution_notification_not_a_result()
    {
        string path = folder.Write("a.plan.json", Plan);
        var failure = new Diagnostic
        {
            Descriptor = EngineDiagnostics.AnalyzerFailure,
            Severity = Severity.Error,
            Message = "Rule PL1001 MissingOwner failed and was skipped for this plan: InvalidOperationException: boom",
            Location = new SourceLocation(path, 1, 1),
        };
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, failure, Finding(path))));

        Results(log).Select(r => r!["ruleId"]!.GetValue<string>()).ShouldBe([VagueTargetDateRule.Id]);
        var invocation = Run(log)["invocations"]![0]!;
        invocation["executionSuccessful"]!.GetValue<bool>().ShouldBeFalse();
        var notification = invocation["toolExecutionNotifications"]!.AsArray().ShouldHaveSingleItem()!;
        notification["level"]!.GetValue<string>().ShouldBe("error");
        notification["message"]!["text"]!.GetValue<string>().ShouldBe(failure.Message + ".");
        notification["descriptor"]!["id"]!.GetValue<string>().ShouldBe(RuleIds.AnalyzerFailure);
        notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("a.plan.json");
        var descriptor = Run(log)["tool"]!["driver"]!["notifications"]!.AsArray()[notification["descriptor"]!["index"]!.GetValue<int>()]!;
        descriptor["id"]!.GetValue<string>().ShouldBe(RuleIds.AnalyzerFailure);
        Run(log)["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ShouldNotContain(RuleIds.AnalyzerFailure);
    }

    [Fact]
    public void Suppressed_findings_stay_in_the_log_with_their_justification()
    {
        string path = folder.Write("a.plan.json", Plan);
        var suppressed = Finding(path) with
        {
            Suppression = new AppliedSuppression("Date set nationally; see HMPPS letter 12/2024", new SourceLocation(path, 9, 7)),
        };
        var baselined = Finding(path, new SourceLocation(path, 4, 5)) with
        {
            Suppression = new AppliedSuppression("In the baseline", new SourceLocation(Path.Combine(folder.Root, "planlint.baseline.json")), "external"),
        };
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, suppressed, baselined)));

        var first = Results(log)[0]!["suppressions"]!.AsArray().ShouldHaveSingleItem()!;
        first["kind"]!.GetValue<string>().ShouldBe("inSource");
        first["status"]!.GetValue<string>().ShouldBe("accepted");
        first["justification"]!.GetValue<string>().ShouldBe("Date set nationally; see HMPPS letter 12/2024");
        first["location"]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().ShouldBe(9);
        var second = Results(log)[1]!["suppressions"]!.AsArray().ShouldHaveSingleItem()!;
        second["kind"]!.GetValue<string>().ShouldBe("external");
        second["location"]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("planlint.baseline.json");
    }

    [Fact]
    public void A_Word_document_gets_a_region_from_its_table_place_never_a_placeholder()
    {
        string path = folder.Write("plans/Long Lartin.docx", "not really a document");
        var d = Finding(path, SourceLocation.At(path, new DocumentPlace(Table: 1, Row: 5, Paragraph: 2)));
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, d)));

        var result = Results(log)[0]!;
        var physical = result["locations"]![0]!["physicalLocation"]!.AsObject();
        physical["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("plans/Long%20Lartin.docx");
        var region = physical["region"]!.AsObject();
        region["startLine"]!.GetValue<int>().ShouldBe(5, "the table row");
        region.ContainsKey("startColumn").ShouldBeFalse("the place names no column");
        region["message"]!["text"]!.GetValue<string>().ShouldBe("Table 1, row 5, paragraph 2.");
        result["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>().ShouldBe("rec 1/action 2");
        result["message"]!["text"]!.GetValue<string>().ShouldBe(
            "Target date 'Ongoing' for action 2 of recommendation 1 gives no date. Location in the document: table 1, row 5, paragraph 2.");
        result["properties"]!["part"]!.GetValue<string>().ShouldBe("table 1, row 5, paragraph 2");
        var fingerprints = result["partialFingerprints"]!.AsObject();
        fingerprints[SarifFormatter.LineHashKey]!.GetValue<string>().ShouldBe(fingerprints[SarifFormatter.FingerprintKey]!.GetValue<string>()[..16] + ":1",
            "no line of a zipped document is hashed: the finding's own fingerprint stands in");
        Run(log)["artifacts"]![0]!["mimeType"]!.GetValue<string>().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    [Fact]
    public void A_finding_about_a_whole_recommendation_has_no_action_index()
    {
        string path = folder.Write("a.plan.json", Plan);
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, Finding(path) with { ActionIndex = null, RecId = "1.12" })));
        var result = Results(log)[0]!;
        result["properties"]!["recId"]!.GetValue<string>().ShouldBe("1.12");
        result["properties"]!.AsObject().ContainsKey("actionIndex").ShouldBeFalse();
        var logical = result["locations"]![0]!["logicalLocations"]![0]!;
        logical["fullyQualifiedName"]!.GetValue<string>().ShouldBe("rec 1.12");
        logical["kind"]!.GetValue<string>().ShouldBe("recommendation");
    }

    [Theory]
    [InlineData("plans/a.plan.json", "plans/a.plan.json")]
    [InlineData("my plans/HMP #1 (draft) 100%.plan.json", "my%20plans/HMP%20%231%20%28draft%29%20100%25.plan.json")]
    [InlineData("plans/Élmley ünïcode.plan.json", "plans/%C3%89lmley%20%C3%BCn%C3%AFcode.plan.json")]
    public void Artifact_uris_are_relative_to_the_root_with_forward_slashes_and_percent_encoding(string relative, string uri)
    {
        string path = folder.Write(relative, Plan);
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, Finding(path))));

        var artifact = Results(log)[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        artifact["uri"]!.GetValue<string>().ShouldBe(uri);
        artifact["uriBaseId"]!.GetValue<string>().ShouldBe(ReportPaths.RootBaseId);
        artifact["index"]!.GetValue<int>().ShouldBe(0);
        Uri.UnescapeDataString(uri).ShouldBe(relative);
        var baseUri = Run(log)["originalUriBaseIds"]![ReportPaths.RootBaseId]!["uri"]!.GetValue<string>();
        new Uri(new Uri(baseUri), uri).LocalPath.ShouldBe(path);
        Run(log)["artifacts"]![0]!["location"]!["uri"]!.GetValue<string>().ShouldBe(uri);
    }

    [Fact]
    public void A_file_outside_the_root_gets_a_relative_uri_that_climbs_out_never_an_absolute_file_uri()
    {
        using var other = new TestReportFolder();
        string path = other.Write("elsewhere.plan.json", Plan);
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, Finding(path))));

        var artifact = Results(log)[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!.AsObject();
        artifact["uriBaseId"]!.GetValue<string>().ShouldBe(ReportPaths.RootBaseId);
        string uri = artifact["uri"]!.GetValue<string>();
        uri.ShouldStartWith("../");
        var root = new Uri(Run(log)["originalUriBaseIds"]![ReportPaths.RootBaseId]!["uri"]!.GetValue<string>());
        new Uri(root, uri).LocalPath.ShouldBe(path);
    }

    [Fact]
    public void Whatever_the_plan_text_contains_the_log_is_valid_JSON()
    {
        string path = folder.Write("a.plan.json", Plan);
        string nasty = "Quote \" backslash \\ tab\t bell\u0007 escape\u001b[31m nul\0 lone\ud800 pair\ud83d\ude00 </script> & é";
        var d = Finding(path, message: nasty) with { RecId = "7\"\n", Suppression = new AppliedSuppression(nasty, new SourceLocation(path, 2, 1)) };
        var log = SarifValidator.AssertValid(TestReports.Sarif(TestReports.Of(folder.Root, path, d)));

        var result = Results(log)[0]!;
        result["message"]!["text"]!.GetValue<string>().ShouldBe(nasty.Replace('\ud800', '\ufffd') + ".");
        result["suppressions"]![0]!["justification"]!.GetValue<string>().ShouldBe(nasty.Replace('\ud800', '\ufffd'));
        result["properties"]!["recId"]!.GetValue<string>().ShouldBe("7\"\n");
    }

    [Fact]
    public void The_same_input_gives_the_same_log()
    {
        folder.Write("a.plan.json", TestPlans.OneConcern(("First.", null, "Ongoing"), ("Second.", "The Governor", null)));
        folder.Write("b.plan.json", TestPlans.OneConcern(("Third.", null, "March 2025")));
        string first = TestReports.Sarif(folder.Lint("a.plan.json", "b.plan.json"));
        string second = TestReports.Sarif(folder.Lint("a.plan.json", "b.plan.json"));
        second.ShouldBe(first);
        SarifValidator.AssertValid(first);
        Results(JsonNode.Parse(first)!.AsObject()).Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["index"]!.GetValue<int>())
            .ShouldBe([0, 0, 0, 1]);
    }

    [Fact]
    public void A_finding_about_a_whole_missing_file_has_a_region_for_the_whole_file()
    {
        var log = SarifValidator.AssertValid(TestReports.Sarif(folder.Lint("missing.plan.json")), requireLines: false);
        var result = Results(log).ShouldHaveSingleItem()!;
        result["ruleId"]!.GetValue<string>().ShouldBe(RuleIds.InvalidPlan);
        result["message"]!["text"]!.GetValue<string>().ShouldBe("The file does not exist.");
        var region = result["locations"]![0]!["physicalLocation"]!["region"]!.AsObject();
        region["startLine"]!.GetValue<int>().ShouldBe(1);
        region.ContainsKey("endLine").ShouldBeFalse("a file that cannot be read has no known length");
        region["message"]!["text"]!.GetValue<string>().ShouldBe("The whole file.");
    }
}
