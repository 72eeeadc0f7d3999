using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ArticleData.Tests.Infrastructure;
using Xunit;
using CliProgram = ArticleData.Cli.Program;

namespace ArticleData.Tests.JsonLd;

/// <summary>
/// Each article's schema.org JSON-LD: from the generated member (<c>Articles.X.JsonLd</c>), the record
/// (<c>Article.JsonLd</c>) and <c>articledata export --format jsonld</c>, all the same bytes; valid JSON with the
/// article's headline, entities and claims; safe inside a script element whatever the article says.
/// </summary>
public class JsonLdTests
{
    private static string JsonLdOf(Assembly assembly, string className) =>
        (string)assembly.GetType("TestProject.Articles+" + className)!.GetProperty("JsonLd")!.GetValue(null)!;

    private static Assembly Build(params TestFile[] files)
    {
        var result = GeneratorHarness.Run(files);
        Assert.Empty(result.Errors);
        return GeneratorHarness.Load(result.Compilation);
    }

    private static readonly Lazy<string> SeedJsonLd = new(() =>
        JsonLdOf(Build(new TestFile(Repo.SeedFile, Repo.SeedText)), "PutinSeeksEnergyDealsInBeijing"));

    [Fact]
    public void The_seeds_JSON_LD_is_a_schema_org_NewsArticle_with_its_headline_and_standfirst()
    {
        using var json = JsonDocument.Parse(SeedJsonLd.Value);
        var root = json.RootElement;
        var lines = Repo.SeedText.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(lines[0], root.GetProperty("headline").GetString());
        Assert.Equal(lines[1], root.GetProperty("description").GetString());
    }

    [Fact]
    public void The_seeds_mentions_hold_Vladimir_Putin_as_a_Person_and_Beijing_as_a_Place()
    {
        using var json = JsonDocument.Parse(SeedJsonLd.Value);
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray()
            .Select(m => (Type: m.GetProperty("@type").GetString(), Name: m.GetProperty("name").GetString())).ToList();
        Assert.Contains(("Person", "Vladimir Putin"), mentions);
        Assert.Contains(("Place", "Beijing"), mentions);
        Assert.Contains(("Organization", "Kremlin"), mentions);
        Assert.Contains(("Thing", "Power of Siberia 2"), mentions);
        // Only schema.org types, one entry per entity, and no identifier ArticleData does not know.
        Assert.All(mentions, m => Assert.Contains(m.Type, new[] { "Person", "Place", "Organization", "Thing" }));
        Assert.Equal(13, mentions.Count);
        Assert.DoesNotContain("sameAs", SeedJsonLd.Value);
    }

    [Fact]
    public void The_seeds_claims_are_schema_org_Claims_with_their_text_and_the_named_source_as_author()
    {
        var assembly = Build(new TestFile(Repo.SeedFile, Repo.SeedText));
        var record = (Article)assembly.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing")!.GetProperty("Article")!.GetValue(null)!;
        using var json = JsonDocument.Parse(record.JsonLd);

        var parts = json.RootElement.GetProperty("hasPart").EnumerateArray().ToList();
        Assert.Equal(record.Claims.Count, parts.Count);
        for (int i = 0; i < parts.Count; i++)
        {
            Assert.Equal("Claim", parts[i].GetProperty("@type").GetString());
            Assert.Equal(record.Claims[i].Text, parts[i].GetProperty("text").GetString());
            var source = record.Claims[i].Attribution?.Entity;
            Assert.Equal(source?.Name, parts[i].TryGetProperty("author", out var author) ? author.GetProperty("name").GetString() : null);
        }
    }

    [Fact]
    public void A_claim_whose_attribution_names_an_entity_has_that_entity_as_author()
    {
        var assembly = Build(new TestFile("articles/bridge.txt",
            "Bridge to reopen\n\nThe Harbour Bridge will reopen in May, Mayor Maria Lopez said on Tuesday. Critics said the repairs were late.\n"));
        using var json = JsonDocument.Parse(JsonLdOf(assembly, "Bridge"));

        var claim = Assert.Single(json.RootElement.GetProperty("hasPart").EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains("will reopen"));
        var author = claim.GetProperty("author");
        Assert.Equal(("Person", "Maria Lopez"), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        // "Critics" names no entity: no author rather than a made-up one.
        var critics = Assert.Single(json.RootElement.GetProperty("hasPart").EnumerateArray(), p => p.GetProperty("text").GetString()!.StartsWith("Critics"));
        Assert.False(critics.TryGetProperty("author", out _));
    }

    [Fact]
    public void The_generated_member_the_record_and_the_CLI_give_the_same_bytes_every_time()
    {
        var assembly = Build(new TestFile(Repo.SeedFile, Repo.SeedText));
        var record = (Article)assembly.GetType("TestProject.Articles")!.GetMethod("Find")!.Invoke(null, new object[] { "putin-seeks-energy-deals-in-beijing" })!;
        var output = new StringWriter();
        Assert.Equal(0, CliProgram.Run(new[] { "export", Repo.Path(Repo.SeedFile), "--format", "jsonld", "--quiet" }, output, new StringWriter()));

        Assert.Equal(SeedJsonLd.Value, record.JsonLd);
        Assert.Equal(SeedJsonLd.Value + "\n", output.ToString());
        Assert.Equal(SeedJsonLd.Value, JsonLdOf(Build(new TestFile(Repo.SeedFile, Repo.SeedText)), "PutinSeeksEnergyDealsInBeijing"));
    }

    [Fact]
    public void Front_matter_gives_the_type_date_language_authors_and_keywords()
    {
        var assembly = Build(new TestFile("articles/opinion.md",
            "---\ntitle: Bridges matter\ntype: OpinionNewsArticle\ndate: 2024-05-01\nlanguage: en-GB\nauthors:\n  - Maria Lopez\n  - Sam Okafor\ntags: [transport, cities]\n---\nThe mayor said the bridge would reopen.\n"));
        using var json = JsonDocument.Parse(JsonLdOf(assembly, "Opinion"));
        var root = json.RootElement;

        Assert.Equal("OpinionNewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("2024-05-01", root.GetProperty("datePublished").GetString());
        Assert.Equal("en-GB", root.GetProperty("inLanguage").GetString());
        Assert.Equal(new[] { "Maria Lopez", "Sam Okafor" }, root.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.All(root.GetProperty("author").EnumerateArray(), a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal(new[] { "transport", "cities" }, root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.False(root.TryGetProperty("description", out _)); // no standfirst, no description
    }

    [Fact]
    public void A_front_matter_type_that_is_no_type_name_falls_back_to_NewsArticle()
    {
        var assembly = Build(new TestFile("articles/odd.md", "---\ntitle: Odd\ntype: \"News\\\", \\\"x\"\n---\nBody.\n"));
        using var json = JsonDocument.Parse(JsonLdOf(assembly, "Odd"));
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void A_hostile_article_cannot_break_out_of_the_script_element_and_its_text_survives_the_round_trip()
    {
        const string headline = "Mayor says </script><script>alert(1)</script> & <!-- is fine";
        const string standfirst = "Line\u2028separator and\u2029paragraph separator, a \"quote\", a \\ and a tab\there";
        const string author = "</SCRIPT>Eve";
        var assembly = Build(new TestFile("articles/hostile.md",
            $"---\ntitle: '{headline}'\nstandfirst: '{standfirst}'\nauthor: '{author}'\ntags: [\"<b>\", \"a\u2028b\"]\n---\nMaria Lopez said \"</script>\" was harmless.\n"));
        string jsonLd = JsonLdOf(assembly, "Hostile");

        // Nothing an HTML parser or an old JavaScript parser would take for the end of the element or of a line.
        Assert.DoesNotContain("<", jsonLd);
        Assert.DoesNotContain(">", jsonLd);
        Assert.DoesNotContain("\u2028", jsonLd);
        Assert.DoesNotContain("\u2029", jsonLd);
        Assert.DoesNotContain("\n", jsonLd);
        Assert.Contains("\\u003c/script\\u003e", jsonLd);
        Assert.Contains("\\u2028", jsonLd);
        Assert.Contains("\\u2029", jsonLd);

        using var json = JsonDocument.Parse(jsonLd);
        var root = json.RootElement;
        Assert.Equal(headline, root.GetProperty("headline").GetString());
        Assert.Equal(standfirst, root.GetProperty("description").GetString());
        Assert.Equal(author, root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal(new[] { "<b>", "a\u2028b" }, root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void An_article_whose_slug_reads_json_ld_still_compiles()
    {
        // A member may not share its class's name (CS0542): the article class takes another name.
        var assembly = Build(new TestFile("articles/json-ld.txt", "JSON-LD explained\n\nBody.\n"));
        var record = (Article)assembly.GetType("TestProject.Articles")!.GetMethod("Find")!.Invoke(null, new object[] { "json-ld" })!;
        Assert.Equal("JSON-LD explained", JsonDocument.Parse(record.JsonLd).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void The_constant_knob_writes_each_articles_JSON_LD_as_a_const_with_the_records_bytes()
    {
        var files = Directory.GetFiles(Repo.Path("tests", "ArticleData.Tests", "Corpus", "articles")).Append(Repo.Path(Repo.SeedFile))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestFile("articles/" + Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        var constant = GeneratorHarness.Run(files, new System.Collections.Generic.Dictionary<string, string> { ["ArticleDataJsonLd"] = "constant" });
        Assert.Empty(constant.Errors);
        Assert.Empty(constant.GeneratorDiagnostics);
        var catalog = GeneratorHarness.Load(constant.Compilation).GetType("TestProject.Articles")!;

        int checkedArticles = 0;
        foreach (var type in catalog.GetNestedTypes().Where(t => t.GetField("Slug") is not null))
        {
            var field = type.GetField("JsonLd");
            Assert.True(field is { IsLiteral: true }, type.Name + ".JsonLd is no const");
            var record = (Article)type.GetProperty("Article")!.GetValue(null)!;
            Assert.Equal(record.JsonLd, (string)field!.GetRawConstantValue()!);
            checkedArticles++;
        }
        Assert.Equal(files.Length, checkedArticles);
    }

    [Fact]
    public void Every_corpus_article_gives_valid_JSON_LD()
    {
        var files = Directory.GetFiles(Repo.Path("tests", "ArticleData.Tests", "Corpus", "articles"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestFile("articles/" + Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        var assembly = Build(files);
        var all = (System.Collections.Generic.IReadOnlyList<Article>)assembly.GetType("TestProject.Articles")!.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(files.Length, all.Count);
        foreach (var article in all)
        {
            using var json = JsonDocument.Parse(article.JsonLd);
            Assert.Equal(article.Title, json.RootElement.GetProperty("headline").GetString());
            Assert.Equal(article.Entities.Count, json.RootElement.TryGetProperty("mentions", out var m) ? m.GetArrayLength() : 0);
        }
    }
}
