using PlanLint.Diagnostics;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class CompletedButFutureTenseRuleTests
{
    [Theory]
    [InlineData("The Head of Offender Management Services will ensure that those with the longest time to serve are transferred. The prison will ensure that resettlement work is recorded.", "Completed")]
    [InlineData("Listener suites and their use will be reviewed.", "Complete")]
    [InlineData("A policy is to be written and published.", "In place")]
    [InlineData("A reading strategy lead will be appointed.", "Completed December 2024")]
    public void Fires_when_the_action_only_promises_future_work(string text, string target)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", target));
        var d = TestPlans.Analyze(new CompletedButFutureTenseRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(CompletedButFutureTenseRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldStartWith($"Target date '{target}' for action 1 of recommendation 1 says the action is complete, but the action only promises future work ('");
        d.Message.ShouldEndWith("'); say what has been done, or give the date by which it will be");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/targetDate");
    }

    [Fact]
    public void Quotes_the_start_of_the_action()
    {
        var plan = TestPlans.OneConcern(("Listener suites and their use will be reviewed, and improvements will be introduced where required.", "The Governor", "Completed"));
        TestPlans.Analyze(new CompletedButFutureTenseRule(), plan).ShouldHaveSingleItem().Message
            .ShouldBe("Target date 'Completed' for action 1 of recommendation 1 says the action is complete, but the action only promises future work ('Listener suites and their use will be reviewed, and…'); say what has been done, or give the date by which it will be");
    }

    [Theory]
    [InlineData("The Safety department has been restructured. A Functional lead will drive improvements.", "Completed")] // something was done
    [InlineData("Prison Offender Managers are prioritised during the week. This will assist in increasing contact.", "Complete")] // current practice
    [InlineData("All stock medicines are now audited monthly.", "Complete")]
    [InlineData("Staff will continue to monitor the queues.", "Completed")] // carries on
    [InlineData("A new induction process is being developed and will be launched.", "Completed")]
    [InlineData("Listener suites and their use will be reviewed.", "April 2025")] // not reported complete
    [InlineData("Listener suites and their use will be reviewed.", "Completed September 2025")] // two targets: PL2005
    public void Quiet_otherwise(string text, string target)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", target));
        TestPlans.Analyze(new CompletedButFutureTenseRule(), plan).ShouldBeEmpty();
    }

    // A "will" after a clause that says when a rule applies, each time it applies, states a standing rule that can
    // already be in force.
    [Theory]
    [InlineData("Whenever a prisoner is moved to the care and separation unit, the duty governor will review the move within a day.")]
    [InlineData("Where a transfer to another establishment is requested, the Head of Residence will check the release date first.")]
    [InlineData("Each time a cell is found damaged, the wing manager will arrange its repair.")]
    [InlineData("In cases where prisoners refuse a move, a custodial manager will meet them.")]
    public void Quiet_when_the_future_states_a_standing_rule(string text)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", "Completed"));
        TestPlans.Analyze(new CompletedButFutureTenseRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("When the new unit opens, staff will be trained in de-escalation.")] // a one-off event
    [InlineData("If funding is approved, a new sports hall will be built.")] // a one-off condition
    [InlineData("Where possible, staff will be trained in de-escalation.")] // a discretionary condition
    [InlineData("Where deemed necessary, cells will be refurbished.")]
    [InlineData("Where the new unit will open, staff will be trained.")] // the clause itself promises
    [InlineData("Staff will be trained where prisoners are held in segregation.")] // no opening clause
    [InlineData("Wherever, staff will be trained.")] // no situation named
    public void Fires_when_the_opening_clause_is_not_a_standing_condition(string text)
    {
        var plan = TestPlans.OneConcern((text, "The Governor", "Completed"));
        TestPlans.Analyze(new CompletedButFutureTenseRule(), plan).ShouldHaveSingleItem().Id.ShouldBe(CompletedButFutureTenseRule.Id);
    }
}
