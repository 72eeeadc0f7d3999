using System;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>The data-not-code contract between the generator's encoder and the runtime's decoder.</summary>
public class GeneratedDataTests
{
    [Theory]
    [InlineData(typeof(ArticleData.Engine.Model.TextPart), typeof(TextPart))]
    [InlineData(typeof(ArticleData.Engine.Model.EntityKind), typeof(EntityKind))]
    [InlineData(typeof(ArticleData.Engine.Model.ClaimKind), typeof(ClaimKind))]
    [InlineData(typeof(ArticleData.Engine.Model.Certainty), typeof(Certainty))]
    [InlineData(typeof(ArticleData.Engine.Model.QuantityKind), typeof(QuantityKind))]
    public void Engine_and_runtime_enums_agree_on_names_and_values(Type engine, Type runtime)
    {
        // The encoder writes enum values as numbers; the decoder casts them back to the runtime's enums.
        Assert.Equal(Enum.GetNames(engine), Enum.GetNames(runtime));
        Assert.Equal(Enum.GetValues(engine).Cast<object>().Select(Convert.ToInt32).ToArray(), Enum.GetValues(runtime).Cast<object>().Select(Convert.ToInt32).ToArray());
    }

    [Fact]
    public void Encoder_and_runtime_share_format_version()
    {
        Assert.Equal(ArticleData.Engine.Emit.ArticleDataEncoder.FormatVersion, ArticleData.Internal.GeneratedArticle.FormatVersion);
    }

    [Fact]
    public void A_large_catalog_finds_every_article_and_lists_every_slug_in_order()
    {
        const int count = 300; // grouped files (above 100 articles), slugs that sort apart from their numbers
        var files = Enumerable.Range(0, count)
            .Select(i => new TestFile($"articles/story-{i}.txt", $"Story {i} headline\n\nBody of story {i} in Paris.\n"))
            .ToList();
        var result = GeneratorHarness.Run(files, new System.Collections.Generic.Dictionary<string, string> { ["ArticleDataExtractors"] = "none" });
        Assert.Empty(result.Errors);
        Assert.DoesNotContain("case ", result.Source("Catalog")); // no switch for the compiler to bind

        var catalog = GeneratorHarness.Load(result.Compilation).GetType("TestProject.Articles")!;
        var slugs = (System.Collections.Generic.IReadOnlyList<string>)catalog.GetProperty("Slugs")!.GetValue(null)!;
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"story-{i}").OrderBy(s => s, StringComparer.Ordinal), slugs);
        Assert.False(slugs is string[], "Slugs must not hand out the array Find indexes");
        var find = catalog.GetMethod("Find")!;
        for (int i = 0; i < count; i++)
        {
            var article = (Article?)find.Invoke(null, new object[] { $"story-{i}" });
            Assert.Equal($"Story {i} headline", article?.Title);
        }
        Assert.Null(find.Invoke(null, new object?[] { "no-such-story" }));
        Assert.Null(find.Invoke(null, new object?[] { null }));
    }
}
