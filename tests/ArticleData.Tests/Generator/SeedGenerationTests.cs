using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

public class SeedGenerationTests
{
    [Fact]
    public void Seed_generates_code_that_compiles_without_diagnostics()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Sources.Length);
    }

    [Fact]
    public void Seed_constants_and_record_hold_the_headline_standfirst_and_five_paragraphs()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) });
        var assembly = GeneratorHarness.Load(result.Compilation);
        var type = assembly.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing")!;

        string title = (string)type.GetField("Title")!.GetRawConstantValue()!;
        var article = (Article)type.GetProperty("Article")!.GetValue(null)!;

        Assert.Equal("Putin seeks energy deals in Beijing as Xi delays Power of Siberia 2 approval", title);
        Assert.Equal(title, article.Title);
        Assert.StartsWith("Xi Jinping remains hesitant", article.Standfirst);
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.Equal(Repo.SeedText.Split('\n')[3], article.Paragraphs[0].Text);
        Assert.Equal(4, article.Paragraphs[0].Line);
    }
}
