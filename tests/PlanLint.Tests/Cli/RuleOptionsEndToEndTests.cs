using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>Rule options set in planlint.json reach the rule, through the real command line; bad values stop the run with the option named.</summary>
public sealed class RuleOptionsEndToEndTests : TempFolderTest
{
    // Submitted 2025-01-29; June 2026 is 17 months on.
    private string Plan() => Folder.Write("plans/a.plan.json", TestPlans.OneConcern(("Weekly wing meetings will be held and minuted by the custodial manager.", "Head of Residence", "June 2026")));

    [Fact]
    public void The_documented_horizon_option_changes_what_PL2007_reports()
    {
        string plan = Plan();
        TestPlans.RunCli("check", plan, "--no-color").Output.ShouldContain("PL2007");

        Folder.Write("plans/planlint.json", """{ "root": true, "rules": { "PL2007": { "options": { "horizonMonths": 18 } } } }""");
        var (exit, output, error) = TestPlans.RunCli("check", plan, "--no-color");

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldNotContain("PL2007");
    }

    [Theory]
    [InlineData("""{ "PL2007": { "options": { "horizonMonths": "twelve" } } }""", "Option \"horizonMonths\" of PL2007 must be a whole number, not \"twelve\"")]
    [InlineData("""{ "PL2007": { "options": { "horizonMonths": 0 } } }""", "Option \"horizonMonths\" of PL2007 is the number 0; it must be at least 1")]
    [InlineData("""{ "PL3001": { "options": { "similarity": 1.5 } } }""", "Option \"similarity\" of PL3001 is the number 1.5; it must be at most 1")]
    [InlineData("""{ "PL6003": { "options": { "minimumWord": 4 } } }""", "Unknown property \"minimumWord\" in the options of PL6003; did you mean \"minimumWords\"?")]
    [InlineData("""{ "PL1001": { "options": { "strict": true } } }""", "Rule PL1001 has no options, but \"options\" gives \"strict\".")]
    public void A_bad_option_stops_the_run_naming_the_option_and_the_rule(string rules, string message)
    {
        string plan = Plan();
        Folder.Write("plans/planlint.json", $$"""{ "root": true, "rules": {{rules}} }""");

        var (exit, output, error) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
        error.ShouldStartWith("planlint: ");
    }

    [Theory]
    [InlineData("PL3001", "similarity", "0.5")]
    [InlineData("PL3003", "minimumCommitments", "3")]
    [InlineData("PL6001", "minimumWords", "8")]
    [InlineData("PL6002", "similarity", "0.9")]
    [InlineData("PL6003", "minimumShareElsewhere", "0.5")]
    public void Every_declared_option_can_be_set(string rule, string option, string value)
    {
        string plan = Plan();
        Folder.Write("plans/planlint.json", $$"""{ "root": true, "rules": { "{{rule}}": { "options": { "{{option}}": {{value}} } } } }""");
        var (exit, _, error) = TestPlans.RunCli("check", plan);
        error.ShouldBeEmpty();
        exit.ShouldBeOneOf(0, 1);
    }
}
