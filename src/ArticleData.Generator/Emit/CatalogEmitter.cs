using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Generator.Model;
using ArticleData.Generator.Pipeline;

namespace ArticleData.Generator.Emit;

/// <summary>
/// Writes the project-wide file: <c>Articles.All</c>, <c>Articles.Find(slug)</c> as a generated switch, and the
/// entity catalog that merges one entity across articles (same kind, same name).
/// </summary>
public static class CatalogEmitter
{
    private const string Rt = "global::ArticleData.";
    public const string HintName = "ArticleData.Catalog.g.cs";

    public static string Emit(IReadOnlyList<CatalogEntry> entries, GeneratorOptions options)
    {
        var articles = entries
            .GroupBy(e => e.ClassName, StringComparer.Ordinal).Select(g => g.First()) // the same file listed twice is one article
            .OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var w = new CodeWriter(2048 + articles.Count * 200);
        FileHeader.Write(w, options);
        FileHeader.OpenNamespace(w, options);
        string visibility = FileHeader.Visibility(options);

        w.Line($"/// <summary>Every article of the project ({articles.Count}), generated at compile time by ArticleData.</summary>");
        w.Open($"{visibility} static partial class {options.ClassName}");
        w.Line("/// <summary>Every article, ordered by slug. Building it builds every article's record.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}Article> All => __All.Value;");
        w.Line();
        w.Line("/// <summary>Every article's slug, ordered.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Slugs => __All.Slugs;");
        w.Line();
        w.Open("private static class __All");
        w.Line($"internal static readonly {Rt}Article[] Value = new {Rt}Article[]");
        w.Line("{");
        foreach (var a in articles) w.Line($"    {a.ClassName}.Article,");
        w.Line("};");
        w.Line("internal static readonly string[] Slugs = new string[]");
        w.Line("{");
        foreach (var a in articles) w.Line($"    {a.ClassName}.Slug,");
        w.Line("};");
        w.Close();
        w.Line();
        w.Line("/// <summary>The article with this slug, or null. A generated switch: nothing is built until an article is found.</summary>");
        w.Open($"public static {FileHeader.Nullable(options, Rt + "Article")} Find(string slug)");
        w.Open("switch (slug)");
        foreach (var a in articles) w.Line($"case {a.ClassName}.Slug: return {a.ClassName}.Article;");
        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Close();

        WriteEntityCatalog(w, articles, options, visibility);
        FileHeader.CloseNamespace(w, options);
        return w.ToString();
    }

    private static void WriteEntityCatalog(CodeWriter w, List<CatalogEntry> articles, GeneratorOptions options, string visibility)
    {
        var groups = articles
            .SelectMany(a => a.Entities.Select(e => (Article: a, Entity: e)))
            .GroupBy(x => (x.Entity.Kind, Key: x.Entity.Name.ToLowerInvariant()))
            .OrderBy(g => g.First().Entity.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
            .ToList();
        // A member may not share its class's name (CS0542), so the catalog class name is taken too.
        var names = Identifiers.Unique(groups.Select(g => Identifiers.FromWords(g.First().Entity.Name) ?? "Entity").ToList(), new[] { options.EntitiesClassName });
        w.Line();
        w.Line($"/// <summary>Every named entity across the project's articles ({groups.Count}), merged by kind and name, with backlinks.</summary>");
        w.Open($"{visibility} static partial class {options.EntitiesClassName}");
        for (int i = 0; i < groups.Count; i++)
        {
            var first = groups[i].First().Entity;
            string type = first.Kind switch
            {
                EntityKind.Person => "Person",
                EntityKind.Place => "Place",
                EntityKind.Organization => "Organization",
                _ => "NamedThing",
            };
            string occurrences = string.Join(", ", groups[i].Select(x => $"{FileHeader.Qualified(options, options.ClassName)}.{x.Article.ClassName}.Entities.{x.Entity.Identifier}"));
            string count = groups[i].Count() == 1 ? "1 article" : groups[i].Count() + " articles";
            w.Line($"/// <summary>{Literals.Xml(first.Name)} ({first.Kind}), in {count}.</summary>");
            w.Line($"public static {Rt}CatalogEntity<{Rt}{type}> {names[i]} => new {Rt}CatalogEntity<{Rt}{type}>({Literals.String(first.Name)}, new {Rt}{type}[] {{ {occurrences} }});");
        }
        w.Close();
    }
}
