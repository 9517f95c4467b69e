using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

public sealed class JsonFindingsFormatterTests : IDisposable
{
    private readonly TestReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Exact_findings_for_a_small_plan()
    {
        folder.Write("plans/small.plan.json", TestPlans.OneConcern(("First.", null, "March 2025"), ("Second.", "The Governor", "Ongoing")));
        string json = TestReports.Json(folder.Lint("plans/small.plan.json"));
        string fingerprint1 = FindingFingerprint.Compute(MissingOwnerRule.Id, "small.plan.json", "1", "First.");
        string fingerprint2 = FindingFingerprint.Compute(VagueTargetDateRule.Id, "small.plan.json", "1", "Second.");

        json.ShouldBe($$"""
            [
              {
                "file": "plans/small.plan.json",
                "line": 17,
                "column": 20,
                "endLine": 17,
                "endColumn": 24,
                "severity": "error",
                "ruleId": "PL1001",
                "ruleName": "MissingOwner",
                "category": "Accountable",
                "message": "Action 1 of recommendation 1 ('First.') has no responsible owner; name the post accountable for it",
                "recId": "1",
                "actionIndex": 1,
                "pointer": "/concerns/0/actions/0/owner",
                "part": null,
                "inferred": false,
                "fingerprint": "{{fingerprint1}}",
                "suppressed": false,
                "justification": null
              },
              {
                "file": "plans/small.plan.json",
                "line": 23,
                "column": 25,
                "endLine": 23,
                "endColumn": 34,
                "severity": "warning",
                "ruleId": "PL2002",
                "ruleName": "VagueTargetDate",
                "category": "Time-bound",
                "message": "Target date 'Ongoing' for action 2 of recommendation 1 ('Second.') gives no date by which the action will be complete; give a month and year",
                "recId": "1",
                "actionIndex": 2,
                "pointer": "/concerns/0/actions/1/targetDate",
                "part": null,
                "inferred": false,
                "fingerprint": "{{fingerprint2}}",
                "suppressed": false,
                "justification": null
              }
            ]

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_clean_run_is_an_empty_array()
    {
        folder.Write("a.plan.json", TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", "Head of Safety", "April 2025")));
        TestReports.Json(folder.Lint("a.plan.json")).ShouldBe("[]\n");
    }

    [Fact]
    public void Word_parts_suppressions_and_any_text_come_through_intact()
    {
        string path = folder.Write("Long Lartin.docx", "x");
        string nasty = "Quote \" backslash \\ newline\n escape\u001b[2J lone\ud800 </script> é";
        var d = new Diagnostic
        {
            Descriptor = VagueTargetDateRule.Descriptor,
            Severity = Severity.Note,
            Message = nasty,
            Location = SourceLocation.At(path, new DocumentPlace(Table: 1, Row: 5, Paragraph: 2)),
            RecId = "1.12",
            Suppression = new AppliedSuppression("Set nationally", new SourceLocation(path)),
        };
        string json = TestReports.Json(TestReports.Of(folder.Root, path, d));

        var finding = JsonNode.Parse(json)!.AsArray().ShouldHaveSingleItem()!.AsObject();
        finding["file"]!.GetValue<string>().ShouldBe("Long Lartin.docx");
        finding["line"].ShouldBeNull();
        finding["column"].ShouldBeNull();
        finding["severity"]!.GetValue<string>().ShouldBe("note");
        finding["message"]!.GetValue<string>().ShouldBe(nasty.Replace('\ud800', '\ufffd'));
        finding["part"]!.GetValue<string>().ShouldBe("table 1, row 5, paragraph 2");
        finding["actionIndex"].ShouldBeNull();
        finding["suppressed"]!.GetValue<bool>().ShouldBeTrue();
        finding["justification"]!.GetValue<string>().ShouldBe("Set nationally");
        finding.Select(p => p.Key).ShouldBe(["file", "line", "column", "endLine", "endColumn", "severity", "ruleId", "ruleName", "category", "message",
            "recId", "actionIndex", "pointer", "part", "inferred", "fingerprint", "suppressed", "justification"]);
        json.ShouldNotContain("\u001b");
        Should.NotThrow(() => JsonDocument.Parse(json));
    }
}
