using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleData.Tests.Infrastructure;

/// <summary>An article or glossary file as the compiler would hand it to the generator.</summary>
public sealed record TestFile(string Path, string Text, string Kind = "Article", string? Slug = null);

/// <summary>What one generator run produced: the generated sources, the generator's diagnostics and the compiled result's.</summary>
public sealed record GeneratorResult(
    GeneratorDriver Driver,
    CSharpCompilation Compilation,
    ImmutableArray<(string HintName, string Text)> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public string Source(string hintNameContains) => Sources.Single(s => s.HintName.Contains(hintNameContains, StringComparison.Ordinal)).Text;

    public IEnumerable<Diagnostic> Errors => CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);
}

/// <summary>Runs ArticleGenerator in memory over test files, as a consuming project's compiler would.</summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/project";

    public static GeneratorResult Run(IEnumerable<TestFile> files, IDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable,
        IEnumerable<MetadataReference>? references = null, string userCode = "")
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var compilation = CreateCompilation(userCode, parseOptions, nullable, references);
        var driver = CreateDriver(files, properties, parseOptions);
        return RunDriver(driver, compilation);
    }

    public static CSharpCompilation CreateCompilation(string userCode, CSharpParseOptions parseOptions, NullableContextOptions nullable,
        IEnumerable<MetadataReference>? references = null)
    {
        var trees = userCode.Length > 0 ? new[] { CSharpSyntaxTree.ParseText(userCode, parseOptions, "User.cs") } : Array.Empty<SyntaxTree>();
        return CSharpCompilation.Create("Consumer", trees,
            (references ?? Basic.Reference.Assemblies.Net100.References.All).Append(RuntimeReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable,
                generalDiagnosticOption: ReportDiagnostic.Error, deterministic: true)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));
    }

    public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(ArticleData.Article).Assembly.Location);

    public static GeneratorDriver CreateDriver(IEnumerable<TestFile> files, IDictionary<string, string>? properties, CSharpParseOptions parseOptions)
    {
        var list = files.ToList();
        var additional = list.Select(f => (AdditionalText)new InMemoryAdditionalText(Full(f.Path), f.Text));
        return CreateDriver(additional, new TestOptionsProvider(list, properties), parseOptions);
    }

    /// <summary>
    /// A driver over these very AdditionalText instances, so a test can later replace or remove one of them. Step
    /// tracking is on unless turned off: Roslyn's recording of the steps grows faster than the square of the number
    /// of articles, so a test of a thousand articles runs without it.
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, AnalyzerConfigOptionsProvider options, CSharpParseOptions parseOptions,
        bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            additionalTexts, parseOptions, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorResult RunDriver(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var sources = result.GeneratedTrees
            .Select(t => (HintName: Path.GetFileName(t.FilePath), Text: t.GetText().ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal).ToImmutableArray();
        var emitDiagnostics = output.GetDiagnostics();
        return new GeneratorResult(driver, (CSharpCompilation)output, sources, diagnostics, emitDiagnostics);
    }

    /// <summary>The path as the compiler would pass it: relative paths go under <see cref="ProjectDirectory"/>; Unix and Windows absolute paths stay.</summary>
    public static string Full(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && (path[2] == '\\' || path[2] == '/'))
            ? path
            : ProjectDirectory + "/" + path;

    /// <summary>Builds the compilation into an assembly, loads it and returns it, so tests can read the generated API at run time.</summary>
    public static Assembly Load(CSharpCompilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}

public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild's view of the project as the generator sees it: build_property.* globally, ArticleDataKind and Slug per file.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, TestOptions> _files = new(StringComparer.Ordinal);

    public TestOptionsProvider(IEnumerable<TestFile> files, IDictionary<string, string>? properties)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "TestProject",
            ["build_property.MSBuildProjectDirectory"] = GeneratorHarness.ProjectDirectory,
        };
        if (properties != null) foreach (var p in properties) global["build_property." + p.Key] = p.Value;
        GlobalOptions = new TestOptions(global);
        foreach (var f in files)
        {
            var values = new Dictionary<string, string>();
            if (f.Kind.Length > 0) values["build_metadata.AdditionalFiles.ArticleDataKind"] = f.Kind;
            if (f.Slug != null) values["build_metadata.AdditionalFiles.Slug"] = f.Slug;
            _files[GeneratorHarness.Full(f.Path)] = new TestOptions(values);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new TestOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : new TestOptions(new Dictionary<string, string>());
}

public sealed class TestOptions : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> _values;

    public TestOptions(Dictionary<string, string> values) => _values = values;

    public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
}
