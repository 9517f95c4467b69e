using System.Globalization;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Model;
using PlanLint.Writers.Word;

namespace PlanLint.Linting;

/// <summary>
/// A finding as a Word comment: where it goes and what it says. A finding about a phrase goes on that phrase; about an
/// action, owner or date on that paragraph; about the plan as a whole (or about a file beside the draft) on the title;
/// a reading finding (what the reader could not tell from the document) on the whole cell or row it concerns, since it
/// is about the layout there rather than about a word. The text gives the severity, rule id and name, the message, how
/// to fix it (from the rule's page) and the page's address.
/// </summary>
public static class FindingComments
{
    public static WordComment For(Diagnostic d, ActionPlan plan, string documentPath)
    {
        bool inDocument = PathsEqual(d.Location.Path, documentPath);
        var place = inDocument ? d.Location.Place : null;
        bool reading = IsReading(d.Descriptor);
        if (place is not null && reading && place.Row is not null && place.Paragraph is not null)
            place = place with { Paragraph = null, Line = null };
        else if (place is not null && d.RecId is null && place.Row is null && place.Paragraph is null)
            place = null;

        string? phrase = null;
        if (place is not null && !reading && d.Span is { } span && FieldValue(plan, d, span.Field) is { } value
            && span.Start >= 0 && span.Length > 0 && span.End <= value.Length)
            phrase = value.Substring(span.Start, span.Length);

        return new WordComment
        {
            Place = place,
            Phrase = phrase,
            PhraseOffset = d.Span?.Start ?? 0,
            Paragraphs = Text(d, inDocument, reading),
        };
    }

    /// <summary>Findings about what a reader could not tell from the document, rather than about the plan.</summary>
    public static bool IsReading(RuleDescriptor descriptor) =>
        descriptor.Category == RuleCategory.Reading || descriptor.Id is RuleIds.InvalidPlan or RuleIds.OwnersNotAlignedWithActions;

    private static List<WordCommentParagraph> Text(Diagnostic d, bool inDocument, bool reading)
    {
        string severity = d.Severity switch
        {
            Severity.Error => "Error",
            Severity.Warning => "Warning",
            _ => "Note",
        };
        var paragraphs = new List<WordCommentParagraph>
        {
            new(new WordCommentRun($"{severity} {d.Id} {d.Descriptor.Name}", Bold: true), new WordCommentRun($" ({d.Descriptor.Category.ToDisplayName()})")),
        };
        if (d.Suppression is { } suppression)
            paragraphs.Add(new(new WordCommentRun("Suppressed: ", Bold: true), new WordCommentRun(suppression.Justification)));
        foreach (string line in d.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            paragraphs.Add(new(new WordCommentRun(line)));
        if (!inDocument)
            paragraphs.Add(new(new WordCommentRun("In " + Path.GetFileName(d.Location.Path) + Where(d.Location))));
        if (reading)
            paragraphs.Add(new(new WordCommentRun("This is about how PlanLint read the document here, not about the plan.")));
        foreach (var related in d.RelatedLocations.Take(5))
            paragraphs.Add(new(new WordCommentRun("See also: " + related.Message + (related.Location.Part is { } part ? $" ({part})" : ""))));

        var fix = RuleHelp.HowToFix(d.Id);
        for (int i = 0; i < fix.Count; i++)
            paragraphs.Add(i == 0 ? new(new WordCommentRun("How to fix: ", Bold: true), new WordCommentRun(fix[i])) : new(new WordCommentRun(fix[i])));
        string help = d.Descriptor.HelpUri;
        paragraphs.Add(new(new WordCommentRun("Rule page: "), new WordCommentRun(help, Link: Uri.TryCreate(help, UriKind.Absolute, out var uri) ? uri : null)));
        return paragraphs;
    }

    private static string Where(SourceLocation location) =>
        location.HasLine ? string.Create(CultureInfo.InvariantCulture, $"({location.Line},{Math.Max(1, location.Column)})")
        : location.Part is { } part ? $" [{part}]" : "";

    /// <summary>The value of the field a finding's phrase is in, on the recommendation or action the finding is about.</summary>
    private static string? FieldValue(ActionPlan plan, Diagnostic d, string field)
    {
        var concern = d.ConcernOrdinal >= 0 && d.ConcernOrdinal < plan.Concerns.Count ? plan.Concerns[d.ConcernOrdinal] : null;
        var action = d.ActionIndex is { } index ? concern?.Actions.FirstOrDefault(a => a.Index == index) : null;
        return field switch
        {
            PlanFields.Text => action?.Text ?? concern?.Text,
            PlanFields.Owner => action?.Owner,
            PlanFields.TargetDate => action?.TargetDate,
            PlanFields.Reason => concern?.Reason,
            PlanFields.Id => concern?.Id,
            PlanFields.Section => concern?.Section,
            PlanFields.Establishment => plan.Establishment,
            _ => null,
        };
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
