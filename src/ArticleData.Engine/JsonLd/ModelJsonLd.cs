using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.JsonLd;

/// <summary>An extracted article's JSON-LD, from the engine's model: what <c>articledata export --format jsonld</c> prints.</summary>
public static class ModelJsonLd
{
    public static string Write(ArticleModel model) => JsonLdWriter.Write(From(model));

    internal static JsonLdArticle From(ArticleModel model)
    {
        var doc = model.Document;
        var fm = doc.FrontMatter;
        var mentions = model.Entities.Select(e => new JsonLdThing(e.Kind.ToString(), e.Name)).ToList();
        var claims = model.Claims
            .Select(c => new JsonLdClaim(c.Text, c.Attribution?.Entity is int i ? mentions[i] : null))
            .ToList();
        string? date = fm.Date is { } d ? new System.DateTime(d.Year, d.Month, d.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return new JsonLdArticle(
            JsonLdWriter.TypeFrom(fm.Extra.Select(x => new KeyValuePair<string, string>(x.Key, x.Value))),
            doc.Title.Text, doc.Standfirst?.Text ?? "", date, fm.Language,
            fm.Authors.ToList(), fm.Tags.ToList(), mentions, claims);
    }
}
