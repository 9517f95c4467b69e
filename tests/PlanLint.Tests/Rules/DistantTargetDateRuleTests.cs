using System.Text.Json;
using Json.Schema;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

/// <summary>The test plans are submitted on 29 January 2025.</summary>
public sealed class DistantTargetDateRuleTests
{
    private static AnalysisOptions Horizon(int months) => new()
    {
        RuleOptions = new Dictionary<string, RuleOptions>
        {
            [DistantTargetDateRule.Id] = new(new Dictionary<string, JsonElement>
            {
                ["horizonMonths"] = JsonSerializer.SerializeToElement(months),
            }),
        },
    };

    [Theory]
    [InlineData("February 2026", "13 months")]
    [InlineData("March 2027", "26 months")]
    [InlineData("2026/27", "26 months")]
    [InlineData("End of 2026", "23 months")]
    public void Fires_beyond_twelve_months(string target, string after)
    {
        var plan = TestPlans.OneConcern(("A new kitchen will be built.", "The Governor", target));
        var d = TestPlans.Analyze(new DistantTargetDateRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(DistantTargetDateRule.Id);
        d.Severity.ShouldBe(Severity.Note);
        d.Message.ShouldBe($"Target date '{target}' for action 1 of recommendation 1 ('A new kitchen will be built.') is {after} after the plan was submitted (29 January 2025); set an interim milestone within 12 months so progress can be checked");
    }

    [Theory]
    [InlineData("January 2026")] // twelve months: within the horizon
    [InlineData("December 2025")]
    [InlineData("March 2025")]
    [InlineData("Commencing January 2027")] // a start: PL2004
    [InlineData("March 2026 March 2027")] // two dates: PL2005
    [InlineData("Completed")]
    public void Quiet_within_twelve_months_or_when_no_single_deadline(string target)
    {
        var plan = TestPlans.OneConcern(("A new kitchen will be built.", "The Governor", target));
        TestPlans.Analyze(new DistantTargetDateRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(6, "August 2025", true)]
    [InlineData(6, "July 2025", false)]
    [InlineData(24, "February 2026", false)]
    [InlineData(24, "February 2027", true)]
    public void The_horizon_is_an_option(int months, string target, bool fires)
    {
        var plan = TestPlans.OneConcern(("A new kitchen will be built.", "The Governor", target));
        var found = TestPlans.Analyze(new DistantTargetDateRule(), plan, Horizon(months));
        found.Count.ShouldBe(fires ? 1 : 0);
        if (fires) found[0].Message.ShouldContain($"within {months} months");
    }

    [Theory]
    [InlineData("""{ "horizonMonths": 18 }""", true)]
    [InlineData("""{}""", true)]
    [InlineData("""{ "horizonMonths": "18" }""", false)]
    [InlineData("""{ "horizonMonths": -1 }""", false)]
    [InlineData("""{ "horizonMonths": 0 }""", false)]
    [InlineData("""{ "horizon": 18 }""", false)]
    public void Its_options_schema_accepts_only_a_horizon_in_months(string options, bool valid)
    {
        var schema = JsonSchema.FromText(DistantTargetDateRule.Descriptor.OptionsSchema!);
        using var document = JsonDocument.Parse(options);
        schema.Evaluate(document.RootElement).IsValid.ShouldBe(valid);
    }
}
