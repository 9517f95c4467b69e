using PlanLint.Json;
using PlanLint.Model;

namespace PlanLint.Configuration;

/// <summary>Reading the files that configure a run (planlint.json, rule files, baselines): any problem is a located <see cref="ConfigurationException"/>.</summary>
public static class ConfigurationFiles
{
    /// <param name="what">What the file is, for the message: "configuration file", "rule file", "baseline".</param>
    public static byte[] Read(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException($"The {what} does not exist.", SourceLocation.File(path), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"The {what} could not be read: {e.Message}", SourceLocation.File(path), e);
        }
    }

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
