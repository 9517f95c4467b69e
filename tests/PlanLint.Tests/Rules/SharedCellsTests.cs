using PlanLint.Analysis;
using PlanLint.Model;
using PlanLint.Rules;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;

namespace PlanLint.Tests.Rules;

/// <summary>A merged owner or target date cell serving several actions (as Word and text plans have) is reported once.</summary>
public sealed class SharedCellsTests
{
    private static readonly SourceLocation OwnerCell = new("plan.txt", 44, 88);
    private static readonly SourceLocation TargetCell = new("plan.txt", 44, 104);

    private static PlanAction Action(int index, string text, SourceLocation owner, SourceLocation target) => new()
    {
        Index = index,
        Text = text,
        Owner = "Governor/Oxleas",
        TargetDate = "Ongoing",
        Location = new SourceLocation("plan.txt", 44 + index, 1),
        Fields = FieldLocations.From([KeyValuePair.Create(PlanFields.Owner, owner), KeyValuePair.Create(PlanFields.TargetDate, target)]),
    };

    private static ActionPlan Plan(params PlanAction[] actions) => new()
    {
        Path = "plan.txt",
        Submitted = new DateOnly(2022, 6, 29),
        Location = new SourceLocation("plan.txt", 1, 1),
        Concerns = [new Concern { Id = "7.5", Actions = actions, Location = new SourceLocation("plan.txt", 44, 1) }],
    };

    [Theory]
    [MemberData(nameof(CellRules))]
    public void Reports_a_shared_cell_once_naming_every_action(PlanAnalyzer rule, string expected)
    {
        var plan = Plan(
            Action(1, "Key positions will be in post by August.", OwnerCell, TargetCell),
            Action(2, "Weekly meetings will review vacancies.", OwnerCell, TargetCell),
            Action(3, "Staffing will be reviewed with commissioners.", OwnerCell, TargetCell));
        var d = new AnalyzerEngine([rule]).Analyze(plan, AnalysisOptions.Default).ShouldHaveSingleItem();
        d.Message.ShouldContain(expected);
        d.ActionIndex.ShouldBe(1);
    }

    public static TheoryData<PlanAnalyzer, string> CellRules() => new()
    {
        { new SharedOwnerRule(), "Owner 'Governor/Oxleas' of actions 1 to 3 of recommendation 7.5 names 2 owners" },
        { new VagueTargetDateRule(), "Target date 'Ongoing' for actions 1 to 3 of recommendation 7.5 gives no date" },
    };

    [Fact]
    public void Reports_cells_of_their_own_separately()
    {
        var plan = Plan(
            Action(1, "Key positions will be in post by August.", OwnerCell, TargetCell),
            Action(2, "Weekly meetings will review vacancies.", OwnerCell with { Line = 50 }, TargetCell with { Line = 50 }));
        new AnalyzerEngine([new SharedOwnerRule()]).Analyze(plan, AnalysisOptions.Default).Select(d => d.ActionIndex).ShouldBe([1, 2]);
    }

    [Fact]
    public void Skips_a_row_without_text_when_choosing_where_to_report()
    {
        var plan = Plan(
            Action(1, "", OwnerCell, TargetCell),
            Action(2, "Weekly meetings will review vacancies.", OwnerCell, TargetCell));
        var d = new AnalyzerEngine([new VagueTargetDateRule()]).Analyze(plan, AnalysisOptions.Default).ShouldHaveSingleItem();
        d.ActionIndex.ShouldBe(2);
        d.Message.ShouldContain("for action 2 of");
    }

    [Theory]
    [InlineData(new[] { 3 }, "action 3")]
    [InlineData(new[] { 1, 2 }, "actions 1 and 2")]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7 }, "actions 1 to 7")]
    [InlineData(new[] { 1, 3, 4 }, "actions 1, 3 and 4")]
    public void Names_the_actions(int[] indexes, string expected)
    {
        var actions = indexes.Select(i => Action(i, "Text.", OwnerCell, TargetCell)).ToList();
        SharedCells.Describe(actions).ShouldBe(expected);
    }
}
