using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleData.Benchmarks.Infrastructure;

/// <summary>
/// A consuming project of N synthetic articles, both ways: the code ArticleData generates for it, and the same data
/// as one JSON resource. Compiles either into an assembly, in memory, with Roslyn.
/// </summary>
public sealed class GeneratedProject
{
    /// <summary>
    /// Compiled into the generated assembly beside the generated code, so the runtime benchmarks call the generated
    /// API as a user's code would (statically bound, optimised) through one delegate per batch.
    /// </summary>
    private const string ProbeSource = """
        namespace TestProject
        {
            public static class __Probe
            {
                public static int TouchAll()
                {
                    int n = 0;
                    foreach (var a in Articles.All) n += a.Body.Length + a.Entities.Count + a.Claims.Count;
                    return n;
                }

                public static int FindAll(string[] slugs)
                {
                    int n = 0;
                    foreach (var s in slugs) if (Articles.Find(s) != null) n++;
                    return n;
                }

                public static int LookupAll(global::System.Collections.Generic.Dictionary<string, global::ArticleData.Article> map, string[] slugs)
                {
                    int n = 0;
                    foreach (var s in slugs) if (map.TryGetValue(s, out var a) && a != null) n++;
                    return n;
                }
            }
        }
        """;

    private GeneratedProject(int count, ImmutableArray<SyntaxTree> trees, byte[] json)
    {
        Count = count;
        GeneratedTrees = trees;
        Json = json;
    }

    public int Count { get; }

    public ImmutableArray<SyntaxTree> GeneratedTrees { get; }

    public byte[] Json { get; }

    /// <summary>UTF-8 size of everything generated (every article's file and the catalog).</summary>
    public long GeneratedBytes => GeneratedTrees.Sum(t => (long)Encoding.UTF8.GetByteCount(t.GetText().ToString()));

    public static GeneratedProject Create(int count)
    {
        var files = Drivers.Files(SyntheticCorpus.Generate(count));
        var trees = Drivers.Generate(Drivers.Create(new ArticleGenerator(), files), Drivers.EmptyCompilation());
        var models = files.Select(f => (
            Slug: SlugTable.Normalize(Paths.FileNameWithoutExtension(f.Path)),
            SourcePath: f.Path,
            Model: ArticleExtractor.Extract(ArticleParser.Parse(f.Path, f.Text), Glossary.Empty, ExtractionOptions.All)));
        return new GeneratedProject(count, trees, JsonArticles.Serialize(models));
    }

    /// <summary>The consuming project with the generated code (and the probe), optimised as a Release build.</summary>
    public CSharpCompilation GeneratedCompilation(bool withProbe = false)
    {
        var compilation = Release(Drivers.EmptyCompilation()).AddSyntaxTrees(GeneratedTrees);
        return withProbe ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(ProbeSource, Drivers.ParseOptions, "Probe.cs")) : compilation;
    }

    /// <summary>The alternative: the same project with no generated code and the data as one embedded JSON resource.</summary>
    public CSharpCompilation ResourceCompilation() => Release(Drivers.EmptyCompilation())
        .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace TestProject { internal static class Data { } }", Drivers.ParseOptions, "Data.cs"));

    public ResourceDescription[] Resources => new[] { new ResourceDescription(JsonArticles.ResourceName, () => new MemoryStream(Json), isPublic: true) };

    /// <summary>Emits a compilation to bytes; a failed build throws with its first errors, so nothing measures a broken build.</summary>
    public static byte[] Emit(Compilation compilation, IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, manifestResources: resources);
        if (!result.Success)
        {
            throw new InvalidOperationException("The build failed: " + string.Join("\n",
                result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The generated assembly and the JSON one for N articles, built once and kept on disk under the temp folder (keyed
    /// by the generator's and runtime's build), so the cold-start benchmarks, one fresh process per measurement, do not
    /// rebuild them every time.
    /// </summary>
    public static (string Generated, string Json) Assemblies(int count)
    {
        string key = typeof(ArticleGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 12) + "-"
            + typeof(ArticleData.Article).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 12);
        string directory = Path.Combine(Path.GetTempPath(), "articledata-benchmarks", key, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string generated = Path.Combine(directory, "Generated.dll");
        string json = Path.Combine(directory, "Json.dll");
        if (File.Exists(generated) && File.Exists(json)) return (generated, json);

        Directory.CreateDirectory(directory);
        var project = Create(count);
        WriteAtomically(json, Emit(project.ResourceCompilation().WithAssemblyName("ArticleDataJson" + count), project.Resources));
        WriteAtomically(generated, Emit(project.GeneratedCompilation(withProbe: true).WithAssemblyName("ArticleDataGenerated" + count)));
        return (generated, json);
    }

    private static CSharpCompilation Release(CSharpCompilation compilation) =>
        compilation.WithOptions(compilation.Options.WithOptimizationLevel(OptimizationLevel.Release));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
