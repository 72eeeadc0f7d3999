using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Packaging;

/// <summary>
/// Fresh projects that reference the packed ArticleData by version, as users do, built and run for real. Each build
/// costs seconds, so each project exercises several documented knobs at once and reports them through its output.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageConsumptionTests
{
    private const string SeedName = "putin-seeks-energy-deals-in-beijing.txt";
    private static readonly string SeedTitle = Repo.SeedText.Split('\n')[0].TrimEnd('\r');

    private readonly PackageFeed _feed;

    public PackageConsumptionTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Package_holds_the_generator_as_an_analyzer_the_runtime_as_a_lib_and_the_build_files()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_feed.PackagePath("ArticleData"));
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/ArticleData.Generator.dll", entries);
        Assert.Contains("lib/netstandard2.0/ArticleData.dll", entries);
        Assert.Contains("lib/netstandard2.0/ArticleData.xml", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/ArticleData.props", entries);
            Assert.Contains($"{folder}/ArticleData.targets", entries);
        }
        // The generator must not become a compile-time reference of the user's project.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Generator"));
    }

    /// <summary>
    /// Defaults and item-level knobs: default articles/ items (recursive, .txt and .md), an explicit item with Slug for
    /// a file the default glob also names (one article, the explicit metadata wins), an explicit item outside articles/,
    /// an unrelated AdditionalFile, warnings as errors with documentation on, and a netstandard2.0 library (C# 7.3,
    /// nullable off) consuming the package too and handing its Article to the app.
    /// </summary>
    [Fact]
    public void Console_app_and_netstandard_library_consume_the_package_by_version()
    {
        string root = _feed.CreateProject("defaults", new Dictionary<string, string>
        {
            ["lib/Consumer.Lib.csproj"] = """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <RootNamespace>Consumer.Lib</RootNamespace>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ArticleData" Version="0.1.0" />
                  </ItemGroup>
                </Project>
                """,
            ["lib/articles/library-note.txt"] = "A note kept in a library\n\nLibraries built for netstandard2.0 compile the generated code as C# 7.3.\n",
            ["lib/Notes.cs"] = """
                namespace Consumer.Lib
                {
                    /// <summary>Hands the library's article to its callers.</summary>
                    public static class Notes
                    {
                        /// <summary>The library's one article.</summary>
                        public static ArticleData.Article Note() { return Articles.LibraryNote.Article; }
                    }
                }
                """,
            ["app/Consumer.App.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>Consumer.App</RootNamespace>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ArticleData" Version="0.1.0" />
                    <ProjectReference Include="../lib/Consumer.Lib.csproj" />
                    <Article Include="articles/{SeedName}" Slug="seed" />
                    <Article Include="extra/launch.txt" Slug="launch-day" />
                    <AdditionalFiles Include="BannedSymbols.txt" />
                  </ItemGroup>
                </Project>
                """,
            [$"app/articles/{SeedName}"] = Repo.SeedText,
            ["app/articles/more/second-story.md"] = "---\ntitle: A second story, in Markdown\ntags: [one, two]\n---\n\nIts *only* paragraph.\n",
            ["app/extra/launch.txt"] = "Launch day\nThe standfirst of launch day.\n\nThe body of launch day.\n",
            ["app/notes.txt"] = "Not an article: it is neither under articles/ nor declared.\n",
            ["app/BannedSymbols.txt"] = "T:System.Console;Not an article either\n",
            ["app/Program.cs"] = """
                using System;
                using ArticleData;
                using Consumer.App;

                Console.WriteLine("count=" + Articles.All.Count);
                foreach (Article a in Articles.All) Console.WriteLine($"article={a.Slug}|{a.Title}|{a.Paragraphs.Count}|{a.SourcePath}");
                Console.WriteLine("seed-title=" + Articles.Seed.Title);
                Console.WriteLine("find-seed=" + Articles.Find("seed")?.Standfirst);
                Console.WriteLine("find-by-file-name=" + (Articles.Find("putin-seeks-energy-deals-in-beijing")?.Title ?? "none"));
                Console.WriteLine("tags=" + string.Join(",", Articles.SecondStory.Article.Metadata.Tags));
                Console.WriteLine("entities-class=" + typeof(Entities).FullName);
                Console.WriteLine("library=" + Consumer.Lib.Notes.Note().Title);
                Console.WriteLine("public=" + typeof(Articles).IsPublic);
                """,
        });

        var build = _feed.Dotnet(root, "build", "app/Consumer.App.csproj", "-c", "Release", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = _feed.Dotnet(root, Path.Combine("app", "bin", "Release", "net10.0", "Consumer.App.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains("count=3", lines);
        Assert.Contains("article=launch-day|Launch day|1|extra/launch.txt", lines);
        Assert.Contains("article=second-story|A second story, in Markdown|1|articles/more/second-story.md", lines);
        Assert.Contains($"article=seed|{SeedTitle}|5|articles/{SeedName}", lines);
        Assert.Contains("seed-title=" + SeedTitle, lines);
        Assert.Contains(lines, l => l.StartsWith("find-seed=Xi Jinping remains hesitant", System.StringComparison.Ordinal));
        Assert.Contains("find-by-file-name=none", lines);
        Assert.Contains("tags=one,two", lines);
        Assert.Contains("entities-class=Consumer.App.Entities", lines);
        Assert.Contains("library=A note kept in a library", lines);
        Assert.Contains("public=True", lines);
    }

    /// <summary>
    /// The project-wide knobs, all set at once with warnings as errors (an option the generator rejected would fail
    /// the build with ART011): namespace, class names, internal visibility, a size limit the seed fits, no extractors,
    /// default items off, a glossary.
    /// </summary>
    [Fact]
    public void Project_wide_knobs_change_the_generated_api()
    {
        string root = _feed.CreateProject("knobs", new Dictionary<string, string>
        {
            ["Consumer.Knobs.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>Consumer.Knobs</RootNamespace>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <ArticleDataNamespace>Custom.News</ArticleDataNamespace>
                    <ArticleDataClassName>Stories</ArticleDataClassName>
                    <ArticleDataEntitiesClassName>Names</ArticleDataEntitiesClassName>
                    <ArticleDataVisibility>internal</ArticleDataVisibility>
                    <ArticleDataMaxArticleSize>5000</ArticleDataMaxArticleSize>
                    <ArticleDataExtractors>none</ArticleDataExtractors>
                    <EnableDefaultArticleItems>false</EnableDefaultArticleItems>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ArticleData" Version="0.1.0" />
                    <Article Include="articles/{SeedName}" />
                    <ArticleGlossary Include="glossary.txt" />
                  </ItemGroup>
                </Project>
                """,
            [$"articles/{SeedName}"] = Repo.SeedText,
            ["articles/not-declared.txt"] = "Not declared\n\nDefault items are off, so this file is no article.\n",
            ["glossary.txt"] = "# entities the extractors would otherwise have to find\nPerson: Vladimir Putin | Putin\nPlace/City: Beijing\n",
            ["Program.cs"] = """
                using System;
                using Custom.News;

                Console.WriteLine("count=" + Stories.All.Count);
                Console.WriteLine("slugs=" + string.Join(",", Stories.Slugs));
                Console.WriteLine("title=" + Stories.PutinSeeksEnergyDealsInBeijing.Title);
                Console.WriteLine("not-declared=" + (Stories.Find("not-declared") == null ? "absent" : "present"));
                Console.WriteLine("stories-public=" + typeof(Stories).IsPublic);
                Console.WriteLine("names-public=" + typeof(Names).IsPublic);
                Console.WriteLine("entities=" + Stories.PutinSeeksEnergyDealsInBeijing.Article.Entities.Count);
                Console.WriteLine("claims=" + Stories.PutinSeeksEnergyDealsInBeijing.Article.Claims.Count);
                """,
        });

        var build = _feed.Dotnet(root, "build", "-c", "Release", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = _feed.Dotnet(root, Path.Combine("bin", "Release", "net10.0", "Consumer.Knobs.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains("count=1", lines);
        Assert.Contains("slugs=putin-seeks-energy-deals-in-beijing", lines);
        Assert.Contains("title=" + SeedTitle, lines);
        Assert.Contains("not-declared=absent", lines);
        Assert.Contains("stories-public=False", lines);
        Assert.Contains("names-public=False", lines);
        // The glossary declares entities, but ArticleDataExtractors=none runs no extractor.
        Assert.Contains("entities=0", lines);
        Assert.Contains("claims=0", lines);
    }

    /// <summary>Knobs that must fail loudly, in one failing build: an article over the size limit, a bad glossary line,
    /// an unknown extractor name in a ';'-separated list (MSBuild's usual separator, which a .globalconfig would
    /// otherwise cut off as a comment) — each a diagnostic with its id.</summary>
    [Fact]
    public void Bad_configuration_is_reported_with_located_diagnostics()
    {
        string root = _feed.CreateProject("broken", new Dictionary<string, string>
        {
            ["Consumer.Broken.csproj"] = """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ArticleDataMaxArticleSize>1000</ArticleDataMaxArticleSize>
                    <ArticleDataExtractors>entities;everything</ArticleDataExtractors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ArticleData" Version="0.1.0" />
                    <ArticleGlossary Include="glossary.txt" />
                  </ItemGroup>
                </Project>
                """,
            [$"articles/{SeedName}"] = Repo.SeedText,
            ["articles/short.txt"] = "A short article\n\nIt fits the limit.\n",
            ["glossary.txt"] = "Person: Vladimir Putin\nVladimir Putin without a kind\n",
        });

        var build = _feed.Dotnet(root, "build", "-c", "Release", "-nodeReuse:false");

        Assert.NotEqual(0, build.ExitCode);
        var output = build.StandardOutput;
        Assert.Contains($"{SeedName}(1,1): error ART007", output);
        Assert.Contains("glossary.txt(2,1): warning ART010", output);
        Assert.Contains("warning ART011", output);
        Assert.Contains("everything", output);
        Assert.DoesNotContain("short.txt", output);
    }
}
