extern alias benchmarks;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Engine.Emit;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Engine.Project;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// The generator keeps each extracted article as its encoded data (ExtractedArticle) and decodes the model where it needs
/// it (typed members, JSON-LD, the command line), so decoding must give back the very model extraction made: every
/// entity, mention, claim, attribution and quantity, with its text and its place in the file.
/// </summary>
public class EncodingRoundTripTests
{
    public static IEnumerable<object[]> Corpora() => new[] { new object[] { "own" }, new object[] { "synthetic" } };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Decoding_the_encoded_data_gives_back_the_extracted_model(string corpus)
    {
        var articles = corpus == "own"
            ? Directory.GetFiles(Repo.Path("tests", "ArticleData.Tests", "Corpus", "articles")).Append(Repo.Path(Repo.SeedFile))
                .OrderBy(p => p, System.StringComparer.Ordinal).Select(p => (Path: p, Text: File.ReadAllText(p))).ToList()
            : benchmarks::ArticleData.Benchmarks.Corpus.SyntheticCorpus.Generate(100).Select(a => (Path: "/articles/" + a.FileName, a.Text)).ToList();

        int entities = 0, claims = 0, quantities = 0;
        foreach (var (path, text) in articles)
        {
            var model = ArticleExtractor.Extract(ArticleParser.Parse(path, text), Glossary.Empty, new ExtractionOptions(true, true));
            var decoded = ExtractedArticle.From(new InputFile(InputKind.Article, path, Path.GetFileName(path), null), model).DecodeModel();

            // Part by part first, so a failure names what differs; then the whole record.
            Assert.Equal(model.Entities.Count, decoded.Entities.Count);
            for (int i = 0; i < model.Entities.Count; i++) Assert.Equal(model.Entities[i], decoded.Entities[i]);
            Assert.Equal(model.Claims.Count, decoded.Claims.Count);
            for (int i = 0; i < model.Claims.Count; i++) Assert.Equal(model.Claims[i], decoded.Claims[i]);
            Assert.Equal(model, decoded);

            entities += model.Entities.Count;
            claims += model.Claims.Count;
            quantities += model.Claims.Sum(c => c.Quantities.Count);
        }
        // The corpora exercise what is encoded, not empty models.
        Assert.True(entities > 10 * articles.Count / 2 && claims > articles.Count && quantities > articles.Count / 2,
            $"{entities} entities, {claims} claims, {quantities} quantities in {articles.Count} articles");
    }

    [Fact]
    public void The_extracted_article_keeps_the_counts_and_entity_names_the_catalog_and_remarks_use()
    {
        string text = "Mayor Ada Quint opens the Harbour Bridge\n\nAda Quint said the bridge cost $4.5 million. The city of Norwick paid half.\n";
        var model = ArticleExtractor.Extract(ArticleParser.Parse("/a.txt", text), Glossary.Empty, new ExtractionOptions(true, true));
        var article = ExtractedArticle.From(new InputFile(InputKind.Article, "/a.txt", "a.txt", null), model);

        Assert.Equal(model.Claims.Count, article.ClaimCount);
        Assert.Equal(model.Entities.Select(e => (e.Name, e.Kind)), article.Entities.Select(e => (e.Name, e.Kind)));
        Assert.Contains(article.Entities, e => e.Name == "Ada Quint" && e.Identifier == "AdaQuint");
        Assert.Equal(ArticleDataEncoder.Encode(model), article.Data);
    }
}
