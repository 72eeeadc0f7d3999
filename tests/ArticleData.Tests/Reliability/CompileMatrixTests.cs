using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// The generated code (seed, a Markdown article with front matter, hostile ones) compiles with zero diagnostics for
/// every language version × nullable context × warnings-as-errors × target framework, with documentation diagnosed.
/// </summary>
public class CompileMatrixTests
{
    public static IEnumerable<object[]> Matrix()
    {
        var versions = new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10,
            LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest };
        foreach (var version in versions)
        foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
        foreach (var framework in new[] { "netstandard2.0", "net472", "net8.0", "net10.0" })
        foreach (var warningsAsErrors in new[] { true, false })
        {
            // C# 7.3 has no nullable context: the SDK itself refuses <Nullable>enable</Nullable> there (CS8630).
            if (version == LanguageVersion.CSharp7_3 && nullable == NullableContextOptions.Enable) continue;
            yield return new object[] { version.ToDisplayString(), nullable.ToString(), framework, warningsAsErrors };
        }
    }

    private static IEnumerable<MetadataReference> References(string framework) => framework switch
    {
        "netstandard2.0" => Basic.Reference.Assemblies.NetStandard20.References.All,
        "net472" => Basic.Reference.Assemblies.Net472.References.All,
        "net8.0" => Basic.Reference.Assemblies.Net80.References.All,
        _ => Basic.Reference.Assemblies.Net100.References.All,
    };

    private static IEnumerable<HostileFile> Files() => new[]
    {
        HostileCorpusTests.Healthy,
        HostileFile.Text("articles/markdown.md", "---\ntitle: A *Markdown* article\nsummary: It has \"front matter\"\ndate: 2024-05-06\nauthors: [Ada, Grace]\ntags: [a, b]\ndraft: yes\nextra: kept\n---\n\nA [link](https://example.org) and **bold** text.\n\n> A quote.\n"),
        HostileFile.Text("articles/hostile.txt", "\"\"\" */ </summary> #error x\n\u202E\uD800 {{ \\u0000\n#line 1 \"x\"\n\n]]> & \u2028"),
        HostileFile.Text("articles/2024.txt", "class\nBody"),
        HostileFile.Text("articles/broken.md", "---\ntitle: never closed"),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Generated_code_compiles_with_zero_diagnostics(string languageVersion, string nullable, string framework, bool warningsAsErrors)
    {
        LanguageVersionFacts.TryParse(languageVersion, out var version);
        var result = ReliabilityRunner.Run(Files(), parseOptions: ReliabilityRunner.ParseOptions(version),
            nullable: (NullableContextOptions)System.Enum.Parse(typeof(NullableContextOptions), nullable), references: References(framework),
            warningsAsErrors: warningsAsErrors);

        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        Assert.Equal(new[] { "ART014" }, result.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(5, result.Sources.Length); // four articles and the catalog
        bool directive = result.Sources.All(s => s.Text.Contains("#nullable enable annotations\n", System.StringComparison.Ordinal));
        Assert.Equal(version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8, directive);
    }
}
