using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace ArticleData.Tests.Quality;

/// <summary>Entity quality over annotated corpora, scored with the rules of ../shared/tools/score.py (ported in <see cref="EntityScorer"/>).</summary>
public class EntityQualityTests
{
    private readonly ITestOutputHelper _output;

    public EntityQualityTests(ITestOutputHelper output) => _output = output;

    internal static List<(AnnotatedArticle Article, EntityScore Score)> ScoreAll(IReadOnlyList<AnnotatedArticle> corpus)
    {
        var scores = new List<(AnnotatedArticle, EntityScore)>();
        foreach (var article in corpus)
        {
            var document = ArticleParser.Parse(article.ArticlePath, File.ReadAllText(article.ArticlePath));
            var entities = EntityExtractor.Extract(document, Glossary.Empty);
            scores.Add((article, EntityScorer.Score(article.Entities, entities.Select(PredictedEntity.From).ToList())));
        }
        return scores;
    }

    private EntityScore Total(List<(AnnotatedArticle Article, EntityScore Score)> scores, string label)
    {
        var total = new EntityScore();
        foreach (var (_, s) in scores) total.Add(s);
        _output.WriteLine($"{label}: {scores.Count} articles");
        _output.WriteLine(total.Report());
        _output.WriteLine("missed: " + string.Join("; ", total.Missed));
        _output.WriteLine("false: " + string.Join("; ", total.False));
        _output.WriteLine("unmerged: " + string.Join("; ", total.Unmerged));
        return total;
    }

    [Fact]
    public void Own_corpus_reaches_typed_F1_of_at_least_0_90()
    {
        var corpus = Corpus.Own();
        Assert.True(corpus.Count >= 26, $"the corpus has {corpus.Count} annotated articles");
        var total = Total(ScoreAll(corpus), "own corpus");
        Assert.True(total.Typed.F1 >= 0.90, $"typed F1 {total.Typed.F1:F3} is below 0.90\n{total.Report()}");
    }

    [Fact]
    public void Gum_news_reaches_typed_F1_of_at_least_0_80_or_without_it_no_own_article_falls_apart()
    {
        var gum = Corpus.GumNews();
        if (gum.Count == 0)
        {
            // No ../shared on this machine (under CI, Corpus.Gum fails instead): the bar cannot be measured, so check
            // instead that quality is even across the own corpus.
            foreach (var (article, score) in ScoreAll(Corpus.Own()))
            {
                Assert.True(score.Typed.F1 >= 0.70, $"{article.Name}: typed F1 {score.Typed.F1:F3}\n{score.Report()}");
            }
            return;
        }
        var total = Total(ScoreAll(gum), "gum-news");
        // Issue 3's bar for real news. Since issue 15 gum-news is training data of the name tagger (and the rules' development
        // data before that), so this bar guards against collapse only; generalisation is the gum-dev test below.
        Assert.True(total.Typed.F1 >= 0.80, $"typed F1 {total.Typed.F1:F3} is below 0.80\n{total.Report()}");
    }

    [Fact]
    public void Gum_dev_which_nothing_was_trained_on_reaches_typed_F1_of_at_least_0_70()
    {
        var dev = Corpus.Gum("gum-dev");
        if (dev.Count == 0) return; // no ../shared on this machine (under CI, Corpus.Gum fails instead)
        var total = Total(ScoreAll(dev), "gum-dev");
        // Rules alone scored 0.647 here; rules with the tagger 0.723 (README, Extraction quality). gum-dev chose between
        // designs, so it is not blind, but no weight was trained on it.
        Assert.True(total.Typed.F1 >= 0.70, $"typed F1 {total.Typed.F1:F3} is below 0.70\n{total.Report()}");
    }

    [Fact]
    public void Scorer_counts_an_unmerged_alias_and_a_wrong_kind_as_false_positives_like_score_py()
    {
        var gold = new[]
        {
            new GoldEntity("Vladimir Putin", "Person", new[] { "Putin" }, false),
            new GoldEntity("Russia", "Place", new[] { "Russian" }, false),
            new GoldEntity("Kremlin", "Organization", new string[0], false),
            new GoldEntity("Siberia", "Place", new string[0], true),
        };
        var predicted = new[]
        {
            new PredictedEntity("Vladimir Putin", "Person", new[] { "Putin" }, new[] { "Putin’s" }),
            new PredictedEntity("Putin", "Person", new string[0], new[] { "Putin" }),       // unmerged alias
            new PredictedEntity("the Kremlin", "Place", new string[0], new[] { "Kremlin" }), // wrong kind
            new PredictedEntity("Siberia", "Place", new string[0], new[] { "Siberia" }),     // optional: costs nothing
            new PredictedEntity("Ukraine", "Place", new[] { "Ukrainian" }, new[] { "Ukrainian" }), // demonym only: costs nothing
        };

        var score = EntityScorer.Score(gold, predicted);

        Assert.Equal(3, score.Gold);
        Assert.Equal(1, score.Tp);
        Assert.Equal(2, score.Fp);
        Assert.Equal(2, score.TpAny);
        Assert.Equal(1, score.FpAny);
        Assert.Equal(new[] { "Putin (Person)" }, score.Unmerged);
        Assert.Contains("Russia (Place)", score.Missed);
        Assert.Equal("putin", EntityScorer.Norm("The Putin’s"));
    }
}
