using System.Text.Json;
using PlanLint.Diagnostics;
using PlanLint.Json;
using PlanLint.Model;

namespace PlanLint.Configuration;

/// <summary>One parsed configuration file or preset, before it is combined with the others that apply to a plan.</summary>
public sealed record ConfigFile
{
    /// <summary>The full path of the file, or "preset NAME" for an embedded preset.</summary>
    public required string Path { get; init; }

    /// <summary>The folder relative paths in the file are resolved from; null for presets.</summary>
    public string? Directory { get; init; }

    public bool Root { get; init; }
    public IReadOnlyList<ConfigReference> Extends { get; init; } = [];
    public ConfigSettings Settings { get; init; } = ConfigSettings.Empty;
    public IReadOnlyList<PackReference> Packs { get; init; } = [];
    public IReadOnlyList<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>"include": only files matching one of these globs are linted (folders and globs bring in nothing else).</summary>
    public FileGlobs? Include { get; init; }

    /// <summary>"exclude": files matching one of these globs are not linted.</summary>
    public FileGlobs? Exclude { get; init; }

    /// <summary>"maxFileSize": plan files larger than this are refused unread.</summary>
    public FileSizeSetting? MaxFileSize { get; init; }

    /// <summary>"redactPlanText": leave the plan's own words out of outputs that leave the machine; null when not set here.</summary>
    public FlagSetting? RedactPlanText { get; init; }

    public bool IsPreset => Directory is null;
}

/// <summary>A true-or-false setting, and where it was set.</summary>
public sealed record FlagSetting(bool Value, SourceLocation Location);

/// <summary>A size limit in bytes, and where it was set.</summary>
public sealed record FileSizeSetting(long Bytes, SourceLocation Location);

/// <summary>A value that names another thing (a configuration to extend), and where it was written.</summary>
public sealed record ConfigReference(string Value, SourceLocation Location);

/// <summary>A rule pack the configuration names: a folder of declarative rules or a .NET assembly; <see cref="Name"/> is the path as written.</summary>
public sealed record PackReference(string Path, SourceLocation DeclaredAt, string Name)
{
    public bool IsAssembly => Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The rule and category settings of a file, or of one of its overrides.</summary>
public sealed record ConfigSettings(IReadOnlyList<RuleSetting> Rules, IReadOnlyList<CategorySetting> Categories)
{
    public static readonly ConfigSettings Empty = new([], []);
}

/// <summary>
/// One entry of "rules": a severity and/or options for a rule, with the file it was read from, so a rule's own
/// options schema can report where a value is wrong (<see cref="LocateOption"/>).
/// </summary>
public sealed record RuleSetting(
    string RuleId,
    Severity? Severity,
    IReadOnlyDictionary<string, JsonElement>? Options,
    SourceLocation Location,
    JsonSource Source,
    string Pointer)
{
    /// <summary>Where a value inside the options is (by JSON pointer relative to them), or its name with <paramref name="atName"/>.</summary>
    public SourceLocation LocateOption(string relativePointer, bool atName = false) =>
        atName ? Source.LocateName(Pointer + "/options" + relativePointer) : Source.Locate(Pointer + "/options" + relativePointer);
}

public sealed record CategorySetting(RuleCategory Category, Severity Severity, SourceLocation Location);

/// <summary>"include" or "exclude": globs relative to <see cref="Directory"/>; a glob without a slash matches a file name in any folder.</summary>
public sealed record FileGlobs(IReadOnlyList<string> Globs, string Directory, SourceLocation Location);

/// <summary>An entry of "overrides": settings for the files its globs match, relative to <see cref="Directory"/>.</summary>
public sealed record ConfigOverride(IReadOnlyList<string> Globs, string Directory, ConfigSettings Settings, SourceLocation Location);
