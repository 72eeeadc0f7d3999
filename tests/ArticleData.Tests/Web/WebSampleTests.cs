using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using ArticleData.Tests.Infrastructure;
using ArticleData.Web;
using Xunit;
using WebArticles = ArticleData.Web.Articles;

namespace ArticleData.Tests.Web;

/// <summary>The web sample, running, checked over HTTP against the articles it was generated from.</summary>
public sealed class WebSampleTests : IClassFixture<WebSampleServer>
{
    private readonly WebSampleServer _server;

    public WebSampleTests(WebSampleServer server) => _server = server;

    private (HttpStatusCode Status, string Html) Get(string path)
    {
        var response = _server.Client.GetAsync(path).GetAwaiter().GetResult();
        return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }

    /// <summary>What a reader sees: tags removed, entities decoded.</summary>
    private static string VisibleText(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", ""));

    [Fact]
    public void Index_links_every_article_with_its_encoded_headline()
    {
        var (status, html) = Get("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, WebArticles.All.Count);
        foreach (var article in WebArticles.All)
            Assert.Contains($"<a href=\"/articles/{article.Slug}\">{Layout.Encode(article.Title)}</a>", html);
        Assert.Contains(Repo.SeedText.Split('\n')[0].TrimEnd('\r'), html);
        Assert.Contains("Tolls &amp; trams: Saltmarsh Bridge reopens in Kestrel Bay", html);
    }

    [Fact]
    public void Seed_page_shows_headline_standfirst_and_every_paragraph()
    {
        var (status, html) = Get("/articles/putin-seeks-energy-deals-in-beijing");

        Assert.Equal(HttpStatusCode.OK, status);
        string text = VisibleText(html);
        var lines = Repo.SeedText.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains(lines[0], text);
        Assert.Contains(lines[1], text);
        foreach (var paragraph in lines.Skip(3).Where(l => l.Length > 0)) Assert.Contains(paragraph, text);
    }

    [Fact]
    public void Article_text_is_html_encoded()
    {
        var (_, html) = Get("/articles/river-festival-returns");

        Assert.Contains("&lt;TBC&gt;", html);
        Assert.DoesNotContain("<TBC>", html);
        Assert.Contains("\"<TBC>\"", VisibleText(html));
    }

    [Fact]
    public void Markdown_article_shows_its_front_matter()
    {
        var (_, html) = Get("/articles/saltmarsh-bridge-reopens");

        Assert.Contains("14 March 2025 · by Ines Roberge · #transport #kestrel-bay", VisibleText(html));
    }

    [Fact]
    public void Every_entity_on_the_index_has_a_page_linking_back_to_each_article_that_mentions_it()
    {
        var index = new EntityIndex(WebArticles.All);
        string front = Get("/").Html;
        foreach (var entity in index.All)
        {
            Assert.Contains($"<a href=\"{Layout.Encode(entity.Href)}\">{Layout.Encode(entity.Name)}</a>", front);
            var (status, html) = Get(entity.Href);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains($"<h2>Mentioned in {entity.Occurrences.Count} article", html);
            foreach (var occurrence in entity.Occurrences)
                Assert.Contains($"<a href=\"/articles/{occurrence.Article.Slug}\">", html);
        }
    }

    /// <summary>The JSON-LD script elements of a page's head.</summary>
    internal static string[] JsonLdScripts(string html)
    {
        string head = html.Substring(0, html.IndexOf("</head>", System.StringComparison.Ordinal));
        return Regex.Matches(head, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public void Every_article_page_carries_its_JSON_LD_in_the_head()
    {
        foreach (var article in WebArticles.All)
        {
            var (_, html) = Get(Layout.ArticleHref(article.Slug));
            string script = Assert.Single(JsonLdScripts(html));

            Assert.Equal(article.JsonLd, script);
            using var json = System.Text.Json.JsonDocument.Parse(script);
            var root = json.RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
            Assert.Equal(article.Title, root.GetProperty("headline").GetString());
            Assert.Equal(article.Entities.Count, root.TryGetProperty("mentions", out var mentions) ? mentions.GetArrayLength() : 0);
            Assert.Equal(article.Claims.Count, root.TryGetProperty("hasPart", out var claims) ? claims.GetArrayLength() : 0);
            Assert.All(claims.EnumerateArray(), c => Assert.Equal("Claim", c.GetProperty("@type").GetString()));
        }
    }

    [Fact]
    public void The_JSON_LD_carries_front_matter_and_keeps_markup_in_the_text_escaped()
    {
        using var saltmarsh = System.Text.Json.JsonDocument.Parse(JsonLdScripts(Get("/articles/saltmarsh-bridge-reopens").Html)[0]);
        Assert.Equal("2025-03-14", saltmarsh.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("Ines Roberge", saltmarsh.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal(new[] { "transport", "kestrel-bay" }, saltmarsh.RootElement.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));

        // The festival article says "<TBC>": escaped in the script, whole again once parsed.
        string festival = JsonLdScripts(Get("/articles/river-festival-returns").Html)[0];
        Assert.DoesNotContain("<", festival);
        Assert.Contains("\\u003cTBC\\u003e", festival);
        using var parsed = System.Text.Json.JsonDocument.Parse(festival);
        Assert.Contains(parsed.RootElement.GetProperty("hasPart").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("\"<TBC>\""));
    }

    [Fact]
    public void Index_and_entity_pages_carry_no_article_JSON_LD()
    {
        Assert.Empty(JsonLdScripts(Get("/").Html));
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/entities/person/nobody-at-all")]
    [InlineData("/entities/planet/mars")]
    public void Unknown_pages_are_404(string path)
    {
        var (status, html) = Get(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>Not found</h1>", html);
    }
}
