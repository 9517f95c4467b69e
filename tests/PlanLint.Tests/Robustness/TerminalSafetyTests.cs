using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>Plan and rule-pack text is data: escape sequences in it never reach the terminal raw, and JSON/SARIF stay valid.</summary>
public sealed class TerminalSafetyTests : TempFolderTest
{
    private const string Nasty = "\u001b[2J\u001b]0;owned\u0007\r\u0000\u009b31m\u202e";

    [Fact]
    public void A_rule_pack_title_with_escape_sequences_is_escaped_in_the_rules_listing()
    {
        Folder.Write("house/evil.yml", $$"""
            id: HOUSE0001
            name: Evil
            kind: existence
            title: "Clears \e[2J the screen\a"
            message: Says {match}
            severity: warning
            category: Specific
            scope: action
            helpUri: https://example.org/house/HOUSE0001
            phrases: [going forward]
            """);
        string config = Folder.Write("planlint.json", """{ "root": true, "packs": ["house"] }""");

        var (exit, output, error) = TestPlans.RunCli("rules", "--config", config);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("HOUSE0001");
        output.ShouldNotContain("\u001b");
        output.ShouldNotContain("\u0007");
    }

    [Fact]
    public void Plan_text_with_control_characters_never_reaches_the_console_raw_and_json_and_sarif_stay_valid()
    {
        string plan = Folder.Write("evil.plan.json", TestPlans.OneConcern(
            ($"Going forward {Nasty} we will consider it", "HMPPS" + Nasty, "Ongoing" + Nasty),
            ("Nasty" + Nasty, null, "March 2025")));

        var (exit, output, error) = TestPlans.RunCli("check", plan);
        exit.ShouldBe(1);
        output.ShouldContain("PL2002");
        output.ShouldContain("PL1001");
        foreach (char c in output + error)
            (char.IsControl(c) && c is not '\n' and not '\r').ShouldBeFalse($"raw U+{(int)c:X4} in console output");

        var (_, json, _) = TestPlans.RunCli("check", plan, "--format", "json");
        JsonNode.Parse(json).ShouldNotBeNull().ToJsonString().ShouldContain("PL2002");

        var (_, sarif, _) = TestPlans.RunCli("check", plan, "--format", "sarif");
        using var document = JsonDocument.Parse(sarif);
        sarif.ShouldNotContain("\u001b");
    }
}
