using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>One file listed twice, two files claiming one slug, and two files sharing a name in different folders.</summary>
public class DuplicateArticleTests
{
    [Fact]
    public void A_file_listed_twice_is_one_article_not_an_error()
    {
        var file = new TestFile("articles/twice.md", "---\ntitle: Twice\ndate: someday\n---\nBody.\n");
        var other = new TestFile("articles/other.txt", "Other\n\nBody.\n");

        var result = GeneratorHarness.Run(new[] { file, other, file });

        Assert.Equal(new[] { "ArticleData.Articles.Other.g.cs", "ArticleData.Articles.Twice.g.cs", "ArticleData.Catalog.g.cs" },
            result.Sources.Select(s => s.HintName));
        // Its one warning (the bad date) is reported once, and nothing else: no duplicate-slug error, no CS8785.
        Assert.Equal(DiagnosticIds.InvalidFrontMatterValue, Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Empty(result.Errors);
        Assert.Single(result.Source("Catalog").Split('\n'), line => line.Trim() == "typeof(Twice),");
        Assert.Contains("}, \"other twice\");", result.Source("Catalog"));
    }

    [Fact]
    public void Two_files_with_one_slug_get_ART004_at_both_paths_and_the_first_still_generates()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile("articles/b/story.txt", "Second\n\nBody.\n"),
            new TestFile("articles/a/story.txt", "First\n\nBody.\n"),
        });

        var errors = result.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { DiagnosticIds.DuplicateSlug, DiagnosticIds.DuplicateSlug }, errors.Select(d => d.Id));
        Assert.Equal(GeneratorHarness.Full("articles/a/story.txt"), errors[0].Location.GetLineSpan().Path);
        Assert.Contains("claimed again by 'articles/b/story.txt', which is not generated", errors[0].GetMessage());
        Assert.Equal(GeneratorHarness.Full("articles/b/story.txt"), errors[1].Location.GetLineSpan().Path);
        Assert.Contains("already taken by 'articles/a/story.txt'; this article is not generated", errors[1].GetMessage());
        Assert.Contains("Slug", errors[1].GetMessage());
        Assert.Contains("\"First\"", result.Source("Articles.Story.g.cs"));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Slugs_that_differ_only_in_case_are_the_same_slug()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile("articles/Launch.txt", "Upper\n\nBody.\n"),
            new TestFile("articles/more/launch.txt", "Lower\n\nBody.\n"),
        });

        var error = Assert.Single(result.GeneratorDiagnostics, d => d.GetMessage().Contains("already taken", System.StringComparison.Ordinal));
        Assert.Equal(DiagnosticIds.DuplicateSlug, error.Id);
        Assert.Equal(GeneratorHarness.Full("articles/more/launch.txt"), error.Location.GetLineSpan().Path);
        Assert.Contains("const string Slug = \"launch\"", result.Source("Articles.Launch.g.cs"));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Same_named_files_in_two_folders_get_unique_hint_names_when_one_has_a_slug()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile("articles/2023/report.txt", "Old report\n\nBody.\n"),
            new TestFile("articles/2024/report.txt", "New report\n\nBody.\n", Slug: "report-2024"),
        });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "ArticleData.Articles.Report.g.cs", "ArticleData.Articles.Report2024.g.cs", "ArticleData.Catalog.g.cs" },
            result.Sources.Select(s => s.HintName));
        Assert.Contains("\"articles/2024/report.txt\"", result.Source("Report2024"));
    }

    [Fact]
    public void Slugs_that_map_to_one_class_name_get_numbered_names_and_ART008()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile("articles/x-1.txt", "Hyphen\n\nBody.\n"),
            new TestFile("articles/x1.txt", "Joined\n\nBody.\n"),
        });

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.ClassNameCollision, warning.Id);
        Assert.Equal(GeneratorHarness.Full("articles/x1.txt"), warning.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "ArticleData.Articles.X1.g.cs", "ArticleData.Articles.X12.g.cs", "ArticleData.Catalog.g.cs" },
            result.Sources.Select(s => s.HintName));
        Assert.Contains("\"Hyphen\"", result.Source("Articles.X1.g.cs"));
        Assert.Empty(result.Errors);
    }
}
