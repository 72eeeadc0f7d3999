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
