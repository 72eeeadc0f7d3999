using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ArticleData.Web;

/// <summary>The page shell every page shares, and the one HTML encoder all text goes through.</summary>
public static class Layout
{
    // Every Unicode range allowed: curly quotes and accents stay readable, while < > & ' " are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text (or an attribute value) made safe to put into HTML.</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A whole page; <paramref name="jsonLd"/>, when given, goes into the head as the page's structured data.</summary>
    public static string Page(string title, string body, string? jsonLd = null)
    {
        var html = new StringBuilder(body.Length + (jsonLd?.Length ?? 0) + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(title)).Append(" · ArticleData</title>\n");
        // As it is, not HTML-encoded: script content is not decoded, and Article.JsonLd escapes '<', '>' and '&' itself.
        if (jsonLd != null) html.Append("<script type=\"application/ld+json\">").Append(jsonLd).Append("</script>\n");
        html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<nav><a href=\"/\">ArticleData sample</a></nav>\n<main>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string NotFound(string message) =>
        Page("Not found", "<h1>Not found</h1>\n<p>" + Encode(message) + " <a href=\"/\">Back to the index</a>.</p>\n");

    public static string ArticleHref(string slug) => "/articles/" + UrlEncoder.Default.Encode(slug);

    private const string Style = """
        body{font:17px/1.55 Georgia,serif;margin:0;color:#222;background:#fdfcf8}
        nav{padding:.6em 1.2em;background:#23395b}nav a{color:#fff;text-decoration:none;font-family:sans-serif}
        main{max-width:46em;margin:1.5em auto;padding:0 1em}
        h1{line-height:1.2}.standfirst{font-size:1.15em;color:#555}
        .meta,.counts{font:14px sans-serif;color:#777}
        a.entity{text-decoration:none;border-bottom:2px solid;color:inherit}
        a.entity.person{border-color:#c0392b}a.entity.place{border-color:#27ae60}
        a.entity.organization{border-color:#2980b9}a.entity.other{border-color:#8e44ad}
        span.claim{background:#fff3bf}span.claim.hedged{background:#ffe3e3}
        ul.articles li{margin-bottom:1em}.legend span,.legend a{margin-right:1em}
        """;
}
