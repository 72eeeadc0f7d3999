using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleData.Tests.Infrastructure;

namespace ArticleData.Tests.Quality;

/// <summary>A gold entity, in the shape of ../shared/corpora/gum-news/gold: name, kind, aliases, optional.</summary>
public sealed record GoldEntity(string Name, string Kind, IReadOnlyList<string> Aliases, bool Optional);

/// <summary>A gold claim: a verbatim key of its sentence, its source (or null), whether it is hedged, whether optional.</summary>
public sealed record GoldClaim(string Key, string? Attribution, IReadOnlyList<string> AttributionAliases, bool? Hedged, bool Optional);

/// <summary>An annotated article: where its text is and what the gold says is in it.</summary>
public sealed record AnnotatedArticle(string Name, string ArticlePath, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldClaim> Claims, bool ClaimsPartial);

/// <summary>
/// The project's own annotated corpus (tests/ArticleData.Tests/Corpus: articles/NAME.txt with gold/NAME.json, plus the
/// seed, whose gold is gold/putin-seeks-energy-deals-in-beijing.json), and, where ../shared is present, gum-news.
/// </summary>
public static class Corpus
{
    public static string Directory => Repo.Path("tests", "ArticleData.Tests", "Corpus");

    public static IReadOnlyList<AnnotatedArticle> Own()
    {
        var list = new List<AnnotatedArticle>();
        foreach (var gold in System.IO.Directory.GetFiles(Path.Combine(Directory, "gold"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(gold);
            string article = Path.Combine(Directory, "articles", name + ".txt");
            if (!File.Exists(article)) article = Repo.Path("seeds", name + ".txt");
            list.Add(Load(name, article, gold));
        }
        return list;
    }

    /// <summary>gum-news from ../shared (see <see cref="Gum"/>).</summary>
    public static IReadOnlyList<AnnotatedArticle> GumNews() => Gum("gum-news");

    /// <summary>
    /// A corpus of ../shared/corpora (gum-news, gum-train, gum-dev). Where ../shared is absent: an empty list on a
    /// developer's machine, a failure under CI (<see cref="Repo.SharedFolder"/>). A corpus folder with no gold fails anywhere.
    /// </summary>
    public static IReadOnlyList<AnnotatedArticle> Gum(string set)
    {
        string? root = Repo.SharedFolder("corpora", set);
        if (root is null) return Array.Empty<AnnotatedArticle>();
        var articles = System.IO.Directory.GetFiles(Path.Combine(root, "gold"), "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(g => Load(Path.GetFileNameWithoutExtension(g), Path.Combine(root, "articles", Path.GetFileNameWithoutExtension(g) + ".txt"), g))
            .ToList();
        if (articles.Count == 0) throw new InvalidDataException($"{root} holds no gold files");
        return articles;
    }

    private static AnnotatedArticle Load(string name, string articlePath, string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        var entities = new List<GoldEntity>();
        if (root.TryGetProperty("entities", out var es))
        {
            foreach (var e in es.EnumerateArray())
            {
                entities.Add(new GoldEntity(e.GetProperty("name").GetString()!, e.GetProperty("kind").GetString()!,
                    Strings(e, "aliases"), e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True));
            }
        }
        var claims = new List<GoldClaim>();
        if (root.TryGetProperty("claims", out var cs))
        {
            foreach (var c in cs.EnumerateArray())
            {
                string? attribution = c.TryGetProperty("attribution", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                bool? hedged = c.TryGetProperty("hedged", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False ? h.GetBoolean() : null;
                claims.Add(new GoldClaim(c.GetProperty("key").GetString()!, attribution, Strings(c, "attribution_aliases"), hedged,
                    c.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True));
            }
        }
        bool partial = root.TryGetProperty("claims_partial", out var p) && p.ValueKind == JsonValueKind.True;
        return new AnnotatedArticle(name, articlePath, entities, claims, partial);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : Array.Empty<string>();
}
