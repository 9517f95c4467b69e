using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Writers.Word;

/// <summary>
/// The built-in HMPPS action plan template: its fixed wording (the introduction HMPPS plans open with, the key to the
/// agreement categories), its styles and its page (A4 landscape, narrow margins, "Page N of M" in the footer). A team's
/// own template replaces the styles, page, headers and footers; the wording is the template's content and stays.
/// </summary>
internal static class HmppsTemplate
{
    public const string Organisation = "HM Prison & Probation Service";

    public const string ConcernsIntroduction =
        "HM Inspectorate of Prisons (HMIP) and HM Inspectorate of Probation for England and Wales are independent inspectorates which provide scrutiny of the conditions for, and treatment of prisoners and offenders. They report their findings for prisons, Young Offender Institutions, and effectiveness of the work of probation, and youth offending services across England and Wales to Ministry of Justice (MoJ) and His Majesty's Prison and Probation Service (HMPPS). In response to the report HMPPS / MoJ are required to draft a robust and timely action plan to address the priority and key concerns. Action plans provide specific steps and actions to address the priority and key concerns, that are clear, outcome focussed, measurable, achievable, and relevant with the owner and timescale of each step clearly identified. Action plans are sent to HMIP and published on the GOV.UK website. Progress against the implementation and delivery of the action plans will also be monitored and reported on.";

    public const string RecommendationsIntroduction =
        "HM Inspectorate of Prisons (HMIP) and HM Inspectorate of Probation for England and Wales are independent inspectorates which provide scrutiny of the conditions for, and treatment of prisoners and offenders. They report their findings for prisons, Young Offender Institutions, and effectiveness of the work of probation, and youth offending services across England and Wales to Ministry of Justice (MoJ) and His Majesty's Prison and Probation Service (HMPPS). In response to the report HMPPS / MoJ are required to draft a robust and timely action plan to address the recommendations. The action plan confirms whether recommendations are agreed, partly agreed, or not agreed (see categorisations below). Where a recommendation is agreed or partly agreed, the action plans provide specific steps and actions to address these. Actions are clear, measurable, achievable, and relevant with the owner and timescale of each step clearly identified. Action plans are sent to HMIP and published on the GOV.UK website. Progress against the implementation and delivery of the action plans will also be monitored and reported on.";

    /// <summary>The key to the agreement categories that recommendation-format plans carry above the plan table.</summary>
    public static readonly IReadOnlyList<(string Term, string Definition, string Comment)> AgreementKey =
    [
        ("Term", "Definition", "Additional comment"),
        ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
            "The response should clearly explain how the recommendation will be achieved along with timescales. Actions should be as SMART (Specific, Measurable, Achievable, Realistic and Time-bound) as possible. Actions should be specific enough to be tracked for progress."),
        ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented. This might be because we cannot implement the whole recommendation because of commissioning, policy, operational or affordability reasons.",
            "The response must state clearly which part of the recommendation will be implemented along with SMART actions and tracked for progress. There must be an explanation of why we cannot fully agree the recommendation - this must state clearly whether this is due to commissioning, policy, operational or affordability reasons."),
        ("Not Agreed", "The recommendation is not agreed and will not be implemented. This might be because of commissioning, policy, operational or affordability reasons.",
            "The response must clearly state the reasons why we have chosen this option. There must be an explanation of why we cannot agree the recommendation - this must state clearly whether this is due to commissioning, policy, operational or affordability reasons."),
    ];

    public const string TitleStyle = "Title";
    public const string HeadingStyle = "Heading1";
    public const string TableStyle = "TableGrid";

    /// <summary>A4 landscape with 1.27 cm margins, in twentieths of a point.</summary>
    public const int PageWidth = 16838, PageHeight = 11906, Margin = 720;

    /// <summary>The styles the rendered document uses, each added only where the styles part has none by that id.</summary>
    public static void AddMissingStyles(MainDocumentPart main)
    {
        var part = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>();
        var styles = part.Styles ??= new W.Styles(DocumentDefaults());
        var present = styles.Elements<W.Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var style in Styles().Where(s => !present.Contains(s.StyleId!.Value!)))
            styles.AppendChild(style);
    }

    /// <summary>The footer of the built-in template: "Page N of M".</summary>
    public static string AddFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new W.Footer(new W.Paragraph(
            new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Right }),
            new W.Run(new W.Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " },
            new W.Run(new W.Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " NUMPAGES " }));
        return main.GetIdOfPart(footer);
    }

    public static W.SectionProperties Section(string? footerId)
    {
        var section = new W.SectionProperties();
        if (footerId is not null) section.AppendChild(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId });
        section.AppendChild(new W.PageSize { Width = PageWidth, Height = PageHeight, Orient = W.PageOrientationValues.Landscape });
        section.AppendChild(new W.PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 360U, Footer = 360U, Gutter = 0U });
        return section;
    }

    private static W.DocDefaults DocumentDefaults() => new(
        new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
            new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
            new W.FontSize { Val = "20" },
            new W.FontSizeComplexScript { Val = "20" },
            new W.Languages { Val = "en-GB" })),
        new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "80", Line = "259", LineRule = W.LineSpacingRuleValues.Auto })));

    private static IEnumerable<W.Style> Styles()
    {
        yield return new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle())
        {
            Type = W.StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        yield return new W.Style(
            new W.StyleName { Val = "Title" },
            new W.BasedOn { Val = "Normal" },
            new W.NextParagraphStyle { Val = "Normal" },
            new W.PrimaryStyle(),
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "120" }),
            new W.StyleRunProperties(new W.Bold(), new W.Color { Val = "1F3864" }, new W.FontSize { Val = "32" }, new W.FontSizeComplexScript { Val = "32" }))
        {
            Type = W.StyleValues.Paragraph,
            StyleId = TitleStyle,
        };
        yield return new W.Style(
            new W.StyleName { Val = "heading 1" },
            new W.BasedOn { Val = "Normal" },
            new W.NextParagraphStyle { Val = "Normal" },
            new W.PrimaryStyle(),
            new W.StyleParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { Before = "240", After = "120" }, new W.OutlineLevel { Val = 0 }),
            new W.StyleRunProperties(new W.Bold(), new W.Color { Val = "1F3864" }, new W.FontSize { Val = "24" }, new W.FontSizeComplexScript { Val = "24" }))
        {
            Type = W.StyleValues.Paragraph,
            StyleId = HeadingStyle,
        };
        yield return new W.Style(
            new W.StyleName { Val = "Table Grid" },
            new W.PrimaryStyle(),
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }),
            new W.StyleTableProperties(
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" }),
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
        {
            Type = W.StyleValues.Table,
            StyleId = TableStyle,
        };
    }
}
