using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// Runs the generator over hostile files with documentation diagnostics on (CS1591 and malformed XML docs are
/// reported, as in a project with GenerateDocumentationFile) and every warning an error.
/// </summary>
public static class ReliabilityRunner
{
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    public static GeneratorResult Run(IEnumerable<HostileFile> files, IDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null, NullableContextOptions nullable = NullableContextOptions.Enable,
        IEnumerable<MetadataReference>? references = null, bool warningsAsErrors = true, CancellationToken cancellationToken = default)
    {
        parseOptions ??= ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("", parseOptions, nullable, references);
        if (!warningsAsErrors) compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        var driver = CreateDriver(files.ToList(), properties, parseOptions, f => f.ToAdditionalText());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
        var sources = driver.GetRunResult().GeneratedTrees
            .Select(t => (HintName: System.IO.Path.GetFileName(t.FilePath), Text: t.GetText().ToString()))
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToImmutableArray();
        return new GeneratorResult(driver, (CSharpCompilation)output, sources, diagnostics, output.GetDiagnostics());
    }

    public static GeneratorDriver CreateDriver(IReadOnlyList<HostileFile> files, IDictionary<string, string>? properties,
        CSharpParseOptions parseOptions, System.Func<HostileFile, AdditionalText> read) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            files.Select(read), parseOptions,
            new TestOptionsProvider(files.Select(f => f.File), properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
