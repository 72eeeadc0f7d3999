using System.Net;
using System.Text.RegularExpressions;
using ArticleData.Web;
using Xunit;

namespace ArticleData.Tests.Web;

/// <summary>The web sample's highlighting and backlinks on hand-built records, whatever the extractors find today.</summary>
public sealed class WebRenderingTests
{
    private static Article Build(string slug, string title, string paragraph, Entity[] entities, Claim[] claims) =>
        new(slug, title, "", $"articles/{slug}.txt", paragraph, paragraph,
            new[] { new Paragraph(0, 0, paragraph.Length, 0, paragraph.Length, 3, 1) }, entities, claims, ArticleMetadata.Empty);

    private static SourceSpan Body(int offset, int length) => new(TextPart.Body, 0, offset, length, 3, offset + 1);

    private static Person Quint(params int[] offsets) =>
        new("Mara Quint", null, new[] { "Quint" }, new[] { "Mayor" }, System.Array.ConvertAll(offsets, o => new Mention(Body(o, 10))));

    // The first sentence is [0, 45), the second mention starts at 46.
    private const string Opening = "Mara Quint said the <old> bridge will reopen. Mara Quint & co. cheered.";

    private static Article Opened() => Build("opening", "Opening", Opening, new Entity[] { Quint(0, 46) },
        new[] { new Claim("opening-1", Body(0, 45), ClaimKind.Statement, new Attribution("Mara Quint", 0, "said"), Certainty.Hedged, "will", new Quantity[0], new[] { 0 }) });

    [Fact]
    public void Claims_and_mentions_are_highlighted_and_the_text_encoded()
    {
        var article = Opened();

        string html = TextHighlighter.Render(article, TextPart.Body, 0, new EntityIndex(new[] { article }));

        Assert.Equal(
            "<span class=\"claim hedged\" id=\"claim-opening-1\" title=\"Attributed to Mara Quint, hedged (&quot;will&quot;)\">"
            + "<a class=\"entity person\" href=\"/entities/person/mara-quint\" title=\"Mara Quint (person)\">Mara Quint</a>"
            + " said the &lt;old&gt; bridge will reopen.</span> "
            + "<a class=\"entity person\" href=\"/entities/person/mara-quint\" title=\"Mara Quint (person)\">Mara Quint</a> &amp; co. cheered.",
            html);
    }

    [Fact]
    public void A_mention_straddling_a_claims_edge_is_dropped_and_the_text_kept_whole()
    {
        var place = new Place("Bridge Will", null, new string[0], new string[0], new[] { new Mention(Body(37, 11)) });
        var article = Build("edge", "Edge", Opening, new Entity[] { place },
            new[] { new Claim("edge-1", Body(0, 45), ClaimKind.Event, null, Certainty.Asserted, null, new Quantity[0], new int[0]) });

        string html = TextHighlighter.Render(article, TextPart.Body, 0, new EntityIndex(new[] { article }));

        Assert.DoesNotContain("entity", html);
        Assert.Equal(Opening, WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", "")));
    }

    [Fact]
    public void Entity_page_links_back_to_every_article_that_mentions_it_with_its_claims()
    {
        var first = Opened();
        var second = Build("later", "Later <news>", "Reporters asked Mara Quint again.", new Entity[] { Quint(16) }, new Claim[0]);
        var index = new EntityIndex(new[] { first, second });

        var group = Assert.Single(index.All);
        Assert.Same(group, index.Find("person", "mara-quint"));
        string html = EntityPage.Render(group);

        Assert.Contains("<h2>Mentioned in 2 articles</h2>", html);
        Assert.Contains("<a href=\"/articles/opening\">Opening</a> <span class=\"counts\">2 mentions</span>", html);
        Assert.Contains("<a href=\"/articles/later\">Later &lt;news&gt;</a> <span class=\"counts\">1 mention</span>", html);
        Assert.Contains("<a href=\"/articles/opening#claim-opening-1\">Mara Quint said the &lt;old&gt; bridge will reopen.</a>", html);
        Assert.Contains("Roles: Mayor", html);
    }

    [Theory]
    [InlineData("Xi Jinping", "xi-jinping")]
    [InlineData("  U.S. Department of State ", "u-s-department-of-state")]
    [InlineData("Zürich", "zürich")]
    public void Entity_keys_are_url_friendly(string name, string key) => Assert.Equal(key, EntityIndex.KeyOf(name));
}
