using System.Globalization;
using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Readers.Yaml;
using PlanLint.Reading;

namespace PlanLint.Tests.Readers;

public sealed class YamlPlanReaderTests
{
    private const string Plan = """
        # yaml-language-server: $schema=../schema/action-plan.schema.json
        establishment: HMP Test
        submitted: 2025-01-29
        inspection:
          start: 2024-09-30
          end: "2024-10-10"
        format: concerns
        concerns:
          - id: 1.10
            section: Priority concerns
            text: Leaders had not done enough.
            actions:
              - text: Review the strategy.
                owner: Head of Safety
                targetDate: March 2025
              - text: 'Second: quoted'
                owner:
                targetDate: ~
        """;

    private static PlanReadResult Read(string yaml, string path = "p.plan.yaml") =>
        new YamlPlanReader().Read(path, Encoding.UTF8.GetBytes(yaml));

    private static Diagnostic SingleError(string yaml)
    {
        var result = Read(yaml);
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Message.ShouldNotContain("\n");
        return d;
    }

    [Fact]
    public void Reads_the_same_model_as_json_with_line_and_column_of_every_field()
    {
        var result = Read(Plan);
        result.Diagnostics.ShouldBeEmpty();
        var plan = result.Plan!;
        plan.Establishment.ShouldBe("HMP Test");
        plan.Submitted.ShouldBe(new DateOnly(2025, 1, 29));
        plan.InspectionEnd.ShouldBe(new DateOnly(2024, 10, 10));
        var concern = plan.Concerns.ShouldHaveSingleItem();
        concern.Section.ShouldBe("Priority concerns");
        concern.Actions.Count.ShouldBe(2);
        concern.Actions[0].Owner.ShouldBe("Head of Safety");
        concern.Actions[1].Text.ShouldBe("Second: quoted");

        var owner = concern.Actions[0].LocationOf(PlanFields.Owner);
        owner.Pointer.ShouldBe("/concerns/0/actions/0/owner");
        (owner.Line, owner.Column).ShouldBe((14, 16));
        var establishment = plan.LocationOf(PlanFields.Establishment);
        (establishment.Line, establishment.Column).ShouldBe((2, 16));
        concern.Location.Line.ShouldBe(9);
    }

    [Fact]
    public void Windows_line_ends_and_a_byte_order_mark_read_the_same_with_the_same_positions()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Plan.ReplaceLineEndings("\r\n"))];
        var result = new YamlPlanReader().Read("p.yaml", bytes);
        result.Diagnostics.ShouldBeEmpty();
        var owner = result.Plan!.Concerns.Single().Actions[0].LocationOf(PlanFields.Owner);
        (owner.Line, owner.Column).ShouldBe((14, 16));
        result.Plan.Concerns.Single().Actions[0].Owner.ShouldBe("Head of Safety");
    }

    [Fact]
    public void Numeric_looking_plain_scalars_stay_text_as_written()
    {
        var concern = Read(Plan).Plan!.Concerns.Single();
        concern.Id.ShouldBe("1.10");
    }

    [Fact]
    public void Null_tilde_and_empty_plain_values_are_absent_owners_and_dates()
    {
        var action = Read(Plan).Plan!.Concerns.Single().Actions[1];
        action.Owner.ShouldBeNull();
        action.TargetDate.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"null\"")]
    [InlineData("'~'")]
    public void A_quoted_null_is_the_text_it_spells(string quoted)
    {
        var plan = Read(Plan.Replace("owner: Head of Safety", "owner: " + quoted, StringComparison.Ordinal)).Plan!;
        plan.Concerns.Single().Actions[0].Owner.ShouldBe(quoted.Trim('"', '\''));
    }

    [Fact]
    public void An_explicit_number_tag_is_reported_by_the_schema_as_a_number()
    {
        var d = SingleError(Plan.Replace("owner: Head of Safety", "owner: !!int 42", StringComparison.Ordinal));
        d.Message.ShouldBe("\"owner\" of action 1 of recommendation 1.10 must be text or null, not the number 42");
        (d.Location.Line, d.Location.Column).ShouldBe((14, 16));
    }

    [Fact]
    public void Schema_errors_are_located_at_the_yaml_node()
    {
        var d = SingleError(Plan.Replace("owner: Head of Safety", "ownr: Head of Safety", StringComparison.Ordinal));
        d.Message.ShouldBe("Unknown property \"ownr\" in action 1 of recommendation 1.10; did you mean \"owner\"?");
        d.Location.Line.ShouldBe(14);
    }

    [Fact]
    public void A_duplicate_key_is_refused_with_both_lines()
    {
        var d = SingleError(Plan.Replace("    targetDate: March 2025", "    targetDate: March 2025\n        owner: Governor", StringComparison.Ordinal));
        d.Message.ShouldBe("Duplicate key \"owner\" in action 1 of recommendation 1.10; it was first given on line 14");
        (d.Location.Line, d.Location.Column).ShouldBe((16, 9));
    }

    [Fact]
    public void A_duplicate_top_level_key_is_refused()
    {
        var d = SingleError("establishment: A\nformat: concerns\nestablishment: B\nconcerns: []\n");
        d.Message.ShouldBe("Duplicate key \"establishment\" in the plan; it was first given on line 1");
        d.Location.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("establishment: HMP X\nformat: concerns\nconcerns:\n\t- id: \"1\"\n", 4, 1)]
    [InlineData("establishment: HMP X\ninspection:\n  start: \"2024-01-01\"\n\tend: \"2024-01-02\"\nformat: concerns\nconcerns: []\n", 4, 1)]
    [InlineData("establishment: HMP X\ninspection:\n \tstart: \"2024-01-01\"\nformat: concerns\nconcerns: []\n", 3, 2)]
    public void Tab_indentation_is_refused_at_the_tab(string yaml, int line, int column)
    {
        var d = SingleError(yaml);
        d.Message.ShouldBe("This line is indented with a tab; YAML indentation must use spaces.");
        (d.Location.Line, d.Location.Column).ShouldBe((line, column));
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_before_it_expands()
    {
        var yaml = new StringBuilder("establishment: &a0 \"lol\"\n");
        for (int i = 1; i <= 9; i++)
            yaml.Append(CultureInfo.InvariantCulture, $"l{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        yaml.Append("format: concerns\nconcerns: []\n");

        var d = SingleError(yaml.ToString());
        d.Message.ShouldStartWith("The YAML aliases expand to more than 1,000,000 nodes and characters");
        d.Location.Line.ShouldBeInRange(5, 8);
    }

    [Fact]
    public void Small_aliases_are_expanded()
    {
        var result = Read("""
            establishment: HMP X
            format: concerns
            concerns:
              - id: "1"
                text: C
                actions:
                  - text: A
                    owner: &gov The Governor
                  - text: B
                    owner: *gov
            """);
        result.Diagnostics.ShouldBeEmpty();
        result.Plan!.Concerns[0].Actions[1].Owner.ShouldBe("The Governor");
    }

    [Fact]
    public void An_alias_to_no_anchor_is_refused()
    {
        SingleError("establishment: *nowhere\nformat: concerns\nconcerns: []\n").Message.ShouldBe("The alias *nowhere refers to no anchor &nowhere above it.");
    }

    [Theory]
    [InlineData("establishment: [unclosed\n", "The file is not valid YAML:")]
    [InlineData("- a\n- b\n", "The file is YAML but not an action plan")]
    [InlineData("# only a comment\n", "The file holds no YAML")]
    [InlineData("establishment: A\nformat: concerns\nconcerns: []\n---\nestablishment: B\n", "The file holds more than one YAML document")]
    [InlineData("? [a, b]\n: c\n", "A YAML key here is a list or mapping")]
    public void Malformed_yaml_gets_one_located_message(string yaml, string start)
    {
        var d = SingleError(yaml);
        d.Message.ShouldStartWith(start);
        d.Location.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused()
    {
        var result = new YamlPlanReader().Read("p.yaml", new byte[] { (byte)'a', (byte)':', (byte)' ', 0xFF, 0xFE, (byte)'\n' });
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Message.ShouldBe("The file is not valid UTF-8: byte 0xFF at line 1, column 4 is not UTF-8. Save the file as UTF-8.");
        (d.Location.Line, d.Location.Column).ShouldBe((1, 4));
    }

    [Theory]
    [InlineData("# yaml-language-server: $schema=x.json\nanything: 1\n", true)]
    [InlineData("---\nestablishment: X\n", true)]
    [InlineData("\n# a plan\nestablishment: HMP X\n", true)]
    [InlineData("\n\nAction Plan: HMP Long Lartin\n\nAction Plan Submitted: 29 January 2025\n", false)]
    [InlineData("{ \"establishment\": \"X\" }", false)]
    public void Sniffing_claims_yaml_plans_but_not_published_plan_text(string head, bool expected)
    {
        new YamlPlanReader().Sniff(Encoding.UTF8.GetBytes(head)).ShouldBe(expected);
    }

    [Fact]
    public void Files_without_a_yaml_extension_are_read_as_yaml_by_content()
    {
        var result = PlanReaders.Default.Read("plan", Encoding.UTF8.GetBytes(Plan));
        result.Diagnostics.ShouldBeEmpty();
        result.Plan!.Concerns.Single().Id.ShouldBe("1.10");
    }
}
