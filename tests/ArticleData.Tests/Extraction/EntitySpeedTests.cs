using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Tests.Infrastructure;
using ArticleData.Tests.Performance;
using ArticleData.Tests.Quality;
using Xunit;
using Xunit.Abstractions;

namespace ArticleData.Tests.Extraction;

/// <summary>Timing tests run alone: the processor time they read is the whole process's, which parallel tests would inflate.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}

/// <summary>Entity extraction is linear in the text and fast.</summary>
[Collection(TimingCollection.Name)]
public class EntitySpeedTests
{
    private readonly ITestOutputHelper _output;

    public EntitySpeedTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_long_article_is_extracted_in_linear_time_with_every_mention()
    {
        var text = new StringBuilder("Putin seeks energy deals\n\n");
        var body = string.Join(" ", Repo.SeedText.Split('\n').Skip(3));
        for (int i = 0; i < 200; i++) text.Append(body).Append('\n');
        var document = ArticleParser.Parse("speed.txt", text.ToString());
        var entities = EntityExtractor.Extract(document, Glossary.Empty);
        Assert.Contains(entities, x => x.Name == "Vladimir Putin" && x.Mentions.Count >= 400);

        // Linear: twice the text costs about twice the time (a quadratic step would cost four times).
        var half = ArticleParser.Parse("half.txt", text.ToString(0, text.Length / 2));
        var (whole, halved) = ProcessorTime.BestSecondsPerCall(() => EntityExtractor.Extract(document, Glossary.Empty), () => EntityExtractor.Extract(half, Glossary.Empty));
        _output.WriteLine($"whole {whole * 1000:F1} ms, half {halved * 1000:F1} ms");
        Assert.True(whole < halved * 3.5, $"whole {whole * 1000:F1} ms against half {halved * 1000:F1} ms");
    }

    [Fact]
    public void Entities_of_the_own_corpus_are_found_at_a_rate_near_counting_its_words()
    {
        var documents = new List<ArticleDocument>();
        var texts = new List<string>();
        foreach (var article in Corpus.Own())
        {
            texts.Add(File.ReadAllText(article.ArticlePath));
            documents.Add(ArticleParser.Parse(article.ArticlePath, texts[^1]));
        }
        int entities = 0, mentions = 0;
        foreach (var d in documents)
        {
            var found = EntityExtractor.Extract(d, Glossary.Empty);
            entities += found.Count;
            mentions += found.Sum(e => e.Mentions.Count);
        }
        long words = 0;
        var (extracting, counting) = ProcessorTime.BestSecondsPerCall(
            () => { foreach (var d in documents) EntityExtractor.Extract(d, Glossary.Empty); },
            () => { words = 0; foreach (var t in texts) words += WordCount.Of(t); });
        double slower = extracting / counting;
        _output.WriteLine($"{entities} entities, {mentions} mentions in {words:N0} words; entities {words / extracting:N0} words/s, counting words {words / counting:N0} words/s: {slower:F0}x slower");

        // The output is there: the gold holds 623 entities in these articles; an extractor that threw, or returned nothing, fails here.
        Assert.True(entities >= 500, $"{entities} entities");
        Assert.True(mentions >= 1000, $"{mentions} mentions");
        // Entities are part of extraction's claimed 1 M words/s, itself about 220x slower than counting words (README,
        // Performance, row 5); the bar is relative, so it says the same on a slow or a loaded machine (WordCount).
        Assert.True(slower <= WordCount.EntitiesMaxSlowdown, $"entity extraction is {slower:F0}x slower than counting words, over {WordCount.EntitiesMaxSlowdown}x");
    }
}
