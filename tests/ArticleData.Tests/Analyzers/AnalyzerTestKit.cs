using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.CodeFixes;
using ArticleData.Generator;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ArticleData.Tests.Analyzers;

/// <summary>
/// Runs ART016's analyzer and code fix with Microsoft.CodeAnalysis.Testing over user code beside a real generated
/// catalog: the generator's output for the seed and the own corpus, added as sources, as the compiler sees it once
/// the generator has run.
/// </summary>
internal static class AnalyzerTestKit
{
    /// <summary>The seed and the own corpus (32 articles): enough slugs for near neighbours and for 20 correct uses.</summary>
    public static IReadOnlyList<TestFile> CorpusFiles { get; } =
        Directory.GetFiles(Repo.Path("tests", "ArticleData.Tests", "Corpus", "articles")).Append(Repo.Path(Repo.SeedFile))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestFile("articles/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    private static readonly Lazy<IReadOnlyList<(string HintName, string Text)>> Generated = new(() => GenerateFor(CorpusFiles));

    /// <summary>The generated catalog and article files for <paramref name="files"/>, checked to compile clean.</summary>
    public static IReadOnlyList<(string HintName, string Text)> GenerateFor(IEnumerable<TestFile> files, IDictionary<string, string>? properties = null)
    {
        var result = GeneratorHarness.Run(files, properties);
        if (result.Errors.Any()) throw new InvalidOperationException(string.Join("\n", result.Errors));
        return result.Sources;
    }

    /// <summary>The slugs the corpus generates, ordered.</summary>
    public static IReadOnlyList<string> Slugs { get; } =
        CorpusFiles.Select(f => Path.GetFileNameWithoutExtension(f.Path)).OrderBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>The analyzer alone over <paramref name="userCode"/> and the generated files.</summary>
    public static CSharpAnalyzerTest<UnknownSlugAnalyzer, DefaultVerifier> Analyze(string userCode, IReadOnlyList<(string HintName, string Text)>? generated = null)
    {
        var test = new CSharpAnalyzerTest<UnknownSlugAnalyzer, DefaultVerifier> { TestCode = userCode };
        Prepare(test, test.TestState, generated);
        return test;
    }

    /// <summary>The analyzer and the fix: <paramref name="fixedCode"/> is what applying the first fix must give.</summary>
    public static FixTest Fix(string userCode, string fixedCode)
    {
        var test = new FixTest { TestCode = userCode, FixedCode = fixedCode };
        Prepare(test, test.TestState, null);
        Prepare(test, test.FixedState, null);
        return test;
    }

    private static void Prepare(AnalyzerTest<DefaultVerifier> test, SolutionState state, IReadOnlyList<(string HintName, string Text)>? generated)
    {
        // The .NET reference assemblies the other tests compile against (Basic.Reference.Assemblies), not a download.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(GeneratorHarness.RuntimeReference);
        foreach (var source in generated ?? Generated.Value) state.Sources.Add((source.HintName, source.Text));
        // Generated data literals may hold "{|" or "[|", which the framework would take for markup: locations are given as spans.
        state.MarkupHandling = MarkupMode.None;
        // Warnings too: the code, and the fixed code, must compile clean, not only without errors.
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
    }

    /// <summary>ART016 expected at <paramref name="literal"/>, the one place it stands in <paramref name="code"/> (the test file).</summary>
    public static DiagnosticResult UnknownSlugAt(string code, string literal)
    {
        int offset = code.IndexOf(literal, StringComparison.Ordinal);
        if (offset < 0 || code.IndexOf(literal, offset + 1, StringComparison.Ordinal) >= 0) throw new ArgumentException($"'{literal}' must stand once in the code");
        string before = code.Substring(0, offset);
        int line = before.Count(c => c == '\n') + 1;
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return new DiagnosticResult(Descriptors.UnknownSlug).WithSpan("/0/Test0.cs", line, column, line, column + literal.Length);
    }

    internal sealed class FixTest : CSharpCodeFixTest<UnknownSlugAnalyzer, UseArticleMemberCodeFix, DefaultVerifier>
    {
    }
}
