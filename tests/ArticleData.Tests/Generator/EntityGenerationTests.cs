using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

public class EntityGenerationTests
{
    [Fact]
    public void Seed_entities_are_typed_members_and_the_catalog_merges_an_entity_across_articles_with_backlinks()
    {
        const string second = "Putin meets Lukashenko in Minsk\n\nRussian President Vladimir Putin met Alexander Lukashenko in Minsk on Friday.\n";
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText), new TestFile("articles/putin-minsk.txt", second) });
        Assert.Empty(result.Errors);
        var assembly = GeneratorHarness.Load(result.Compilation);

        var entities = assembly.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing+Entities")!;
        var putinProperty = entities.GetProperty("VladimirPutin")!;
        Assert.Equal(typeof(Person), putinProperty.PropertyType);
        var putin = (Person)putinProperty.GetValue(null)!;
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal(new[] { "Russian President" }, putin.Roles);
        Assert.Equal("Putin", putin.Mentions[0].Text);

        var catalog = assembly.GetType("TestProject.Entities")!.GetProperty("VladimirPutin")!.GetValue(null)!;
        var occurrences = (System.Collections.IEnumerable)catalog.GetType().GetProperty("Occurrences")!.GetValue(catalog)!;
        var articles = ((System.Collections.Generic.IReadOnlyList<Article>)catalog.GetType().GetProperty("Articles")!.GetValue(catalog)!).Select(a => a.Title).OrderBy(t => t).ToList();
        Assert.Equal(2, occurrences.Cast<object>().Count());
        Assert.Equal(new[] { "Putin meets Lukashenko in Minsk", "Putin seeks energy deals in Beijing as Xi delays Power of Siberia 2 approval" }, articles);
        var mentions = ((System.Collections.Generic.IEnumerable<Mention>)catalog.GetType().GetProperty("Mentions")!.GetValue(catalog)!).ToList();
        Assert.Equal(6, mentions.Count); // four in the seed, two in the second article
    }

    [Fact]
    public void An_entity_named_like_the_entity_catalog_class_gets_another_member_name()
    {
        const string text = "People gather in Springfield\n\nThe People party won the vote in Springfield on Sunday.\n";
        var files = new[]
        {
            new TestFile("articles/vote.txt", text),
            new TestFile("glossary.txt", "Organization/Party: People", Kind: "Glossary"),
        };
        var result = GeneratorHarness.Run(files, new System.Collections.Generic.Dictionary<string, string> { ["ArticleDataEntitiesClassName"] = "People" });

        Assert.Empty(result.Errors);
        var catalog = GeneratorHarness.Load(result.Compilation).GetType("TestProject.People")!;
        Assert.NotNull(catalog.GetProperty("People2"));
    }
}
