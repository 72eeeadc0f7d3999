using System.Linq;
using System.Text;

namespace ArticleData.Web;

/// <summary>One entity across articles: its names and roles, and a backlink to every article that mentions it.</summary>
public static class EntityPage
{
    public static string Render(EntityGroup entity)
    {
        var first = entity.Occurrences[0];
        var html = new StringBuilder();
        html.Append("<h1>").Append(Layout.Encode(entity.Name)).Append("</h1>\n<p class=\"meta\">")
            .Append(Layout.Encode(entity.Kind + (first.Type is null ? "" : " · " + first.Type))).Append("</p>\n");
        var aliases = entity.Occurrences.SelectMany(e => e.Aliases).Distinct().ToList();
        var roles = entity.Occurrences.SelectMany(e => e.Roles).Distinct().ToList();
        if (aliases.Count > 0) html.Append("<p>Also written: ").Append(Layout.Encode(string.Join(", ", aliases))).Append("</p>\n");
        if (roles.Count > 0) html.Append("<p>Roles: ").Append(Layout.Encode(string.Join("; ", roles))).Append("</p>\n");

        html.Append("<h2>Mentioned in ").Append(entity.Occurrences.Count).Append(entity.Occurrences.Count == 1 ? " article" : " articles").Append("</h2>\n<ul class=\"backlinks\">\n");
        foreach (var occurrence in entity.Occurrences)
        {
            var article = occurrence.Article;
            html.Append("<li><a href=\"").Append(Layout.Encode(Layout.ArticleHref(article.Slug))).Append("\">").Append(Layout.Encode(article.Title))
                .Append("</a> <span class=\"counts\">").Append(occurrence.Mentions.Count).Append(occurrence.Mentions.Count == 1 ? " mention" : " mentions").Append("</span>");
            if (occurrence.Claims.Count > 0)
            {
                html.Append("\n<ul class=\"claims\">\n");
                foreach (var c in occurrence.Claims)
                {
                    html.Append("<li><a href=\"").Append(Layout.Encode(Layout.ArticleHref(article.Slug) + "#claim-" + c.Id)).Append("\">")
                        .Append(Layout.Encode(c.Text)).Append("</a></li>\n");
                }
                html.Append("</ul>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
        return Layout.Page(entity.Name, html.ToString());
    }
}
