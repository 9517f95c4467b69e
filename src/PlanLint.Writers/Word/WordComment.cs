using PlanLint.Model;

namespace PlanLint.Writers.Word;

/// <summary>A run of a comment's text: bold for its heading, or a link (shown as the text, opening <see cref="Link"/>).</summary>
public sealed record WordCommentRun(string Text, bool Bold = false, Uri? Link = null);

/// <summary>One paragraph of a comment.</summary>
public sealed record WordCommentParagraph(IReadOnlyList<WordCommentRun> Runs)
{
    public WordCommentParagraph(params WordCommentRun[] runs)
        : this((IReadOnlyList<WordCommentRun>)runs)
    {
    }

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// A comment to put in a Word document, and where: on the paragraph, cell, row or table a <see cref="DocumentPlace"/>
/// names (as the Word reader counts them), on <see cref="Phrase"/> within it where the finding names one, or on the
/// document's title when <see cref="Place"/> is null.
/// </summary>
public sealed record WordComment
{
    public DocumentPlace? Place { get; init; }

    /// <summary>The exact words to anchor on within the place, when the finding names them; the whole place when they are not found.</summary>
    public string? Phrase { get; init; }

    /// <summary>Where in the place's text <see cref="Phrase"/> is expected to start, to choose between repeats of it.</summary>
    public int PhraseOffset { get; init; }

    public required IReadOnlyList<WordCommentParagraph> Paragraphs { get; init; }

    /// <summary>The comment's text, paragraphs separated by line ends: how a comment already in the document is recognised.</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}

/// <summary>What annotating a document did.</summary>
public sealed record AnnotatedDocument(byte[] Content)
{
    /// <summary>Comments added.</summary>
    public int Added { get; init; }

    /// <summary>PlanLint comments from an earlier run that were taken out (the new set replaces them).</summary>
    public int Removed { get; init; }

    /// <summary>PlanLint comments from an earlier run kept because someone replied to them; a finding they already say is not added again.</summary>
    public int KeptForReplies { get; init; }

    /// <summary>Comments whose place was not found in the document and went on the title instead.</summary>
    public int OnTitleInstead { get; init; }
}
