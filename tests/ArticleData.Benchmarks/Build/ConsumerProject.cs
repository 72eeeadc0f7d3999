using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Engine.Emit;
using ArticleData.Engine.Project;

namespace ArticleData.Benchmarks.Build;

/// <summary>How a consumer project carries its articles.</summary>
public enum ConsumerKind
{
    /// <summary>References the packed ArticleData; the package's default glob makes articles/**/*.txt articles.</summary>
    ArticleData,

    /// <summary>No ArticleData; the same files as EmbeddedResource items, the plain alternative.</summary>
    Resource,
}

/// <summary>
/// A net10.0 console project on disk with N articles under articles/, built with the SDK's defaults (Debug, what F5
/// builds). The two kinds differ only in the item that takes the articles in and in what Program.cs prints: the
/// ArticleData app names ten articles and uses their typed members, as a site's code names its featured stories.
/// </summary>
public sealed class ConsumerProject
{
    private int _edits;

    /// <summary>How many articles Program.cs names, as a site's code names its featured stories.</summary>
    public const int NamedArticles = 10;

    private readonly IReadOnlyList<string> _named;

    private ConsumerProject(ConsumerKind kind, string directory, string name, IReadOnlyList<string> named)
    {
        Kind = kind;
        Directory = directory;
        Name = name;
        _named = named;
    }

    public ConsumerKind Kind { get; }

    public string Directory { get; }

    /// <summary>Project file name, assembly name and root namespace (the generated Articles class lives in it).</summary>
    public string Name { get; }

    /// <summary>The assembly csc writes; its time stamp moves only when CoreCompile ran.</summary>
    public string CompiledAssembly => Path.Combine(Directory, "obj", "Debug", "net10.0", Name + ".dll");

    /// <summary>The assembly `dotnet build` leaves in bin/, which `dotnet &lt;dll&gt;` runs.</summary>
    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary>Writes the project, its Program.cs and the articles into <paramref name="parent"/>/articledata or /resource.</summary>
    public static ConsumerProject Create(string parent, ConsumerKind kind, IReadOnlyList<SyntheticArticle> articles, string? detail = null,
        bool? generatorCache = null)
    {
        // The class names the generator gives the first articles (their slugs are unique, so no clash renames them).
        var named = new List<string>();
        for (int i = 0; i < articles.Count && named.Count < NamedArticles; i++)
        {
            named.Add(Identifiers.FromWords(SlugTable.Normalize(Paths.FileNameWithoutExtension(articles[i].FileName)))!);
        }
        var project = kind == ConsumerKind.ArticleData
            ? new ConsumerProject(kind, Path.Combine(parent, "articledata"), "ArticleDataApp", named)
            : new ConsumerProject(kind, Path.Combine(parent, "resource"), "ResourceApp", named);

        string articlesFolder = Path.Combine(project.Directory, "articles");
        System.IO.Directory.CreateDirectory(articlesFolder);
        foreach (var article in articles) File.WriteAllText(Path.Combine(articlesFolder, article.FileName), article.Text);

        string property = kind == ConsumerKind.ArticleData && detail is not null ? $"<ArticleDataDetail>{detail}</ArticleDataDetail>" : "";
        if (kind == ConsumerKind.ArticleData && generatorCache is bool cache) property += $"<ArticleDataGeneratorCache>{(cache ? "true" : "false")}</ArticleDataGeneratorCache>";
        string item = kind == ConsumerKind.ArticleData
            ? $"""<PackageReference Include="ArticleData" Version="{LocalFeed.PackageVersion}" />"""
            : """<EmbeddedResource Include="articles/**/*.txt" />""";
        File.WriteAllText(Path.Combine(project.Directory, project.Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                {property}
              </PropertyGroup>
              <ItemGroup>
                {item}
              </ItemGroup>
            </Project>
            """);
        project.Edit();
        return project;
    }

    /// <summary>
    /// Rewrites Program.cs with a new comment, as a user's edit does: CoreCompile's inputs changed, so the build compiles
    /// again (and runs the generator again) instead of finding everything up to date.
    /// </summary>
    public void Edit()
    {
        _edits++;
        string count = Kind == ConsumerKind.ArticleData
            ? $"{Name}.Articles.All.Count" // the generated catalog, in the project's root namespace
            : "typeof(Program).Assembly.GetManifestResourceNames().Length";
        // The ArticleData app also uses the typed members of ten articles by name; the resource app reads those ten files.
        var featured = new StringBuilder();
        foreach (var className in _named)
        {
            featured.AppendLine(Kind == ConsumerKind.ArticleData
                ? $"System.Console.WriteLine({Name}.Articles.{className}.Claims.All.Count + typeof({Name}.Articles.{className}.Entities).Name.Length);"
                : $"System.Console.WriteLine(typeof(Program).Assembly.GetManifestResourceStream(\"{Name}.articles.{className}.txt\") is null);");
        }
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), $"""
            // Edit {_edits.ToString(CultureInfo.InvariantCulture)}: rewritten before every build so that the compiler runs again.
            System.Console.WriteLine({count});
            {featured}
            """);
    }
}
