using PlanLint.IO;
using PlanLint.Json;
using PlanLint.Model;

namespace PlanLint.Configuration;

/// <summary>Reading the files that configure a run (planlint.json, rule files, baselines): any problem is a located <see cref="ConfigurationException"/>.</summary>
public static class ConfigurationFiles
{
    /// <summary>The largest configuration file, baseline or rule file read.</summary>
    public const long MaxBytes = InputFile.DefaultMaxBytes;

    /// <summary>Reads a file through the one bounded reader: a regular file of at most <see cref="MaxBytes"/>.</summary>
    /// <param name="what">What the file is, for the message: "configuration file", "rule file", "baseline".</param>
    public static ReadOnlyMemory<byte> Read(string path, string what) =>
        InputFile.TryRead(path, MaxBytes, what, out var content, out var problem)
            ? content
            : throw new ConfigurationException(problem.Message, SourceLocation.File(path));

    public static JsonSource ParseJson(string path, ReadOnlyMemory<byte> content) =>
        JsonSource.TryParse(path, content, out var source, out var errorLocation, out var error)
            ? source
            : throw new ConfigurationException(error, errorLocation);

    /// <summary>Reads a JSON file and checks it against a schema; the first violation, in document order, is the error.</summary>
    public static JsonSource ReadJson(string path, string what, SchemaCheck schema, Func<string, string> describe)
    {
        var source = ParseJson(path, Read(path, what));
        if (source.FirstViolation(schema, describe) is { } violation)
            throw new ConfigurationException(violation.Message, violation.Location);
        return source;
    }
}
