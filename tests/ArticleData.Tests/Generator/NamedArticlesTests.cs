using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// With the default detail, an application's (or an internal catalog's) articles get typed Entities and Claims members
/// only where the project's code names them; the records of every article are complete either way, and a public
/// library, whose users the compiler never sees, keeps every article's members.
/// </summary>
public sealed class NamedArticlesTests
{
    private static readonly TestFile[] Files =
    {
        new("articles/alpha.txt", "Alpha headline\n\nMaria Lopez opened the Harbour Bridge in Lisbon on Monday.\n"),
        new("articles/beta.txt", "Beta headline\n\nJohn Smith said the council would vote in May.\n"),
        new("articles/gamma.txt", "Gamma headline\n\nThe Porto museum reopened after ten years.\n"),
    };

    private static readonly Dictionary<string, string> Application = new() { ["OutputType"] = "Exe" };

    private static bool Typed(GeneratorResult result, string className) =>
        result.Source($"Articles.{className}.g.cs").Contains("public static class Entities", System.StringComparison.Ordinal);

    [Fact]
    public void In_an_application_only_the_article_the_code_names_gets_typed_members_and_every_record_is_complete()
    {
        var result = GeneratorHarness.Run(Files, Application,
            userCode: "static class Home { public static string Lead => TestProject.Articles.Alpha.Entities.MariaLopez.Name; }");

        Assert.Empty(result.Errors);
        Assert.True(Typed(result, "Alpha"));
        Assert.False(Typed(result, "Beta"));
        Assert.False(Typed(result, "Gamma"));
        // The Article member too is generated for named articles only; every record is in All and Find.
        Assert.Contains("public static global::ArticleData.Article Article =>", result.Source("Articles.Alpha.g.cs"));
        Assert.DoesNotContain(" Article =>", result.Source("Articles.Beta.g.cs"));
        // Only what code names is mapped back to its article by #line.
        Assert.Contains("#line", result.Source("Articles.Alpha.g.cs"));
        Assert.DoesNotContain("#line", result.Source("Articles.Beta.g.cs"));
        var all = (IReadOnlyList<ArticleData.Article>)GeneratorHarness.Load(result.Compilation).GetType("TestProject.Articles")!.GetProperty("All")!.GetValue(null)!;
        Assert.All(all, a => Assert.NotEmpty(a.Entities));
        Assert.Contains(all.Single(a => a.Slug == "beta").Entities, e => e.Name == "John Smith");
    }

    [Fact]
    public void An_article_no_code_names_carries_no_member_docs_and_still_compiles_clean_when_docs_are_checked()
    {
        var files = Files.Select(f => Reliability.HostileFile.Text(f.Path, f.Text));

        var result = Reliability.ReliabilityRunner.Run(files, Application); // documentation diagnosed, warnings as errors

        Assert.Empty(result.Errors);
        string unnamed = result.Source("Articles.Gamma.g.cs");
        Assert.Contains("/// <summary>Gamma headline</summary>", unnamed);
        Assert.DoesNotContain("/// <summary>The headline.</summary>", unnamed);
        // Once for the file, before the namespace: not around each article.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(unnamed, "#pragma warning disable CS1591"));
        Assert.True(unnamed.IndexOf("#pragma warning disable CS1591", System.StringComparison.Ordinal) < unnamed.IndexOf("namespace", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("using static TestProject.Articles; static class Home { public static int N => Beta.Claims.All.Count; }")]
    [InlineData("using Featured = TestProject.Articles.Beta.Entities; static class Home { }")]
    [InlineData("static class Home { public static object Typing => TestProject.Articles.Beta. }")]
    public void A_class_named_through_using_static_an_alias_or_an_unfinished_member_access_gets_its_members(string userCode)
    {
        var result = GeneratorHarness.Run(Files, Application, userCode: userCode);

        Assert.True(Typed(result, "Beta"));
        Assert.False(Typed(result, "Alpha"));
    }

    [Theory]
    [InlineData(null, null, true)]            // a public library: its users' code is not in this compilation
    [InlineData("Library", null, true)]
    [InlineData("Exe", "full", true)]
    [InlineData("Exe", "minimal", false)]
    [InlineData("WinExe", null, false)]
    public void Where_the_code_cannot_tell_every_article_keeps_its_members(string? outputType, string? detail, bool typed)
    {
        var properties = new Dictionary<string, string>();
        if (outputType is not null) properties["OutputType"] = outputType;
        if (detail is not null) properties["ArticleDataDetail"] = detail;

        var result = GeneratorHarness.Run(Files, properties);

        Assert.Empty(result.Errors);
        Assert.Equal(typed, Typed(result, "Gamma"));
    }

    [Fact]
    public void Internal_visibility_types_only_named_articles_even_in_a_library()
    {
        var result = GeneratorHarness.Run(Files, new Dictionary<string, string> { ["ArticleDataVisibility"] = "internal" },
            userCode: "static class Home { public static int N => TestProject.Articles.Gamma.Claims.All.Count; }");

        Assert.Empty(result.Errors);
        Assert.True(Typed(result, "Gamma"));
        Assert.False(Typed(result, "Alpha"));
    }

    [Fact]
    public void Naming_another_article_in_code_regenerates_that_article_only_and_an_edit_that_names_none_regenerates_nothing()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = GeneratorHarness.CreateCompilation("static class Home { static string A => TestProject.Articles.Alpha.Title; }", parse, NullableContextOptions.Enable);
        var texts = Files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Full(f.Path), f.Text)).ToList();
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, new TestOptionsProvider(Files, Application), parse), compilation);

        var renamed = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("static class Home { static string A => TestProject.Articles.Alpha.Title; static int B => TestProject.Articles.Beta.Claims.All.Count; }", parse, "User.cs"));
        var second = GeneratorHarness.RunDriver(first.Driver, renamed);
        var unrelated = renamed.ReplaceSyntaxTree(renamed.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("static class Home { static string A => TestProject.Articles.Alpha.Title; static int B => TestProject.Articles.Beta.Claims.All.Count; static int C => 3; }", parse, "User.cs"));
        var third = GeneratorHarness.RunDriver(second.Driver, unrelated);

        Assert.Empty(second.Errors);
        Assert.Equal(new[] { "ArticleData.Articles.Beta.g.cs" }, Changed(first, second));
        Assert.Empty(Changed(second, third));
    }

    /// <summary>The generated files of <paramref name="after"/> whose text is not the very SourceText of <paramref name="before"/>.</summary>
    private static IEnumerable<string> Changed(GeneratorResult before, GeneratorResult after)
    {
        var old = before.Driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        return after.Driver.GetRunResult().Results.Single().GeneratedSources
            .Where(s => !old.TryGetValue(s.HintName, out var text) || !ReferenceEquals(text, s.SourceText))
            .Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
    }
}
