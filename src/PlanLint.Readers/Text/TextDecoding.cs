using System.Buffers;
using System.Text.Unicode;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers.Tables;

namespace PlanLint.Readers.Text;

/// <summary>Decodes a text file strictly: UTF-8 (BOM optional) or UTF-16/UTF-32 with a BOM; anything else is a located PL0001.</summary>
internal static class TextDecoding
{
    public static bool TryDecode(string path, ReadOnlySpan<byte> content, out string text, out Diagnostic? error)
    {
        text = "";
        error = null;
        var (wide, wideProblem) = WideTextTranscoding.TryTranscode(content);
        if (wideProblem is not null)
        {
            error = ReadingDiagnostics.Error(new SourceLocation(path, 1, 1), wideProblem);
            return false;
        }

        if (wide is not null)
            content = wide;

        var utf8 = content[Utf8Bom.Length(content)..];
        int nul = utf8.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = new TextPositions(utf8.ToArray()).At(nul);
            error = ReadingDiagnostics.Error(new SourceLocation(path, line, column),
                "The file is binary, not text: it holds a NUL byte. Expected the text of a published plan (or a .json, .yaml or .docx plan).");
            return false;
        }

        var buffer = ArrayPool<char>.Shared.Rent(utf8.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(utf8, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = new TextPositions(utf8.ToArray()).At(read);
                error = ReadingDiagnostics.Error(new SourceLocation(path, line, column),
                    Utf8Check.Describe(utf8, read, line, column));
                return false;
            }

            text = new string(buffer, 0, written);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
