using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Text;

namespace PlanLint.Linting;

/// <summary>Everything <c>planlint config --print FILE</c> was asked to do.</summary>
public sealed record ConfigPrintOptions
{
    public required string File { get; init; }
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
    public ConfigurationRequest Configuration { get; init; } = new();
}

/// <summary><c>planlint config --print FILE</c>: the effective configuration for a plan file, and where each value came from.</summary>
public sealed class ConfigPrinter(PlanLinter linter)
{
    public int Run(ConfigPrintOptions options, TextWriter output, TextWriter error)
    {
        string file = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.File));
        LintSetup setup;
        try
        {
            setup = LintSetup.ForFiles(linter, [file], options.Configuration with { WorkingDirectory = options.WorkingDirectory });
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        string Show(string path) => TerminalText.Escape(DisplayPaths.Relative(path, options.WorkingDirectory));
        string Source(ConfigSource source) => TerminalText.Escape(source.Display(p => DisplayPaths.Relative(p, options.WorkingDirectory)));

        var configuration = setup.ConfigurationFor(file);
        output.WriteLine($"Configuration for {TerminalText.Escape(options.File)}");
        output.WriteLine();
        output.WriteLine("Configuration files, strongest first:");
        if (configuration.Files.Count == 0)
            output.WriteLine("  (none: PlanLint's defaults)");
        foreach (var path in configuration.Files)
            output.WriteLine("  " + Show(path));
        if (configuration.Packs.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Rule packs:");
            foreach (var pack in configuration.Packs)
                output.WriteLine($"  {Show(pack.Path)}  {Source(new ConfigSource("", pack.DeclaredAt))}");
        }

        if (configuration.MaxFileBytes is { } maxFileBytes)
        {
            output.WriteLine();
            output.WriteLine($"Largest plan file: {ByteSizes.Describe(maxFileBytes)}  {Source(configuration.MaxFileBytesSource ?? ConfigSource.Default)}");
        }

        if (configuration.RedactPlanTextSource is { } redactSource)
        {
            output.WriteLine();
            output.WriteLine($"Plan text in SARIF, JSON and Markdown: {(configuration.RedactPlanText ? "left out" : "kept")}  {Source(redactSource)}");
        }

        if (configuration.CategorySeveritySources.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Categories:");
            foreach (var (category, source) in configuration.CategorySeveritySources.OrderBy(c => c.Key))
                output.WriteLine($"  {category.ToDisplayName(),-11}  {configuration.Options.CategorySeverities[category].ToName(),-7}  {Source(source)}");
        }

        output.WriteLine();
        output.WriteLine("Rules:");
        int width = setup.Descriptors.Max(d => d.Id.Length);
        foreach (var descriptor in setup.Descriptors)
        {
            var (severity, source) = configuration.SeverityOf(descriptor);
            output.WriteLine($"  {descriptor.Id.PadRight(width)}  {severity.ToName(),-7}  {Source(source)}");
            var optionSources = configuration.OptionSources.GetValueOrDefault(descriptor.Id) ?? new Dictionary<string, ConfigSource>();
            foreach (var (name, optionSource) in optionSources.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                configuration.Options.OptionsFor(descriptor.Id).TryGet(name, out var value);
                output.WriteLine($"  {"".PadRight(width)}  {TerminalText.Escape(name)} = {TerminalText.Escape(value.GetRawText())}  {Source(optionSource)}");
            }
        }

        return ExitCodes.Success;
    }
}
