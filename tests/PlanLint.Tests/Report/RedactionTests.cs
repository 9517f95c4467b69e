using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Report;

/// <summary>
/// --redact-plan-text and "redactPlanText": the plan's own words never reach SARIF, JSON or Markdown, while ids, places,
/// rule ids and the rest of each message do.
/// </summary>
public sealed class RedactionTests : TempFolderTest
{
    /// <summary>A word written into every text field of the plan, so any leak of plan text shows.</summary>
    private const string Secret = "Zanzibar";

    private string SecretPlan() => Folder.Write("secret.plan.json", TestPlans.Json(new JsonObject
    {
        ["establishment"] = $"HMP {Secret}",
        ["submitted"] = "2025-01-29",
        ["inspection"] = new JsonObject { ["start"] = "2024-09-30", ["end"] = "2024-10-10" },
        ["format"] = "recommendations",
        ["concerns"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "7",
                ["section"] = $"{Secret} concerns",
                ["text"] = $"Prisoners on the {Secret} unit could not see a doctor.",
                ["agreement"] = "Partly Agreed",
                ["reason"] = $"The {Secret} unit closes next year.",
                ["actions"] = new JsonArray(
                    new JsonObject { ["text"] = $"Leaders will explore how {Secret} clinics could run.", ["owner"] = $"{Secret} team", ["targetDate"] = $"Ongoing {Secret}" },
                    new JsonObject { ["text"] = $"The {Secret} clinic will open three days a week, checked monthly.", ["targetDate"] = "March 2025" },
                    new JsonObject
                    {
                        ["text"] = $"The {Secret} clinic rota will be reviewed where possible.",
                        ["owner"] = "Head of Healthcare",
                        ["targetDate"] = "April 2025",
                        ["suppress"] = new JsonArray(new JsonObject { ["rule"] = "PL3002", ["justification"] = $"{Secret} contract pending" }),
                    }),
            },
            new JsonObject
            {
                ["id"] = "8",
                ["text"] = "Too few staff.",
                ["agreement"] = "Agreed",
                ["actions"] = new JsonArray(new JsonObject { ["text"] = $"Leaders will explore how {Secret} clinics could run.", ["owner"] = "Head of Healthcare", ["targetDate"] = "May 2025" }),
            }),
    }));

    private (string Json, string Sarif, string Markdown, string Console) Run(string plan, params string[] extra)
    {
        string json = Folder.Path("out.json"), sarif = Folder.Path("out.sarif"), markdown = Folder.Path("out.md");
        var (exit, console, error) = TestPlans.RunCli(["check", plan, "--format", "console", "--format", "json", "-o", json, "--sarif", sarif, "--markdown", markdown, "--show-suppressed", .. extra]);
        exit.ShouldBe(1, error);
        return (File.ReadAllText(json), File.ReadAllText(sarif), File.ReadAllText(markdown), console);
    }

    [Fact]
    public void Without_the_option_the_plans_words_are_in_every_output()
    {
        var (json, sarif, markdown, console) = Run(SecretPlan());
        json.ShouldContain(Secret);
        sarif.ShouldContain(Secret);
        markdown.ShouldContain(Secret);
        console.ShouldContain(Secret);
    }

    [Fact]
    public void With_the_option_no_output_that_leaves_the_machine_holds_the_plans_words()
    {
        var (json, sarif, markdown, console) = Run(SecretPlan(), "--redact-plan-text");

        json.ShouldNotContain(Secret, Case.Insensitive);
        sarif.ShouldNotContain(Secret, Case.Insensitive);
        markdown.ShouldNotContain(Secret, Case.Insensitive);
        console.ShouldContain(Secret, customMessage: "the console stays on the machine and keeps the plan's words");

        // Ids, places and PlanLint's own words stay.
        var findings = JsonNode.Parse(json)!.AsArray();
        findings.ShouldNotBeEmpty();
        findings.Select(f => f!["ruleId"]!.GetValue<string>()).ShouldContain("PL3002");
        findings.ShouldAllBe(f => f!["line"] != null && f["recId"] != null);
        var messages = findings.Select(f => f!["message"]!.GetValue<string>()).ToList();
        messages.ShouldContain("Action 1 of recommendation 7 hedges its commitment with '[withheld]' ('[withheld]'); say what will be done, or what will be decided and when");
        messages.ShouldContain("Action 2 of recommendation 7 ([withheld]) has no responsible owner; name the post accountable for it");
        findings.Where(f => f!["suppressed"]!.GetValue<bool>()).Select(f => f!["justification"]!.GetValue<string>()).ShouldBe([PlanTextRedaction.Withheld]);
        markdown.ShouldContain("recommendation 7");
        markdown.ShouldContain("secret.plan.json");
        SarifValidator.AssertValid(sarif);
    }

    [Fact]
    public void The_configuration_setting_does_the_same_and_config_print_shows_it()
    {
        string plan = SecretPlan();
        Folder.Write("planlint.json", """{ "root": true, "redactPlanText": true }""");

        var (json, sarif, markdown, _) = Run(plan);
        json.ShouldNotContain(Secret, Case.Insensitive);
        sarif.ShouldNotContain(Secret, Case.Insensitive);
        markdown.ShouldNotContain(Secret, Case.Insensitive);

        var (exit, printed, _) = TestPlans.RunCli("config", "--print", plan);
        exit.ShouldBe(0);
        printed.ShouldContain("Plan text in SARIF, JSON and Markdown: left out  ");
        printed.ShouldContain("planlint.json(1,");
    }

    [Fact]
    public void A_redacted_message_keeps_numbers_and_recommendation_numbers_and_withholds_other_text()
    {
        var descriptor = new RuleDescriptor("T1", "Title", "Target date '{0}' for {1} of recommendation {2} is {3} away ({4})", RuleCategory.TimeBound, Severity.Warning);
        PlanTextRedaction.Format(descriptor, ["Ongoing", "action 3", "7.2", 14, "2"], (_, text) => text == "7.2")
            .ShouldBe("Target date '[withheld]' for [withheld] of recommendation 7.2 is 14 away (2)");
        var onlyArguments = new RuleDescriptor("HOUSE1", "House style: say who", "{0}", RuleCategory.Specific, Severity.Warning);
        PlanTextRedaction.Format(onlyArguments, ["The Zanzibar team will …"], (_, _) => false).ShouldBe("House style: say who");
    }

    [Theory]
    [InlineData("action 3", true)]
    [InlineData("actions 1\u20137", true)]
    [InlineData("actions 2, 5\u20136", true)]
    [InlineData("action", false)]
    [InlineData("action plan", false)]
    [InlineData("actions 1 and more secret words", false)]
    [InlineData("Action 3", false)]
    public void PlanLints_names_for_actions_are_kept_and_nothing_else_that_starts_like_them(string text, bool kept) =>
        PlanTextRedaction.IsActionName(text).ShouldBe(kept);

    [Fact]
    public void A_redacted_owner_finding_still_names_its_actions()
    {
        var plan = TestPlans.OneConcern(("Secret words about the plan.", "HMPPS", "March 2025"));
        var d = TestPlans.Analyze(new PlanLint.Rules.Accountable.GenericOwnerRule(), plan).ShouldHaveSingleItem();
        d.RedactedMessage.ShouldBe("Owner '[withheld]' of action 1 of recommendation 1 ([withheld]) names [withheld], not an accountable post; name the one post that answers for this action");
    }

    [Fact]
    public void A_message_made_without_a_format_is_kept_only_when_it_quotes_nothing()
    {
        var reading = new Diagnostic
        {
            Descriptor = EngineDiagnostics.InvalidPlan,
            Severity = Severity.Warning,
            Message = $"The agreement cell at table 1, row 4 reads '{Secret}', not Agreed; it was not read as a status.",
            Location = new SourceLocation("plan.docx"),
        };
        PlanTextRedaction.MessageOf(reading).ShouldBe($"{EngineDiagnostics.InvalidPlan.Title} {PlanTextRedaction.Withheld}");
        PlanTextRedaction.MessageOf(reading with { Message = "The row at line 12 has 7 cells where the table has 6." })
            .ShouldBe("The row at line 12 has 7 cells where the table has 6.");
    }

    [Fact]
    public void Every_built_in_rule_reports_a_redacted_message()
    {
        var report = ReviewReports.Lint([.. ReviewReports.CorpusPlans.Select(ReviewReports.CorpusText)], Folder.Root);
        var fromRules = report.Files.SelectMany(f => f.Diagnostics).Where(d => d.Id is not ("PL0001")).ToList();
        fromRules.ShouldNotBeEmpty();
        fromRules.ShouldAllBe(d => d.RedactedMessage != null);
        foreach (var d in fromRules)
        {
            var plan = report.Files.Single(f => f.Path == d.Location.Path).Plan!;
            var concern = plan.Concerns.FirstOrDefault(c => c.Ordinal == d.ConcernOrdinal);
            var action = concern?.Actions.FirstOrDefault(a => a.Index == d.ActionIndex);
            foreach (string? text in new[] { action?.Text, action?.Owner, action?.TargetDate, concern?.Text, concern?.Reason })
            {
                if (text is null) continue;
                // Long words of the plan that are not also words of the rule's own message.
                foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => w.Length >= 12 && w.All(char.IsLetter) && !d.Descriptor.MessageFormat.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    d.RedactedMessage!.ShouldNotContain(word, customMessage: $"{d.Id}: {d.RedactedMessage}");
            }
        }
    }
}
