using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Packaging;

/// <summary>
/// Fresh projects that reference the packed ArticleData by version, as users do, built and run for real. Each build
/// costs seconds, so there are two: one that must succeed, exercising every knob at once and reporting through its
/// output, and one that must fail with every configuration diagnostic at once.
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
        Assert.Contains("analyzers/dotnet/cs/ArticleData.Engine.dll", entries);
        // ART016's code fix, apart from the generator and analyzer since it needs Roslyn's Workspaces (RS1038).
        Assert.Contains("analyzers/dotnet/cs/ArticleData.CodeFixes.dll", entries);
        Assert.Contains("lib/netstandard2.0/ArticleData.dll", entries);
        Assert.Contains("lib/netstandard2.0/ArticleData.xml", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/ArticleData.props", entries);
            Assert.Contains($"{folder}/ArticleData.targets", entries);
        }
        // Neither the generator nor its engine may become a compile-time reference or a package dependency of the user's project.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && (e.Contains("Generator") || e.Contains("Engine")));
        using var nuspec = new System.IO.StreamReader(zip.GetEntry("ArticleData.nuspec")!.Open());
        string manifest = nuspec.ReadToEnd();
        Assert.DoesNotContain("ArticleData.Engine", manifest);
        Assert.DoesNotContain("ArticleData.Generator", manifest);
    }

    /// <summary>
    /// One real build for every knob that must work, run once for the tests below: a console app with the defaults and
    /// the item-level knobs, referencing a netstandard2.0 library (C# 7.3, nullable off) that sets every project-wide
    /// knob at once. Both treat warnings as errors with documentation on, so an option the generator rejected (ART011)
    /// or a warning in generated code fails the build. The app prints what the tests check, the library's report too.
    /// </summary>
    private static readonly object ConsumersGate = new();
    private static (string Root, ProcessResult Build, ProcessResult Run, List<string> Lines)? s_consumers;

    private (string Root, ProcessResult Build, ProcessResult Run, List<string> Lines) Consumers()
    {
        lock (ConsumersGate) return s_consumers ??= BuildConsumers();
    }

    private (string Root, ProcessResult Build, ProcessResult Run, List<string> Lines) BuildConsumers()
    {
        string root = _feed.CreateProject("consumers", new Dictionary<string, string>
        {
            ["lib/Consumer.Lib.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <RootNamespace>Consumer.Lib</RootNamespace>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <ArticleDataNamespace>Custom.News</ArticleDataNamespace>
                    <ArticleDataClassName>Stories</ArticleDataClassName>
                    <ArticleDataEntitiesClassName>Names</ArticleDataEntitiesClassName>
                    <ArticleDataVisibility>internal</ArticleDataVisibility>
                    <ArticleDataMaxArticleSize>5000</ArticleDataMaxArticleSize>
                    <ArticleDataExtractors>none</ArticleDataExtractors>
                    <ArticleDataLineDirectives>false</ArticleDataLineDirectives>
                    <ArticleDataDetail>full</ArticleDataDetail>
                    <ArticleDataJsonLd>constant</ArticleDataJsonLd>
                    <EnableDefaultArticleItems>false</EnableDefaultArticleItems>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ArticleData" Version="0.1.0" />
                    <Article Include="articles/{SeedName}" />
                    <Article Include="articles/library-note.txt" />
                    <ArticleGlossary Include="glossary.txt" />
                  </ItemGroup>
                </Project>
                """,
            [$"lib/articles/{SeedName}"] = Repo.SeedText,
            ["lib/articles/library-note.txt"] = "A note kept in a library\n\nLibraries built for netstandard2.0 compile the generated code as C# 7.3.\n",
            ["lib/articles/not-declared.txt"] = "Not declared\n\nDefault items are off, so this file is no article.\n",
            ["lib/glossary.txt"] = "# entities the extractors would otherwise have to find\nPerson: Vladimir Putin | Putin\nPlace/City: Beijing\n",
            ["lib/Notes.cs"] = """
                using System.Collections.Generic;
                using Custom.News;

                namespace Consumer.Lib
                {
                    /// <summary>Hands the library's article to its callers, and reports how the knobs shaped its catalog.</summary>
                    public static class Notes
                    {
                #pragma warning disable ART016 // "not-declared" is looked up on purpose: the file is no article
                        // ArticleDataJsonLd constant: the JSON-LD is a compile-time constant.
                        private const string SeedJsonLd = Stories.PutinSeeksEnergyDealsInBeijing.JsonLd;


                        /// <summary>The library's note: its catalog is internal, the record is not.</summary>
                        public static ArticleData.Article Note() { return Stories.LibraryNote.Article; }

                        /// <summary>What the generated API looks like under the library's knobs.</summary>
                        public static IEnumerable<string> Report()
                        {
                            yield return "lib.count=" + Stories.All.Count;
                            yield return "lib.slugs=" + string.Join(",", Stories.Slugs);
                            yield return "lib.title=" + Stories.PutinSeeksEnergyDealsInBeijing.Title;
                            yield return "lib.not-declared=" + (Stories.Find("not-declared") == null ? "absent" : "present");
                            yield return "lib.stories-public=" + typeof(Stories).IsPublic;
                            yield return "lib.names-public=" + typeof(Names).IsPublic;
                            yield return "lib.namespace=" + typeof(Stories).Namespace;
                            yield return "lib.entities=" + Stories.PutinSeeksEnergyDealsInBeijing.Article.Entities.Count;
                            yield return "lib.claims=" + Stories.PutinSeeksEnergyDealsInBeijing.Article.Claims.Count;
                            yield return "lib.jsonld-const-is-record=" + (SeedJsonLd == Stories.PutinSeeksEnergyDealsInBeijing.Article.JsonLd);
                        }
                #pragma warning restore ART016
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
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    <!-- The app looks up a slug that is no longer there on purpose (find-by-file-name): ART016 stays a warning. -->
                    <WarningsNotAsErrors>$(WarningsNotAsErrors);ART016</WarningsNotAsErrors>
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
            ["app/Typo.cs"] = TypoSource,
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
                Console.WriteLine("public=" + typeof(Articles).IsPublic);
                Console.WriteLine("library=" + Consumer.Lib.Notes.Note().Title);
                Console.WriteLine("typo=" + (Typo.Missing() == null ? "null" : "found"));
                Console.WriteLine("jsonld=" + Articles.Seed.JsonLd.StartsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"", StringComparison.Ordinal));
                foreach (string line in Consumer.Lib.Notes.Report()) Console.WriteLine(line);
                """,
        });

        var build = _feed.Dotnet(root, "build", "app/Consumer.App.csproj", "-c", "Release", "-nodeReuse:false");
        var run = build.ExitCode == 0 ? _feed.Dotnet(root, Path.Combine("app", "bin", "Release", "net10.0", "Consumer.App.dll")) : build;
        return (root, build, run, run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
    }

    /// <summary>A slug one letter off ("sed" for "seed"): the analyzer in the package warns at the literal.</summary>
    private const string TypoSource =
        "namespace Consumer.App\n" +
        "{\n" +
        "    /// <summary>Looks up an article by a mistyped slug.</summary>\n" +
        "    public static class Typo\n" +
        "    {\n" +
        "        /// <summary>Null at run time: no article has this slug.</summary>\n" +
        "        public static ArticleData.Article? Missing() => Articles.Find(\"sed\");\n" +
        "    }\n" +
        "}\n";

    private List<string> ConsumerOutput()
    {
        var (_, build, run, lines) = Consumers();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        return lines;
    }

    /// <summary>
    /// Defaults and item-level knobs: default articles/ items (recursive, .txt and .md), an explicit item with Slug for
    /// a file the default glob also names (one article, the explicit metadata wins), an explicit item outside articles/,
    /// an unrelated AdditionalFile that is not read, and an Article record handed over by a netstandard2.0 library.
    /// </summary>
    [Fact]
    public void Console_app_consumes_the_package_by_version_with_default_items_and_item_metadata()
    {
        var lines = ConsumerOutput();

        Assert.Contains("count=3", lines);
        Assert.Contains("article=launch-day|Launch day|1|extra/launch.txt", lines);
        Assert.Contains("article=second-story|A second story, in Markdown|1|articles/more/second-story.md", lines);
        Assert.Contains($"article=seed|{SeedTitle}|5|articles/{SeedName}", lines);
        Assert.Contains("seed-title=" + SeedTitle, lines);
        Assert.Contains(lines, l => l.StartsWith("find-seed=Xi Jinping remains hesitant", System.StringComparison.Ordinal));
        Assert.Contains("find-by-file-name=none", lines);
        Assert.Contains("tags=one,two", lines);
        Assert.Contains("entities-class=Consumer.App.Entities", lines);
        Assert.Contains("public=True", lines);
        Assert.Contains("library=A note kept in a library", lines);
        Assert.Contains("typo=null", lines);
        Assert.Contains("jsonld=True", lines);
    }

    /// <summary>
    /// ART016 from the analyzer shipped in the package: `dotnet build` names the mistyped literal's file, line and
    /// column, and the nearest slug with its typed member. The app keeps it a warning (WarningsNotAsErrors); the
    /// library, with warnings as errors, builds because it suppresses its one deliberate lookup with #pragma.
    /// </summary>
    [Fact]
    public void Build_output_shows_the_analyzers_warning_at_the_mistyped_literal()
    {
        var (root, build, _, _) = Consumers();
        Assert.True(build.ExitCode == 0, build.ToString());
        var lines = TypoSource.Split('\n');
        int line = System.Array.FindIndex(lines, l => l.Contains("\"sed\"", System.StringComparison.Ordinal)) + 1;
        int column = lines[line - 1].IndexOf("\"sed\"", System.StringComparison.Ordinal) + 1;
        string typoPath = Path.Combine(root, "app", "Typo.cs");

        Assert.Contains($"{typoPath}({line},{column}): warning ART016: No article has the slug 'sed', so Find returns null; did you mean 'seed' (Articles.Seed)?", build.StandardOutput);
        // The file name is no slug once the item sets one: the analyzer catches that lookup too.
        Assert.Contains("Program.cs(9,57): warning ART016: No article has the slug 'putin-seeks-energy-deals-in-beijing'", build.StandardOutput);
        Assert.DoesNotContain("Notes.cs", build.StandardOutput);
    }

    /// <summary>
    /// The project-wide knobs, all set at once in a netstandard2.0 library: namespace, class names, internal
    /// visibility, a size limit the seed fits, no extractors, default items off, a glossary, JSON-LD as constants.
    /// </summary>
    [Fact]
    public void Netstandard_library_applies_every_project_wide_knob()
    {
        var lines = ConsumerOutput();

        Assert.Contains("lib.count=2", lines);
        Assert.Contains("lib.slugs=library-note,putin-seeks-energy-deals-in-beijing", lines);
        Assert.Contains("lib.title=" + SeedTitle, lines);
        Assert.Contains("lib.not-declared=absent", lines);
        Assert.Contains("lib.stories-public=False", lines);
        Assert.Contains("lib.names-public=False", lines);
        Assert.Contains("lib.namespace=Custom.News", lines);
        // The glossary declares entities, but ArticleDataExtractors=none runs no extractor.
        Assert.Contains("lib.entities=0", lines);
        Assert.Contains("lib.claims=0", lines);
        Assert.Contains("lib.jsonld-const-is-record=True", lines);
    }

    /// <summary>
    /// ArticleDataLineDirectives: on by default, the app's generated code maps its members to the article file by its full
    /// path (C# 14: the enhanced form); the library turns it off and its generated code holds no #line. Read from the
    /// generated files the builds wrote to obj/ (EmitCompilerGeneratedFiles).
    /// </summary>
    [Fact]
    public void Line_directives_map_members_to_the_article_by_default_and_the_knob_turns_them_off()
    {
        ConsumerOutput();
        string root = Consumers().Root;
        string Generated(string project, string targetFramework, string className) => File.ReadAllText(Path.Combine(root, project, "obj", "Release",
            targetFramework, "generated", "ArticleData.Generator", "ArticleData.Generator.ArticleGenerator", $"ArticleData.Articles.{className}.g.cs"));

        string app = Generated("app", "net10.0", "Seed");
        string seedPath = Path.GetFullPath(Path.Combine(root, "app", "articles", SeedName));
        Assert.Contains($"#line (1, 1) - (1, {SeedTitle.Length}) 24 \"{seedPath}\"\n\t\t\tpublic const string Title = ", app.Replace("\r\n", "\n"));
        Assert.Contains("#line default", app);

        string library = Generated("lib", "netstandard2.0", "PutinSeeksEnergyDealsInBeijing");
        Assert.Contains("public const string Title = ", library);
        Assert.DoesNotContain("#line", library);
    }

    /// <summary>
    /// ArticleDataDetail: compact by default (the app's class remarks are one line); the library sets full, and its
    /// class remarks quote the standfirst and the opening paragraph.
    /// </summary>
    [Fact]
    public void Detail_is_compact_by_default_and_the_knob_makes_it_full()
    {
        ConsumerOutput();
        string root = Consumers().Root;
        string Generated(string project, string targetFramework, string className) => File.ReadAllText(Path.Combine(root, project, "obj", "Release",
            targetFramework, "generated", "ArticleData.Generator", "ArticleData.Generator.ArticleGenerator", $"ArticleData.Articles.{className}.g.cs"));
        string standfirst = Repo.SeedText.Replace("\r\n", "\n").Split('\n')[1];

        Assert.DoesNotContain("<para>", Generated("app", "net10.0", "Seed"));
        Assert.Contains("/// <para>" + standfirst + "</para>", Generated("lib", "netstandard2.0", "PutinSeeksEnergyDealsInBeijing"));
        // Compact, in an application: typed members for the articles Program.cs names (Seed), none for the one it does not.
        Assert.Contains("public static class Entities", Generated("app", "net10.0", "Seed"));
        Assert.DoesNotContain("public static class Entities", Generated("app", "net10.0", "LaunchDay"));
    }

    /// <summary>
    /// The package asks the compiler server to keep the generator's state between builds (the enable-generator-cache
    /// feature) for up to ArticleDataGeneratorCacheLimit articles; ArticleDataGeneratorCache=false or true decides
    /// whatever the count.
    /// </summary>
    [Fact]
    public void The_package_turns_the_compiler_servers_generator_cache_on_up_to_the_article_limit_and_a_project_can_decide()
    {
        ConsumerOutput();
        string root = Consumers().Root;
        // The feature is set by a target before CoreCompile, so the property is read after running that target.
        bool CacheOn(params string[] properties) => _feed.Dotnet(root, new[] { "msbuild", "app/Consumer.App.csproj", "-t:_ArticleDataGeneratorCache",
            "-getProperty:Features" }.Concat(properties).ToArray()).StandardOutput.Contains("enable-generator-cache", System.StringComparison.Ordinal);

        Assert.True(CacheOn());
        Assert.False(CacheOn("-p:ArticleDataGeneratorCache=false"));
        // The app has three articles (two items, one more by the default glob): over a limit of two, the cache is off
        // unless the project asks for it.
        Assert.True(CacheOn("-p:ArticleDataGeneratorCacheLimit=3"));
        Assert.False(CacheOn("-p:ArticleDataGeneratorCacheLimit=2"));
        Assert.True(CacheOn("-p:ArticleDataGeneratorCacheLimit=2", "-p:ArticleDataGeneratorCache=true"));
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
