using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleData.Web;

/// <summary>The front page: every article, then every entity with the number of articles that mention it.</summary>
public static class IndexPage
{
    public static string Render(IReadOnlyList<Article> articles, EntityIndex entities)
    {
        var html = new StringBuilder();
        html.Append("<h1>Articles</h1>\n<ul class=\"articles\">\n");
        foreach (var a in articles)
        {
            html.Append("<li><a href=\"").Append(Layout.Encode(Layout.ArticleHref(a.Slug))).Append("\">")
                .Append(Layout.Encode(a.Title)).Append("</a>");
            if (a.Standfirst.Length > 0) html.Append("<br><span class=\"standfirst\">").Append(Layout.Encode(a.Standfirst)).Append("</span>");
            html.Append("<br><span class=\"counts\">").Append(Counts(a)).Append("</span></li>\n");
        }
        html.Append("</ul>\n");

        var groups = entities.All.ToList();
        html.Append("<h2>Entities</h2>\n");
        if (groups.Count == 0) html.Append("<p class=\"meta\">No entities were extracted.</p>\n");
        foreach (var byKind in groups.GroupBy(g => g.Kind))
        {
            html.Append("<h3>").Append(byKind.Key).Append("</h3>\n<ul class=\"entities\">\n");
            foreach (var g in byKind)
            {
                html.Append("<li><a href=\"").Append(Layout.Encode(g.Href)).Append("\">").Append(Layout.Encode(g.Name))
                    .Append("</a> <span class=\"counts\">").Append(g.Occurrences.Count).Append(g.Occurrences.Count == 1 ? " article" : " articles")
                    .Append("</span></li>\n");
            }
            html.Append("</ul>\n");
        }
        return Layout.Page("Articles", html.ToString());
    }

    public static string Counts(Article a) =>
        $"{a.Paragraphs.Count} paragraphs · {a.Entities.Count} entities · {a.Claims.Count} claims";
}
