using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// Runs the driver twice with step tracking on and checks that a change touches only what it must: the steps of
/// untouched articles come out Cached or Unchanged, and their generated files are reused, not emitted again.
/// </summary>
public class IncrementalTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly TestFile[] Files =
    {
        new("articles/alpha.txt", "Alpha headline\nAlpha standfirst.\n\nFirst paragraph of alpha.\nSecond paragraph of alpha.\n"),
        new("articles/beta.md", "---\ntitle: Beta headline\ntags: [one, two]\n---\n\nBeta body with *emphasis*.\n"),
        new("articles/gamma.txt", "Gamma headline\n\nOnly paragraph of gamma.\n"),
    };

    /// <summary>A project as the driver sees it between runs: its AdditionalText instances, options and compilation.</summary>
    private sealed class Project
    {
        public List<TestFile> Files = new(IncrementalTests.Files);
        public List<AdditionalText> Texts;
        public CSharpCompilation Compilation = GeneratorHarness.CreateCompilation("public class UserCode { }", ParseOptions, NullableContextOptions.Enable);
        public GeneratorResult First;

        public Project()
        {
            Texts = Files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Full(f.Path), f.Text)).ToList();
            First = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(Texts, new TestOptionsProvider(Files, null), ParseOptions), Compilation);
            Assert.Empty(First.GeneratorDiagnostics);
            Assert.Empty(First.Errors);
        }

        public GeneratorRunResult RunAgain(GeneratorDriver driver) => GeneratorHarness.RunDriver(driver, Compilation).Driver.GetRunResult().Results.Single();
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var project = new Project();
        var edited = new InMemoryAdditionalText(GeneratorHarness.Full("articles/alpha.txt"),
            "Alpha headline\nAlpha standfirst.\n\nFirst paragraph of alpha, edited.\nSecond paragraph of alpha.\n");

        var run = project.RunAgain(project.First.Driver.ReplaceAdditionalText(project.Texts[0], edited));

        AssertEveryStepTracked(run);
        AssertUntouchedStepsCached(run, "articles/alpha.txt");
        foreach (var step in new[] { TrackingNames.Parsed, TrackingNames.Extracted, TrackingNames.Units })
        {
            Assert.Equal(IncrementalStepRunReason.Modified, Outputs(run, step).Single(o => o.Path == "articles/alpha.txt").Reason);
        }
        // The slug and headline did not change: the slug table and the catalog entry are not rebuilt.
        Assert.All(Outputs(run, TrackingNames.SlugTable), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Outputs(run, TrackingNames.CatalogEntries).Single(o => o.Path == "articles/alpha.txt").Reason);

        AssertRegenerated(project.First, run, "ArticleData.Articles.Alpha.g.cs");
    }

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_nothing()
    {
        var project = new Project();
        var oldTree = project.Compilation.SyntaxTrees.Single();
        project.Compilation = project.Compilation.ReplaceSyntaxTree(oldTree,
            CSharpSyntaxTree.ParseText("public class UserCode { public int Changed; }", ParseOptions, oldTree.FilePath));

        var run = project.RunAgain(project.First.Driver);

        AssertEveryStepTracked(run);
        foreach (var (step, output) in run.TrackedSteps.SelectMany(s => s.Value.SelectMany(r => r.Outputs.Select(o => (s.Key, o)))))
        {
            Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"{step} ran again ({output.Reason}) after an unrelated C# edit");
        }
        AssertRegenerated(project.First, run);
    }

    [Fact]
    public void Adding_an_article_leaves_the_others_untouched()
    {
        var project = new Project();
        var added = new TestFile("articles/delta.txt", "Delta headline\n\nDelta paragraph.\n");
        project.Files.Add(added);
        var driver = project.First.Driver
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(project.Files, null))
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText(GeneratorHarness.Full(added.Path), added.Text)));

        var run = project.RunAgain(driver);

        AssertEveryStepTracked(run);
        AssertUntouchedStepsCached(run, "articles/delta.txt");
        Assert.Equal(IncrementalStepRunReason.New, Outputs(run, TrackingNames.Parsed).Single(o => o.Path == "articles/delta.txt").Reason);
        // The slug table gains an entry; every unit is recombined with it but comes out equal.
        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(run, TrackingNames.SlugTable).Single().Reason);

        AssertRegenerated(project.First, run, "ArticleData.Articles.Delta.g.cs", "ArticleData.Catalog.g.cs");
    }

    [Fact]
    public void Editing_a_headline_regenerates_the_article_and_the_catalog_only()
    {
        var project = new Project();
        var edited = new InMemoryAdditionalText(GeneratorHarness.Full("articles/gamma.txt"), "Gamma headline, revised\n\nOnly paragraph of gamma.\n");

        var run = project.RunAgain(project.First.Driver.ReplaceAdditionalText(project.Texts[2], edited));

        AssertUntouchedStepsCached(run, "articles/gamma.txt");
        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(run, TrackingNames.CatalogEntries).Single(o => o.Path == "articles/gamma.txt").Reason);
        AssertRegenerated(project.First, run, "ArticleData.Articles.Gamma.g.cs", "ArticleData.Catalog.g.cs");
    }

    /// <summary>Every name in TrackingNames is a step the pipeline really tracks, so a renamed step cannot hide from these tests.</summary>
    private static void AssertEveryStepTracked(GeneratorRunResult run)
    {
        var names = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        foreach (var name in names) Assert.True(run.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
    }

    /// <summary>Every output of a tracked step that belongs to another article than <paramref name="touched"/>, or to no article, is Cached or Unchanged.</summary>
    private static void AssertUntouchedStepsCached(GeneratorRunResult run, string touched)
    {
        foreach (var name in run.TrackedSteps.Keys.Where(IsPipelineStep))
        {
            foreach (var output in Outputs(run, name))
            {
                if (output.Path == touched || name == TrackingNames.SlugTable) continue;
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name} output for {output.Path ?? "the project"} is {output.Reason} although only {touched} changed");
            }
        }
    }

    private static bool IsPipelineStep(string name) =>
        typeof(TrackingNames).GetField(name, BindingFlags.Public | BindingFlags.Static) is not null;

    private static IEnumerable<(string? Path, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (ArticlePath(o.Value), o.Reason));

    /// <summary>The article (project-relative path) a step's value belongs to; null for project-wide values.</summary>
    private static string? ArticlePath(object value) => value switch
    {
        DeclaredFile declared => declared.File.RelativePath,
        ValueTuple<InputFile, ArticleData.Engine.Model.ArticleDocument> parsed => parsed.Item1.RelativePath,
        ExtractedArticle extracted => extracted.File.RelativePath,
        ArticleUnit unit => unit.Article.File.RelativePath,
        CatalogEntry entry => entry.RelativePath,
        _ => null,
    };

    /// <summary>Exactly the named files got new text; every other generated file is the very SourceText of the first run.</summary>
    private static void AssertRegenerated(GeneratorResult first, GeneratorRunResult second, params string[] regenerated)
    {
        var before = first.Driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        foreach (var source in second.GeneratedSources)
        {
            bool reused = before.TryGetValue(source.HintName, out var old) && ReferenceEquals(old, source.SourceText);
            Assert.True(reused != regenerated.Contains(source.HintName),
                $"{source.HintName} was {(reused ? "reused" : "regenerated")}; expected regenerated: [{string.Join(", ", regenerated)}]");
        }
    }
}
