using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Rules;

public sealed class GenericOwnerRuleTests
{
    [Theory]
    [InlineData("HMPPS", "an organisation")]
    [InlineData("NHSE", "an organisation")]
    [InlineData("NHS England", "an organisation")]
    [InlineData("MoJ", "an organisation")]
    [InlineData("Ministry of Justice", "an organisation")]
    [InlineData("Practice Plus Group", "an organisation")]
    [InlineData("LTHSE Contracts Team", "an organisation")]
    [InlineData("Midlands Partnership Foundation Trust", "an organisation")]
    [InlineData("Leaders", "a group")]
    [InlineData("Senior leaders", "a group")]
    [InlineData("Staff", "a group")]
    [InlineData("All staff", "a group")]
    [InlineData("Governors", "a group")]
    [InlineData("SMT", "a group")]
    [InlineData("MOJ / Amey", "an organisation ('MOJ')")]
    [InlineData("NHS England & Northamptonshire Healthcare NHS Foundation Trust", "an organisation ('NHS England')")]
    public void Fires_on_an_organisation_or_group(string owner, string what)
    {
        var plan = TestPlans.OneConcern(("A capital bid has been submitted for a security system upgrade.", owner, "March 2025"));
        var d = TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem();
        d.Id.ShouldBe(GenericOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe($"Owner '{owner}' of action 1 of recommendation 1 ('A capital bid has been submitted…') names {what}, not an accountable post; name the one post that answers for this action");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/0/owner");
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData("Completed March 2024")]
    public void Quiet_on_an_action_reported_complete(string target)
    {
        var plan = TestPlans.OneConcern(("A capital bid has been submitted for a security system upgrade.", "HMPPS", target));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The Governor")]
    [InlineData("Governor")]
    [InlineData("Governing Governor")]
    [InlineData("Deputy Governor")]
    [InlineData("Head of Safety")]
    [InlineData("Head of Healthcare")]
    [InlineData("Head of Reducing Reoffending and Resettlement")]
    [InlineData("Learning & Skills Manager")]
    [InlineData("HMPPS Area Manager")] // names a post within the organisation
    [InlineData("NHSE Commissioner")]
    [InlineData("Director of Nottinghamshire Healthcare Foundation Trust")] // ends like a body, but names its director
    [InlineData("Prison Group Director")]
    [InlineData("RPOM")]
    [InlineData("Governor/MOJ Property")] // a post shares it: PL1003, not PL1002
    [InlineData("People Plus")] // a provider's name the lists cannot know: no guessing
    [InlineData("Oxleas")]
    [InlineData("Staffing Lead")] // near miss: "Staff" is a whole word only
    [InlineData("HMPPS Headquarters Estates Director")]
    public void Quiet_for_a_post_or_a_name_it_cannot_judge(string owner)
    {
        var plan = TestPlans.OneConcern(("A capital bid has been submitted for a security system upgrade.", owner, "March 2025"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }

    // A name no list knows, called an organisation by the plan itself in apposition (rules/data/organisation-nouns.json).
    [Theory]
    [InlineData("Continue to work with the library contractor, Brightwater Reads, to open both libraries on Saturdays.", "Brightwater Reads", "the library contractor")]
    [InlineData("Brightwater Reads, the library contractor, has opened both libraries on Saturdays.", "Brightwater Reads", "the library contractor")]
    [InlineData("Since March the library contractor (Brightwater Reads) has opened both libraries on Saturdays.", "Brightwater Reads", "the library contractor")]
    [InlineData("Brightwater Reads (the library contractor) has opened both libraries on Saturdays.", "Brightwater Reads", "the library contractor")]
    [InlineData("With Brightwater Reads, our partner, both libraries open on Saturdays.", "Brightwater Reads", "our partner")]
    [InlineData("Repairs are raised with KXL, the facilities supplier, through the helpdesk.", "KXL", "the facilities supplier")]
    [InlineData("Repairs are raised with the facilities supplier, KXL, through the helpdesk.", "kxl", "the facilities supplier")]
    [InlineData("Repairs are raised with the facilities supplier, The Kestrel Works, through the helpdesk.", "Kestrel Works", "the facilities supplier")]
    public void Fires_on_a_name_the_plan_itself_calls_an_organisation(string elsewhere, string owner, string noun)
    {
        var plan = TestPlans.OneConcern(
            (elsewhere, "The Governor", "March 2025"),
            ("Two library assistants will be recruited to cover Saturday opening.", owner, "June 2025"));
        var d = TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem();
        d.Message.ShouldBe($"Owner '{owner}' of action 2 of recommendation 1 ('Two library assistants will be…') names an organisation (the plan calls it '{noun}' in action 1 of recommendation 1), not an accountable post; name the one post that answers for this action");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/1/owner");
    }

    [Fact]
    public void Names_the_first_place_the_plan_calls_it_an_organisation_in_a_concern_or_a_reason()
    {
        var plan = TestPlans.Edit(
            TestPlans.OneConcern(
                ("Brightwater Reads, the library charity, will run reading groups.", "The Governor", "March 2025"),
                ("Two library assistants will be recruited to cover Saturday opening.", "Brightwater Reads", "June 2025")),
            root => root["concerns"]![0]!["text"] = "Leaders had not used the library provider (Brightwater Reads) to promote reading.");
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem()
            .Message.ShouldContain("names an organisation (the plan calls it 'the library provider' in recommendation 1), not an accountable post");
    }

    [Theory]
    [InlineData("""{ "status": "inferred", "why": "paragraphs run together by the extraction" }""")]
    [InlineData("""{ "status": "read", "why": "where the action ends could not be told", "knownExtent": 10 }""")]
    public void Names_a_place_whose_text_was_read_rather_than_one_the_reader_could_not_be_sure_of(string reading)
    {
        var plan = TestPlans.Edit(
            TestPlans.OneConcern(
                ("Book weeks will be held with the library provider, Brightwater Reads, each term.", "The Governor", "March 2025"),
                ("Two library assistants will be recruited to cover Saturday opening.", "Brightwater Reads", "June 2025"),
                ("Opening hours will be set with the library provider (Brightwater Reads) by May.", "The Governor", "May 2025")),
            root => root["concerns"]![0]!["actions"]![0]!["reading"] = JsonNode.Parse($$"""{ "text": {{reading}} }"""));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem()
            .Message.ShouldContain("names an organisation (the plan calls it 'the library provider' in action 3 of recommendation 1), not an accountable post");
    }

    [Fact]
    public void Names_the_first_place_when_the_apposition_lies_within_what_was_read()
    {
        var plan = TestPlans.Edit(
            TestPlans.OneConcern(
                ("Book weeks will be held with the library provider, Brightwater Reads, each term. Later text.", "The Governor", "March 2025"),
                ("Two library assistants will be recruited to cover Saturday opening.", "Brightwater Reads", "June 2025"),
                ("Opening hours will be set with the library provider (Brightwater Reads) by May.", "The Governor", "May 2025")),
            root => root["concerns"]![0]!["actions"]![0]!["reading"] = JsonNode.Parse("""{ "text": { "status": "read", "why": "where the action ends could not be told", "knownExtent": 81 } }"""));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem()
            .Message.ShouldContain("names an organisation (the plan calls it 'the library provider' in action 1 of recommendation 1), not an accountable post");
    }

    [Fact]
    public void Names_which_owner_of_several_the_plan_calls_an_organisation()
    {
        var plan = TestPlans.OneConcern(
            ("Brightwater Reads, the library contractor, will open both libraries on Saturdays.", "Brightwater Reads & KXL", "June 2025"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldHaveSingleItem()
            .Message.ShouldContain("names an organisation ('Brightwater Reads', which the plan calls 'the library contractor' in action 1 of recommendation 1), not an accountable post");
    }

    [Theory]
    [InlineData("Brightwater Reads will open both libraries on Saturdays.", "Brightwater Reads")] // named, never called anything
    [InlineData("The provider worked with Brightwater Reads staff to open both libraries.", "Brightwater Reads")] // no apposition
    [InlineData("Work with the contractor, Brightwater Reads's library team, to open both libraries.", "Brightwater Reads")] // a possessive
    [InlineData("Brightwater Reads, the contractor's lead, will open both libraries.", "Brightwater Reads")] // the noun is not the head
    [InlineData("The Head of Learning, the provider's lead, will open both libraries.", "Head of Learning")] // a post stays a post
    [InlineData("Work with the provider, Head of Learning, to open both libraries.", "Head of Learning")]
    [InlineData("The manager of the contractor, Jo Bloggs, will open both libraries.", "Jo Bloggs")] // the phrase hangs on "of"
    [InlineData("The Governor, the contractor, and Brightwater Reads will meet monthly.", "Brightwater Reads")] // a list
    [InlineData("Work with the contractor, Brightwater Reads and the council, to open both libraries.", "Brightwater Reads")]
    [InlineData("Meetings with Leeds, Brightwater Reads, the contractor, are monthly.", "Brightwater Reads")] // a list before the phrase
    [InlineData("Learning & Brightwater Reads, the contractor, will open both libraries.", "Brightwater Reads")] // the end of a longer name
    [InlineData("Work with the library contractor, Brightwater Reads, to open both libraries.", "Brightwater")] // not the whole name
    [InlineData("Work with the library service, Brightwater Reads, to open both libraries.", "Brightwater Reads")] // not an organisation noun
    public void Quiet_when_the_plan_does_not_call_the_whole_owner_an_organisation(string elsewhere, string owner)
    {
        var plan = TestPlans.OneConcern(
            (elsewhere, "The Governor", "March 2025"),
            ("Two library assistants will be recruited to cover Saturday opening.", owner, "June 2025"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Quiet_on_an_action_reported_complete_whose_owner_the_plan_calls_an_organisation()
    {
        var plan = TestPlans.OneConcern(
            ("Brightwater Reads, the library contractor, has opened both libraries on Saturdays.", "Brightwater Reads", "Completed"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }

    [Fact]
    public void Leaves_a_row_without_action_text_to_the_empty_action_rule()
    {
        var plan = TestPlans.OneConcern(("", "HMPPS", "March 2025"));
        TestPlans.Analyze(new GenericOwnerRule(), plan).ShouldBeEmpty();
    }
}
