using System.Xml.Linq;
using static PlanLint.Readers.Word.WordML;

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

    public const string StylesContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    public const string FooterContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    /// <summary>The styles the rendered document uses, each added only where the styles part has none by that id.</summary>
    public static void AddMissingStyles(PackageParts package)
    {
        string main = package.MainPart;
        var styles = package.Related(main, "styles") is { } part ? package.Xml(part)?.Root : null;
        if (styles is null || styles.Name != W + "styles")
        {
            string name = package.Related(main, "styles") ?? package.FreeName(Folder(main) + "styles.xml");
            styles = new XElement(W + "styles", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName), DocumentDefaults());
            package.Put(name, new XDocument(new XDeclaration("1.0", "utf-8", "yes"), styles), StylesContentType);
            if (package.Related(main, "styles") is null) package.Relate(main, PackageParts.RelationshipTypes + "styles", name[Folder(main).Length..]);
        }

        var present = styles.Elements(W + "style").Select(s => s.Attr("styleId")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var style in Styles().Where(s => !present.Contains(s.Attr("styleId") ?? "")))
            styles.Add(style);
        package.Changed(package.Related(main, "styles") ?? "");
    }

    private static string Folder(string part) => part[..(part.LastIndexOf('/') + 1)];

    /// <summary>The footer of the built-in template: "Page N of M"; returns the relationship id.</summary>
    public static string AddFooter(PackageParts package)
    {
        string main = package.MainPart;
        string name = package.FreeName(Folder(main) + "footer1.xml");
        var footer = new XElement(W + "ftr", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName),
            E("p",
                E("pPr", E("jc", V("right"))),
                E("r", Text("Page ")),
                E("fldSimple", new XAttribute(W + "instr", " PAGE "), E("r", Text("1"))),
                E("r", Text(" of ")),
                E("fldSimple", new XAttribute(W + "instr", " NUMPAGES "), E("r", Text("1")))));
        package.Put(name, new XDocument(new XDeclaration("1.0", "utf-8", "yes"), footer), FooterContentType);
        return package.Relate(main, PackageParts.RelationshipTypes + "footer", name[Folder(main).Length..]);
    }

    public static XElement Section(string? footerId)
    {
        var section = E("sectPr");
        if (footerId is not null) section.Add(E("footerReference", new XAttribute(W + "type", "default"), new XAttribute(R + "id", footerId)));
        section.Add(E("pgSz", Attr("w", PageWidth), Attr("h", PageHeight), new XAttribute(W + "orient", "landscape")));
        section.Add(E("pgMar", Attr("top", Margin), Attr("right", Margin), Attr("bottom", Margin), Attr("left", Margin), Attr("header", 360), Attr("footer", 360), Attr("gutter", 0)));
        return section;
    }

    private static XElement DocumentDefaults() => E("docDefaults",
        E("rPrDefault", E("rPr",
            E("rFonts", new XAttribute(W + "ascii", "Arial"), new XAttribute(W + "eastAsia", "Arial"), new XAttribute(W + "hAnsi", "Arial"), new XAttribute(W + "cs", "Arial")),
            E("sz", V("20")),
            E("szCs", V("20")),
            E("lang", V("en-GB")))),
        E("pPrDefault", E("pPr", E("spacing", new XAttribute(W + "after", "80"), new XAttribute(W + "line", "259"), new XAttribute(W + "lineRule", "auto")))));

    private static IEnumerable<XElement> Styles()
    {
        yield return Style("paragraph", "Normal", E("name", V("Normal")), E("qFormat")).With(new XAttribute(W + "default", "1"));
        yield return Style("paragraph", TitleStyle,
            E("name", V("Title")), E("basedOn", V("Normal")), E("next", V("Normal")), E("qFormat"),
            E("pPr", E("spacing", new XAttribute(W + "after", "120"))),
            E("rPr", E("b"), E("color", V("1F3864")), E("sz", V("32")), E("szCs", V("32"))));
        yield return Style("paragraph", HeadingStyle,
            E("name", V("heading 1")), E("basedOn", V("Normal")), E("next", V("Normal")), E("qFormat"),
            E("pPr", E("keepNext"), E("spacing", new XAttribute(W + "before", "240"), new XAttribute(W + "after", "120")), E("outlineLvl", V("0"))),
            E("rPr", E("b"), E("color", V("1F3864")), E("sz", V("24")), E("szCs", V("24"))));
        XElement Border(string side) => E(side, V("single"), new XAttribute(W + "sz", "4"), new XAttribute(W + "space", "0"), new XAttribute(W + "color", "auto"));
        XElement CellMargin(string side, string width) => E(side, new XAttribute(W + "w", width), new XAttribute(W + "type", "dxa"));
        yield return Style("table", TableStyle,
            E("name", V("Table Grid")), E("qFormat"),
            E("pPr", E("spacing", new XAttribute(W + "after", "0"), new XAttribute(W + "line", "240"), new XAttribute(W + "lineRule", "auto"))),
            E("tblPr",
                E("tblBorders", Border("top"), Border("left"), Border("bottom"), Border("right"), Border("insideH"), Border("insideV")),
                E("tblCellMar", CellMargin("top", "40"), CellMargin("left", "108"), CellMargin("bottom", "40"), CellMargin("right", "108"))));
    }

    private static XElement Style(string type, string id, params object[] content) =>
        E("style", new XAttribute(W + "type", type), new XAttribute(W + "styleId", id), content);

    private static XElement With(this XElement element, XAttribute attribute)
    {
        element.Add(attribute);
        return element;
    }

    public static XElement E(string name, params object?[] content) => new(W + name, content);

    public static XAttribute V(string value) => new(Val, value);

    private static XAttribute Attr(string name, int value) => new(W + name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static XElement Text(string text) => E("t", new XAttribute(XNamespace.Xml + "space", "preserve"), text);
}
