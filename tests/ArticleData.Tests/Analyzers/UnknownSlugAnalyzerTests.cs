using System.Linq;
using System.Threading.Tasks;
using ArticleData.Tests.Infrastructure;
using Xunit;
using static ArticleData.Tests.Analyzers.AnalyzerTestKit;

namespace ArticleData.Tests.Analyzers;

/// <summary>
/// ART016: a constant slug given to <c>Articles.Find</c> that no article has is a warning at the literal naming the
/// nearest slugs, and the fix puts the typed member in place of the call. Nothing for non-constant arguments, correct
/// slugs, other methods named Find, or projects without articles.
/// </summary>
public class UnknownSlugAnalyzerTests
{
    private const string Typo = "\"putin-seeks-energy-deal-in-beijing\"";
    private const string Suggestion = "'putin-seeks-energy-deals-in-beijing' (Articles.PutinSeeksEnergyDealsInBeijing)";

    [Fact]
    public async Task A_typo_gets_the_warning_at_the_literal_with_the_nearest_slug()
    {
        const string code = """
            #nullable enable
            class C
            {
                ArticleData.Article? M() => TestProject.Articles.Find("putin-seeks-energy-deal-in-beijing");
            }
            """;
        var test = Analyze(code);
        test.ExpectedDiagnostics.Add(UnknownSlugAt(code, Typo).WithArguments("putin-seeks-energy-deal-in-beijing", Suggestion));
        await test.RunAsync();
    }

    [Fact]
    public async Task Applying_the_fix_puts_the_typed_member_in_place_and_compiles_clean()
    {
        const string code = """
            #nullable enable
            using TestProject;

            class C
            {
                ArticleData.Article? M() => Articles.Find("putin-seeks-energy-deal-in-beijing");
            }
            """;
        var test = Fix(code, """
            #nullable enable
            using TestProject;

            class C
            {
                ArticleData.Article? M() => Articles.PutinSeeksEnergyDealsInBeijing.Article;
            }
            """);
        test.ExpectedDiagnostics.Add(UnknownSlugAt(code, Typo).WithArguments("putin-seeks-energy-deal-in-beijing", Suggestion));
        await test.RunAsync();
    }

    [Fact]
    public async Task Under_using_static_the_fix_names_the_article_class_alone()
    {
        const string code = """
            #nullable enable
            using static TestProject.Articles;

            class C
            {
                string Title() => Find("a05-tech-lumora-vega-7-dely")!.Title;
            }
            """;
        var test = Fix(code, """
            #nullable enable
            using static TestProject.Articles;

            class C
            {
                string Title() => A05TechLumoraVega7Delay.Article!.Title;
            }
            """);
        test.ExpectedDiagnostics.Add(UnknownSlugAt(code, "\"a05-tech-lumora-vega-7-dely\"")
            .WithArguments("a05-tech-lumora-vega-7-dely", "'a05-tech-lumora-vega-7-delay' (Articles.A05TechLumoraVega7Delay)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Twenty_correct_uses_get_nothing()
    {
        Assert.True(Slugs.Count >= 20);
        // Literals, local constants and the generated Slug constant: every constant form a correct slug comes in.
        var lines = Slugs.Take(20).Select((slug, i) => i % 2 == 0
            ? $"        var a{i} = Articles.Find(\"{slug}\");"
            : $"        const string s{i} = \"{slug}\"; var a{i} = TestProject.Articles.Find(s{i});");
        var test = Analyze($$"""
            #nullable enable
            using TestProject;

            class C
            {
                void M()
                {
            {{string.Join("\n", lines)}}
                    var seed = Articles.Find(Articles.PutinSeeksEnergyDealsInBeijing.Slug);
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Non_constant_arguments_get_nothing()
    {
        var test = Analyze("""
            #nullable enable
            using TestProject;

            class C
            {
                static readonly string Field = "not-a-slug";

                void M(string slug, string prefix)
                {
                    var a = Articles.Find(slug);
                    var b = Articles.Find(prefix + "-typo");
                    var c = Articles.Find(Field);
                    var d = Articles.Find(string.Concat("no", "pe"));
                    var e = Articles.Find(slug.Trim());
                    var f = Articles.Find(null!);
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Other_methods_named_Find_get_nothing()
    {
        var test = Analyze("""
            #nullable enable
            static class Lookup
            {
                public static string? Find(string slug) => null;
            }

            class C
            {
                void M()
                {
                    var a = Lookup.Find("no-such-slug");
                    var b = System.Array.Find(new[] { "x" }, s => s == "no-such-slug");
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task The_catalogs_own_name_and_the_minimal_detail_are_read_from_the_generated_code()
    {
        var generated = GenerateFor(CorpusFiles, new System.Collections.Generic.Dictionary<string, string>
        {
            ["ArticleDataClassName"] = "Stories",
            ["ArticleDataNamespace"] = "News.Desk",
            ["ArticleDataDetail"] = "minimal",
        });
        const string code = """
            #nullable enable
            class C
            {
                object? M() => News.Desk.Stories.Find("a05-tech-lumora-vega-7-dely");
            }
            """;
        var test = Analyze(code, generated);
        test.ExpectedDiagnostics.Add(UnknownSlugAt(code, "\"a05-tech-lumora-vega-7-dely\"")
            .WithArguments("a05-tech-lumora-vega-7-dely", "'a05-tech-lumora-vega-7-delay' (Stories.A05TechLumoraVega7Delay)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_project_without_articles_gets_nothing()
    {
        var test = Analyze("""
            #nullable enable
            class C
            {
                object? M() => TestProject.Articles.Find("anything-at-all");
            }
            """, GenerateFor(new TestFile[0]));
        await test.RunAsync();
    }
}
