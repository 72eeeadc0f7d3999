using System.Linq;
using System.Text;

namespace ArticleData.Web;

/// <summary>One article, its entities and claims highlighted in the text, and a list of its claims below.</summary>
public static class ArticlePage
{
    public static string Render(Article article, EntityIndex entities)
    {
        var html = new StringBuilder();
        html.Append("<article>\n<h1>").Append(TextHighlighter.Render(article, TextPart.Title, 0, entities)).Append("</h1>\n");
        if (article.Standfirst.Length > 0)
            html.Append("<p class=\"standfirst\">").Append(TextHighlighter.Render(article, TextPart.Standfirst, 0, entities)).Append("</p>\n");
        html.Append("<p class=\"meta\">").Append(Meta(article)).Append("</p>\n");
        html.Append("<p class=\"legend meta\"><span class=\"claim\">claim</span><span class=\"claim hedged\">hedged claim</span>")
            .Append("<a class=\"entity person\">person</a><a class=\"entity place\">place</a>")
            .Append("<a class=\"entity organization\">organisation</a><a class=\"entity other\">other</a></p>\n");
        foreach (var p in article.Paragraphs)
            html.Append("<p>").Append(TextHighlighter.Render(article, TextPart.Body, p.Index, entities)).Append("</p>\n");
        html.Append("</article>\n");

        if (article.Claims.Count > 0)
        {
            html.Append("<h2>Claims</h2>\n<ol class=\"claims\">\n");
            foreach (var c in article.Claims)
            {
                html.Append("<li><a href=\"#claim-").Append(Layout.Encode(c.Id)).Append("\">line ").Append(c.Span.Line).Append("</a> ")
                    .Append(Layout.Encode(c.Text)).Append(" <span class=\"meta\">").Append(Layout.Encode(TextHighlighter.Describe(c))).Append("</span></li>\n");
            }
            html.Append("</ol>\n");
        }
        // schema.org NewsArticle for search engines, built by ArticleData from what it extracted at compile time.
        return Layout.Page(article.Title, html.ToString(), article.JsonLd);
    }

    private static string Meta(Article a)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (a.Metadata.Date is { } date) parts.Add(date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        if (a.Metadata.Authors.Count > 0) parts.Add("by " + string.Join(", ", a.Metadata.Authors));
        if (a.Metadata.Tags.Count > 0) parts.Add(string.Join(" ", a.Metadata.Tags.Select(t => "#" + t)));
        parts.Add(IndexPage.Counts(a));
        parts.Add("from " + a.SourcePath);
        return Layout.Encode(string.Join(" · ", parts));
    }
}
