using PlanLint.Model;
using PlanLint.Readers.Tables;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>The key to the agreement statuses and the tally of them, inside a plan table, are not recommendations.</summary>
public sealed class KeyAndTallyRowsTests
{
    private const string OldHeader = "Rec. No.|Recommendation|Accepted/ Rejected|Response: Action Taken/Planned|Function Responsible/ Policy Lead|Target Date";

    public static TheoryData<string[], string> Tallies() => new()
    {
        { ["Agreed", "17"], "Agreed 17" },
        { ["Partly Agreed", "1"], "PartlyAgreed 1" },
        { ["Not Agreed", "0"], "NotAgreed 0" },
        { ["Total", "18"], "total 18" },
        { ["Total recommendations", "6"], "total 6" },
        { ["Number of recommendations: 18"], "total 18" },
        { ["Accepted: 15", "Partly accepted: 2", "Rejected: 1"], "Agreed 15, PartlyAgreed 2, NotAgreed 1" },
        { ["Rejected", "1 (5%)"], "NotAgreed 1" },
    };

    [Theory]
    [MemberData(nameof(Tallies))]
    public void A_tally_row_is_read_as_its_counts(string[] cells, string counts)
    {
        var tally = KeyAndTallyRows.ReadTally(cells).ShouldNotBeNull();
        string.Join(", ", tally.Select(t => $"{(t.Status is { } s ? s.ToString() : "total")} {t.Count}")).ShouldBe(counts);
    }

    [Theory]
    [InlineData("17", "Agreed")]                  // a count before any label
    [InlineData("Agreed", "The prison will…")]   // prose is not a count
    [InlineData("Governor", "3")]                 // an owner and a number are not a tally
    [InlineData("Agreed")]                        // a label with nothing counted
    [InlineData("Agreed", "17", "Partly Agreed")] // a label left uncounted
    [InlineData("7.1", "Agreed")]
    public void Other_rows_are_not_tallies(params string[] cells) => KeyAndTallyRows.ReadTally(cells).ShouldBeNull();

    [Fact]
    public void The_old_templates_key_and_tally_inside_the_table_are_not_read_as_recommendations()
    {
        var result = TableBuilder.Recommendations()
            .Row([.. OldHeader.Split('|')])
            .Row("", "Key to the Accepted/ Rejected column", "", "", "", "")
            .Row("Accepted", "", "The recommendation is accepted in full.", "", "", "")
            .Row("Partly accepted", "", "Only part of the recommendation is accepted.", "", "", "")
            .Row("Rejected", "", "The recommendation is not accepted.", "", "", "")
            .Row("1", "Prisoners should be unlocked for longer.", "Accepted", "A new core day will be introduced.", "Head of Residence", "April 2025")
            .Row("2", "Visits should run daily.", "Partly accepted – national policy", "Visits will run six days a week.", "Head of Reducing Reoffending", "June 2025")
            .Row("3", "The prison should have a dental surgery.", "Rejected", "Dental care is commissioned by NHS England.", "Healthcare Commissioner", "Not applicable")
            .Row("Total recommendations", "", "", "3", "", "")
            .Row("Accepted", "", "", "1", "", "")
            .Row("Partly accepted", "", "", "1", "", "")
            .Row("Rejected", "", "", "1", "", "")
            .Assemble();

        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var plan = result.Plan.ShouldNotBeNull();
        plan.Concerns.Select(c => (c.Id, c.Agreement, c.Reason)).ShouldBe([
            ("1", AgreementStatus.Agreed, null),
            ("2", AgreementStatus.PartlyAgreed, "national policy"),
            ("3", AgreementStatus.NotAgreed, null)]);
        plan.Concerns.SelectMany(c => c.Actions).Count().ShouldBe(3);
    }

    [Fact]
    public void A_recommendation_that_lost_its_number_is_still_one_when_it_gives_a_status_owner_and_date()
    {
        var result = TableBuilder.Recommendations()
            .Row("1", "First.", "Agreed", "An action.", "Governor", "April 2025")
            .Row("", "Second.", "Agreed", "Another action.", "Head of Safety", "May 2025")
            .Assemble();
        result.Plan.ShouldNotBeNull().Concerns.Select(c => c.Id).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void A_key_written_under_the_agreement_column_is_a_key_but_a_lone_status_there_is_a_recommendation()
    {
        var key = TableBuilder.Recommendations()
            .Row("", "", "Agreed", "All of the recommendation is agreed with.", "", "")
            .Row("", "", "Partly Agreed", "Only part of the recommendation is agreed with.", "", "")
            .Row("", "", "Not Agreed", "The recommendation is not agreed.", "", "")
            .Row("1", "Cells were dirty.", "Agreed", "Cleaning will be checked weekly.", "Governor", "May 2025")
            .Assemble();
        key.Diagnostics.ShouldBeEmpty(string.Join("\n", key.Diagnostics.Select(d => d.Message)));
        key.Plan.ShouldNotBeNull().Concerns.Select(c => c.Id).ShouldBe(["1"]);

        var lone = TableBuilder.Recommendations()
            .Row("1", "Cells were dirty.", "Agreed", "Cleaning will be checked weekly.", "Governor", "May 2025")
            .Row("", "", "Partly Agreed", "Showers will be repaired where funding allows.", "", "")
            .Row("", "", "", "", "Head of Residence", "June 2025")
            .Assemble();
        lone.Plan.ShouldNotBeNull().Concerns.Select(c => c.Id).ShouldBe(["1", "2"]);
        lone.Plan.Concerns[1].Actions.ShouldHaveSingleItem().Owner.ShouldBe("Head of Residence");
    }

    [Theory]
    [InlineData("Accepted", AgreementStatus.Agreed)]
    [InlineData("Partly accepted", AgreementStatus.PartlyAgreed)]
    [InlineData("Partially Accepted", AgreementStatus.PartlyAgreed)]
    [InlineData("Accepted in part", AgreementStatus.PartlyAgreed)]
    [InlineData("Rejected", AgreementStatus.NotAgreed)]
    [InlineData("Not accepted", AgreementStatus.NotAgreed)]
    [InlineData("Agreed", AgreementStatus.Agreed)]
    [InlineData("Disagreed", AgreementStatus.NotAgreed)]
    public void Every_templates_agreement_words_give_the_three_statuses(string cell, AgreementStatus status)
    {
        var plan = TableBuilder.Recommendations().Row("1", "Concern.", cell, "An action.", "Governor", "April 2025").Assemble().Plan.ShouldNotBeNull();
        plan.Concerns[0].Agreement.ShouldBe(status);
    }

    [Theory]
    [InlineData("Rec. No.|Recommendation|Accepted/ Rejected|Response: Action Taken/Planned|Function Responsible/ Policy Lead|Target Date", true)]
    [InlineData("1. Rec No|2. Recommendation|3. Agreed/ Partly Agreed/ Not Agreed|4. Response Action Taken/Planned|5. Responsible Owner|6. Target Date", true)]
    [InlineData("Ref|Finding|Action|Lead|Timescale|Progress update", false)]
    [InlineData("Para No.|Recommendation|Agreed|Response|Responsible Owner|Target Date", true)]
    public void Each_generations_headings_are_recognised(string row, bool agreement)
    {
        var columns = TableHeaders.ColumnsOf(row.Split('|')).ShouldNotBeNull();
        (columns.Agreement is not null).ShouldBe(agreement);
        // "Progress update" names no column: an update is not a target date.
        TableHeaders.Classify("Progress update").ShouldBe(TableHeaders.Column.None);
    }
}
