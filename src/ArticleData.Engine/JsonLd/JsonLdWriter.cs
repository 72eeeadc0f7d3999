using System.Collections.Generic;
using System.Text;

namespace ArticleData.Engine.JsonLd;

// Compiled into the runtime assembly too (see JsonLdArticle.cs).

/// <summary>
/// Writes an article's schema.org JSON-LD on one line: NewsArticle (or the front matter's type) with headline,
/// description, datePublished, inLanguage, author, keywords, the named entities as <c>mentions</c> and the claims as
/// <c>Claim</c> parts. Keys in a fixed order and no culture-dependent formatting, so the same article gives the same
/// bytes. No <c>sameAs</c> yet: entities carry no identifier to here (the gazetteer keeps GeoNames ids for cities,
/// <c>Gazetteer.TryGeoNamesId</c>, not yet passed on), and a guessed URL would be worse than none.
/// </summary>
internal static class JsonLdWriter
{
    public const string DefaultType = "NewsArticle";

    public static string Write(JsonLdArticle article)
    {
        var json = new StringBuilder(512 + article.Headline.Length + article.Description.Length + article.Claims.Count * 160);
        json.Append("{\"@context\":\"https://schema.org\",\"@type\":");
        JsonText.String(json, ValidType(article.Type) ?? DefaultType);
        Property(json, "headline", article.Headline);
        if (article.Description.Length > 0) Property(json, "description", article.Description);
        if (article.DatePublished != null) Property(json, "datePublished", article.DatePublished);
        if (article.Language != null) Property(json, "inLanguage", article.Language);
        if (article.Authors.Count > 0)
        {
            json.Append(",\"author\":[");
            for (int i = 0; i < article.Authors.Count; i++)
            {
                if (i > 0) json.Append(',');
                Thing(json, "Person", article.Authors[i]);
            }
            json.Append(']');
        }
        if (article.Keywords.Count > 0)
        {
            json.Append(",\"keywords\":[");
            for (int i = 0; i < article.Keywords.Count; i++)
            {
                if (i > 0) json.Append(',');
                JsonText.String(json, article.Keywords[i]);
            }
            json.Append(']');
        }
        if (article.Mentions.Count > 0)
        {
            json.Append(",\"mentions\":[");
            for (int i = 0; i < article.Mentions.Count; i++)
            {
                if (i > 0) json.Append(',');
                Thing(json, article.Mentions[i].Type, article.Mentions[i].Name);
            }
            json.Append(']');
        }
        if (article.Claims.Count > 0)
        {
            // A Claim is a CreativeWork, so the article's claims are parts of it.
            json.Append(",\"hasPart\":[");
            for (int i = 0; i < article.Claims.Count; i++)
            {
                if (i > 0) json.Append(',');
                var claim = article.Claims[i];
                json.Append("{\"@type\":\"Claim\"");
                Property(json, "text", claim.Text);
                if (claim.Author != null)
                {
                    json.Append(",\"author\":");
                    Thing(json, claim.Author.Type, claim.Author.Name);
                }
                json.Append('}');
            }
            json.Append(']');
        }
        json.Append('}');
        return json.ToString();
    }

    /// <summary>The schema.org type for an entity kind's name: Person, Place and Organization are schema.org's own; Other is Thing.</summary>
    public static string SchemaType(string kind) =>
        kind == "Person" || kind == "Place" || kind == "Organization" ? kind : "Thing";

    /// <summary>A front-matter type taken only when it looks like a schema.org type name (a letter, then letters and digits).</summary>
    private static string? ValidType(string? type)
    {
        if (type == null) return null;
        type = type.Trim();
        if (type.Length == 0 || type.Length > 64 || !IsAsciiLetter(type[0])) return null;
        foreach (char c in type)
        {
            if (!IsAsciiLetter(c) && (c < '0' || c > '9')) return null;
        }
        return type;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static void Property(StringBuilder json, string name, string value)
    {
        json.Append(",\"").Append(name).Append("\":");
        JsonText.String(json, value);
    }

    private static void Thing(StringBuilder json, string type, string name)
    {
        json.Append("{\"@type\":");
        JsonText.String(json, type);
        Property(json, "name", name);
        json.Append('}');
    }

    /// <summary>Front matter's type key, looked up case-insensitively among the keys the parser kept as extra.</summary>
    public static string? TypeFrom(IEnumerable<KeyValuePair<string, string>> extra)
    {
        foreach (var pair in extra)
        {
            if (string.Equals(pair.Key, "type", System.StringComparison.OrdinalIgnoreCase)) return pair.Value;
        }
        return null;
    }
}
