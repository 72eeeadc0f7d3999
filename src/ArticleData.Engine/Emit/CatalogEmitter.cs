using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;

namespace ArticleData.Engine.Emit;

/// <summary>
/// Writes the project-wide file: <c>Articles.All</c>, <c>Articles.Find(slug)</c>, <c>Articles.Slugs</c>, and the
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
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Slugs => __Records.Value.Slugs;");
        w.Line();
        w.Line("/// <summary>The article with this slug, or null. The first call indexes the slugs; no record is built until one is found.</summary>");
        w.Line($"public static {FileHeader.Nullable(options, Rt + "Article")} Find(string slug) => __Records.Value.Find(slug);");
        w.Line();
        // Records are decoded from each article class's constants, passed as a Type: no per-article method to JIT.
        // The slugs are one constant (slugs are letters, digits and hyphens, so a space separates them), which Find
        // indexes at run time: a generated switch over them cost the compiler a case per article on every build.
        // Internal, not private: the entity catalog reads articles through it.
        w.Open("internal static class __Records");
        w.Line($"internal static readonly {Rt}Internal.GeneratedCatalog Value = new {Rt}Internal.GeneratedCatalog(new global::System.Type[]");
        w.Line("{");
        foreach (var a in articles) w.Line($"    typeof({a.ClassName}),");
        w.Begin().Append("}, ").Literal(string.Join(" ", articles.Select(a => a.Slug))).Append(");").End();
        w.Close();
        w.Line();
        w.Open("private static class __All");
        w.Line($"internal static readonly {Rt}Article[] Value = __Records.Value.GetAll();");
        w.Close();
        w.Close();

        WriteEntityCatalog(w, articles, options, visibility);
        FileHeader.CloseNamespace(w, options);
        return w.ToString();
    }

    /// <summary>
    /// The entity catalog: one property per entity merged across articles (same kind, same name), each a lookup into a
    /// table the runtime builds from one data constant (ArticleData.Internal.GeneratedEntityCatalog): for each entity,
    /// its occurrences as (article index, entity index in that article) pairs.
    /// </summary>
    private static void WriteEntityCatalog(CodeWriter w, List<CatalogEntry> articles, GeneratorOptions options, string visibility)
    {
        var groups = articles
            .SelectMany((a, articleIndex) => a.Entities.Select((e, entityIndex) => (Article: articleIndex, Entity: e, Index: entityIndex)))
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
            // The catalog's getter for each kind is named after its record type.
            string type = ArticleEmitter.EntityType(first.Kind);
            int count = groups[i].Count();
            w.Line($"/// <summary>{Literals.Xml(first.Name)} ({first.Kind}), in {(count == 1 ? "1 article" : count + " articles")}.</summary>");
            w.Line($"public static {Rt}CatalogEntity<{Rt}{type}> {names[i]} => __Table.Value.{type}({Literals.Int(i)});");
        }
        w.Line();
        w.Open("private static class __Table");
        w.Begin().Append($"internal static readonly {Rt}Internal.GeneratedEntityCatalog Value = new {Rt}Internal.GeneratedEntityCatalog(")
            .Append($"{FileHeader.Qualified(options, options.ClassName)}.__Records.Value, {Literals.Int(groups.Count)}, ")
            .Literal(ArticleDataEncoder.Occurrences(groups.Select(g => g.Select(x => (x.Article, x.Index)))))
            .Append(");").End();
        w.Close();
        w.Close();
    }
}
