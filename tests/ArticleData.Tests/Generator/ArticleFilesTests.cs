using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Emit;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>Above a hundred articles, articles share generated files; an edit still rewrites one file.</summary>
public class ArticleFilesTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(100, 0)]
    [InlineData(101, 8)]
    [InlineData(1_000, 64)]
    [InlineData(1_001, 64)]
    [InlineData(1_024, 64)]
    [InlineData(1_025, 128)]
    [InlineData(10_000, 1_024)]
    public void Groups_are_a_power_of_two_holding_at_most_sixteen_articles_on_average(int articles, int groups) =>
        Assert.Equal(groups, ArticleFiles.Groups(articles));

    [Fact]
    public void Above_a_hundred_articles_they_share_files_and_an_edit_rewrites_one()
    {
        const int count = ArticleFiles.PerArticleLimit + 1;
        var files = Enumerable.Range(0, count)
            .Select(i => new TestFile($"articles/story-{i}.txt", $"Story {i} headline\n\nBody of story {i}, which cost {i} dollars.\n"))
            .ToList();
        var properties = new Dictionary<string, string> { ["ArticleDataExtractors"] = "none" };
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Full(f.Path), f.Text)).ToList();
        var driver = GeneratorHarness.CreateDriver(texts, new TestOptionsProvider(files, properties), parseOptions, trackSteps: false);
        var compilation = GeneratorHarness.CreateCompilation("", parseOptions, NullableContextOptions.Enable);

        var first = GeneratorHarness.RunDriver(driver, compilation);
        Assert.Empty(first.Errors);
        Assert.DoesNotContain(first.Sources, s => s.HintName.StartsWith("ArticleData.Articles.", StringComparison.Ordinal));
        var groupFiles = first.Sources.Where(s => s.HintName.StartsWith("ArticleData.ArticleGroup", StringComparison.Ordinal)).ToList();
        Assert.InRange(groupFiles.Count, 2, ArticleFiles.Groups(count));
        // every article's class is in exactly one group file
        Assert.Equal(count, groupFiles.Sum(g => CountOf(g.Text, "public const string Slug = ")));

        var find = GeneratorHarness.Load(first.Compilation).GetType("TestProject.Articles")!.GetMethod("Find")!;
        foreach (int i in new[] { 0, 1, count / 2, count - 1 })
        {
            Assert.Equal($"Story {i} headline", ((Article?)find.Invoke(null, new object[] { $"story-{i}" }))?.Title);
        }

        int edited = count / 2;
        var before = first.Driver.GetRunResult().Results.Single().GeneratedSources;
        var after = first.Driver
            .ReplaceAdditionalText(texts[edited], new InMemoryAdditionalText(texts[edited].Path, $"Story {edited} headline\n\nBody of story {edited}, edited.\n"))
            .RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources;
        var rewritten = after.Where(s => !before.Any(b => b.HintName == s.HintName && ReferenceEquals(b.SourceText, s.SourceText))).ToList();
        Assert.Single(rewritten);
        Assert.Contains($"story-{edited}\"", rewritten[0].SourceText.ToString());
        Assert.Contains("edited.", rewritten[0].SourceText.ToString());
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
