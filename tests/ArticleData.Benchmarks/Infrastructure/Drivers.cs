using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleData.Benchmarks.Infrastructure;

/// <summary>
/// Generator drivers over synthetic articles, as a consuming project's compiler builds them: every article an
/// AdditionalFile declared as an &lt;Article&gt;. A driver is immutable, so one that has never run can be run again and
/// again, each time a full (cold) run; one that has run holds its cache, so running it after an edit is incremental.
/// </summary>
public static class Drivers
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The consuming project's compilation before generation: no user code, the .NET 10 and runtime references.</summary>
    public static CSharpCompilation EmptyCompilation() =>
        GeneratorHarness.CreateCompilation("", ParseOptions, NullableContextOptions.Enable);

    public static IReadOnlyList<TestFile> Files(IEnumerable<SyntheticArticle> articles) =>
        articles.Select(a => new TestFile("articles/" + a.FileName, a.Text)).ToList();

    public static ImmutableArray<AdditionalText> AdditionalTexts(IEnumerable<TestFile> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Full(f.Path), f.Text)).ToImmutableArray();

    /// <summary>A driver that has not run yet. Step tracking costs time, so it is on only where a check reads the steps.</summary>
    public static GeneratorDriver Create(IIncrementalGenerator generator, IReadOnlyList<TestFile> files, bool trackSteps = false) =>
        Create(generator, files, AdditionalTexts(files), trackSteps);

    /// <summary>A driver over <paramref name="texts"/>, the files' AdditionalTexts, for a caller that edits one of them later.</summary>
    public static GeneratorDriver Create(IIncrementalGenerator generator, IReadOnlyList<TestFile> files, ImmutableArray<AdditionalText> texts, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            texts, ParseOptions, new TestOptionsProvider(files, null),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The generated trees of one run; throws if the generator reported an error, so a benchmark never measures a failure.</summary>
    public static ImmutableArray<SyntaxTree> Generate(GeneratorDriver driver, Compilation compilation)
    {
        var result = driver.RunGenerators(compilation).GetRunResult();
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error != null) throw new System.InvalidOperationException("The generator reported an error: " + error);
        return result.GeneratedTrees;
    }
}
