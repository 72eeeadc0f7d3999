using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleData.Engine.Model;

namespace ArticleData.Benchmarks.Infrastructure;

// What a user who did not want generated code would ship instead: the same data (text, paragraphs, entities with
// mentions, claims with quantities) as one JSON resource, read with System.Text.Json source generation.

public sealed record JsonSpan(int Part, int Paragraph, int Offset, int Length, int Line, int Column);

public sealed record JsonParagraph(int Index, int Offset, int Length, int Line, int Column);

public sealed record JsonEntity(string Name, string Kind, string? Type, string[] Aliases, string[] Roles, JsonSpan[] Mentions);

public sealed record JsonQuantity(string Kind, JsonSpan Span, double? Value, string? Unit);

public sealed record JsonClaim(string Id, JsonSpan Span, string Kind, string? Source, int Entity, string? Verb, string Certainty,
    string? HedgeCue, JsonQuantity[] Quantities, int[] Entities);

public sealed record JsonArticle(string Slug, string Title, string Standfirst, string SourcePath, string Body,
    JsonParagraph[] Paragraphs, JsonEntity[] Entities, JsonClaim[] Claims);

[JsonSerializable(typeof(JsonArticle[]))]
public sealed partial class JsonArticlesContext : JsonSerializerContext
{
}

/// <summary>Converts extracted articles to the JSON alternative, and reads it back.</summary>
public static class JsonArticles
{
    public const string ResourceName = "articles.json";

    public static byte[] Serialize(IEnumerable<(string Slug, string SourcePath, ArticleModel Model)> articles) =>
        JsonSerializer.SerializeToUtf8Bytes(articles.Select(a => From(a.Slug, a.SourcePath, a.Model)).ToArray(), JsonArticlesContext.Default.JsonArticleArray);

    public static JsonArticle[] Deserialize(System.IO.Stream stream) =>
        JsonSerializer.Deserialize(stream, JsonArticlesContext.Default.JsonArticleArray) ?? System.Array.Empty<JsonArticle>();

    private static JsonArticle From(string slug, string sourcePath, ArticleModel model)
    {
        var doc = model.Document;
        int offset = 0;
        var paragraphs = new List<JsonParagraph>();
        foreach (var p in doc.Paragraphs)
        {
            var (line, column) = p.Locate(0);
            paragraphs.Add(new JsonParagraph(p.Index, offset, p.Text.Length, line, column));
            offset += p.Text.Length + 2;
        }
        return new JsonArticle(slug, doc.Title.Text, doc.Standfirst?.Text ?? "", sourcePath,
            string.Join("\n\n", doc.Paragraphs.Select(p => p.Text)),
            paragraphs.ToArray(),
            model.Entities.Select(e => new JsonEntity(e.Name, e.Kind.ToString(), e.Type, e.Aliases.ToArray(), e.Roles.ToArray(),
                e.Mentions.Select(m => Span(m.Span)).ToArray())).ToArray(),
            model.Claims.Select(c => new JsonClaim(c.Id, Span(c.Span), c.Kind.ToString(), c.Attribution?.Source, c.Attribution?.Entity ?? -1,
                c.Attribution?.Verb, c.Certainty.ToString(), c.HedgeCue,
                c.Quantities.Select(q => new JsonQuantity(q.Kind.ToString(), Span(q.Span), q.Value, q.Unit)).ToArray(),
                c.Entities.ToArray())).ToArray());
    }

    private static JsonSpan Span(SpanInfo s) => new((int)s.Part, s.Paragraph, s.Offset, s.Length, s.Line, s.Column);
}
