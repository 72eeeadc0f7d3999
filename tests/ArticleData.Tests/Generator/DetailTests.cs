using System.Collections.Generic;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>ArticleDataDetail minimal: the article classes lose their typed members, nothing else is lost.</summary>
public class DetailTests
{
    [Fact]
    public void Minimal_output_has_no_per_article_members_but_the_same_records_and_entity_catalog()
    {
        var files = new[] { new TestFile(Repo.SeedFile, Repo.SeedText) };
        var minimal = GeneratorHarness.Run(files, new Dictionary<string, string> { ["ArticleDataDetail"] = "minimal" });
        Assert.Empty(minimal.GeneratorDiagnostics);
        Assert.Empty(minimal.Errors);
        string source = minimal.Source("PutinSeeksEnergyDealsInBeijing");
        Assert.DoesNotContain("class Entities", source);
        Assert.DoesNotContain("class Claims", source);
        Assert.Contains("public const string Body = ", source);

        var assembly = GeneratorHarness.Load(minimal.Compilation);
        var type = assembly.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing")!;
        Assert.Empty(type.GetNestedTypes());
        var article = (Article)type.GetProperty("Article")!.GetValue(null)!;
        var compact = GeneratorHarness.Load(GeneratorHarness.Run(files).Compilation);
        var expected = (Article)compact.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing")!.GetProperty("Article")!.GetValue(null)!;
        Assert.Equal(expected.Entities.Count, article.Entities.Count);
        Assert.Equal(expected.Claims.Count, article.Claims.Count);

        var putin = (CatalogEntity<Person>)assembly.GetType("TestProject.Entities")!.GetProperty("VladimirPutin")!.GetValue(null)!;
        Assert.Same(article, Assert.Single(putin.Articles));
        Assert.Equal("Vladimir Putin", putin.Name);
    }

    [Fact]
    public void An_unknown_detail_warns_and_keeps_compact()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) }, new Dictionary<string, string> { ["ArticleDataDetail"] = "verbose" });
        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ART011", warning.Id);
        Assert.Contains("class Entities", result.Source("PutinSeeksEnergyDealsInBeijing"));
    }
}
