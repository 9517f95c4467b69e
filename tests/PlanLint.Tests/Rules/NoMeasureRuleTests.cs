using PlanLint.Diagnostics;
using PlanLint.Rules.Measurable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class NoMeasureRuleTests
{
    [Theory]
    [InlineData("Improved liaison with the Prison Council will take place to help improve the cleanliness of the self-cook areas.", "Improved liaison with the Prison Council will take place to…")]
    [InlineData("Industries manager will further increase the provision of trade-based literature in the workshops.", "Industries manager will further increase the provision of…")]
    [InlineData("There will be improved promotion of diversity and inclusion related events.", "There will be improved promotion of diversity and inclusion…")]
    [InlineData("Leaders will ensure staff interact more with prisoners.", "Leaders will ensure staff interact more with prisoners")]
    [InlineData("There will be a greater focus on positive interactions between staff and prisoners.", "There will be a greater focus on positive interactions…")]
    public void Fires_on_a_promise_with_nothing_to_measure_it_by(string text, string quote)
    {
        var d = TestPlans.Analyze(new NoMeasureRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem();
        d.Id.ShouldBe(NoMeasureRule.Id);
        d.Severity.ShouldBe(Severity.Note);
        d.Message.ShouldBe($"Action 1 of recommendation 1 promises an improvement ('{quote}') with nothing to measure it by; add a number, frequency or target, the deliverable, or the meeting that will monitor it");
    }

    [Theory]
    [InlineData("Attendance will be improved to 85% by March.")] // a number
    [InlineData("Leaders will increase the use of data at the monthly Safety meetings.")] // a frequency
    [InlineData("Staff will ensure new receptions receive an induction within two days.")] // a threshold
    [InlineData("Leaders will improve consultation through a new equality strategy.")] // a deliverable
    [InlineData("Leaders will improve cleanliness, monitored through the Residential meeting.")] // monitoring
    [InlineData("Progress will be reported to the Local Delivery Board.")] // not a promise
    [InlineData("The cleaning course will be moved to residential areas to improve learning.")] // the promise is only a purpose
    public void Quiet_when_the_action_can_be_measured_or_promises_nothing(string text) =>
        TestPlans.Analyze(new NoMeasureRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();

    [Fact]
    public void A_display_board_is_not_a_forum()
    {
        var plan = TestPlans.OneConcern(("There will be improved promotion of events, communicated via display boards in the gate area.", "The Governor", "April 2023"));
        TestPlans.Analyze(new NoMeasureRule(), plan).ShouldHaveSingleItem();
    }

    // A target whose size is a vague degree: a meeting or a date does not say how much.
    [Theory]
    [InlineData("Managers now have oversight of the backlog with the aim that this is reduced significantly over a six-month period.", "\u2026that this is reduced significantly over a six-month period.")]
    [InlineData("Waiting times for the GP will see a substantial reduction, monitored at the Local Delivery Board.", "\u2026will see a substantial reduction, monitored at the Local\u2026")]
    [InlineData("The aim is to considerably increase attendance at education by 2025.", "The aim is to considerably increase attendance at education\u2026")]
    public void Fires_on_a_target_of_vague_size(string text, string quote) =>
        TestPlans.Analyze(new NoMeasureRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldHaveSingleItem()
            .Message.ShouldBe($"Action 1 of recommendation 1 promises an improvement ('{quote}') with nothing to measure it by; add a number, frequency or target, the deliverable, or the meeting that will monitor it");

    [Theory]
    [InlineData("Attendance has improved greatly since the new core day was introduced.")] // reported, not promised
    [InlineData("The backlog will be reduced significantly, to fewer than 50 cases.")] // a number
    [InlineData("Waits will be cut significantly, from 6 weeks to 2 weeks.")] // weeks that are the amount, not the period
    [InlineData("Attendance will be increased significantly, to at least 85%.")]
    public void Quiet_when_the_vague_target_has_a_size_or_is_reported(string text) =>
        TestPlans.Analyze(new NoMeasureRule(), TestPlans.OneConcern((text, "The Governor", "March 2025"))).ShouldBeEmpty();
}
