using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;

namespace ArticleData.Engine.Emit;

/// <summary>Articles that share one generated file, and which file they are.</summary>
public sealed record ArticleFileGroup(int Index, EquatableArray<ArticleUnit> Units);

/// <summary>
/// How articles map to generated files. Up to <see cref="PerArticleLimit"/> articles, one file each: an edit re-emits
/// one small file. Above it, articles share files, about <see cref="ArticlesPerGroup"/> to a file, grouped by a hash of
/// the slug so that adding or editing an article touches one group. Why: the compiler checks every file a generator
/// adds against every file added before it (a linear scan per file, in Roslyn 4.x and 5.9), so a run that merely
/// replays 10,000 cached files spent 480 ms there; thousands of generated files also weigh on the IDE
/// (dotnet/runtime#68353); and each file declares the catalog class once more, which costs the compiler per member
/// (see <see cref="Emit"/>).
/// </summary>
public static class ArticleFiles
{
    public const int PerArticleLimit = 100;
    public const int ArticlesPerGroup = 16;

    /// <summary>0 for one file per article; otherwise how many group files (a power of two, so it changes rarely as articles come and go).</summary>
    public static int Groups(int articles)
    {
        if (articles <= PerArticleLimit) return 0;
        int groups = 1;
        while (groups * ArticlesPerGroup < articles) groups <<= 1;
        return groups;
    }

    /// <summary>The articles without a file of their own, in group files in file order; none in a project of fewer articles.</summary>
    public static IReadOnlyList<ArticleFileGroup> Group(IEnumerable<ArticleUnit> units)
    {
        var shared = units.Where(u => u.Assignment.Generate && !u.Assignment.OwnFile).ToList();
        int groups = Groups(shared.Count);
        if (groups == 0) return Array.Empty<ArticleFileGroup>();
        var byGroup = shared
            .GroupBy(u => Bucket(u.Assignment.Slug, groups))
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Assignment.Slug, StringComparer.Ordinal).ToArray());
        // One entry per group index, empty ones included: Roslyn compares a step's outputs by position, so a stable
        // position per group keeps every untouched group cached.
        var result = new ArticleFileGroup[groups];
        for (int g = 0; g < groups; g++)
        {
            result[g] = new ArticleFileGroup(g, new EquatableArray<ArticleUnit>(byGroup.TryGetValue(g, out var members) ? members : Array.Empty<ArticleUnit>()));
        }
        return result;
    }

    /// <summary>Which of <paramref name="buckets"/> group files holds a slug: FNV-1a over its UTF-16 code units, so the same slug lands in the same file on every run and machine.</summary>
    private static int Bucket(string slug, int buckets)
    {
        uint hash = 2166136261;
        foreach (char c in slug)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return (int)(hash % (uint)buckets);
    }

    public static string HintName(ArticleFileGroup group) => "ArticleData.ArticleGroup" + group.Index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>
    /// The group's article classes, as <see cref="ArticleEmitter"/> writes each, inside one declaration of the catalog
    /// class: every partial declaration of a type costs the compiler for each of its members, so a file per article
    /// (a thousand declarations of Articles) compiled about a tenth slower than one declaration per group.
    /// </summary>
    public static string Emit(ArticleFileGroup group, GeneratorOptions options)
    {
        int capacity = 0;
        foreach (var unit in group.Units) capacity += ArticleEmitter.Capacity(unit, options);
        var w = new CodeWriter(capacity);
        ArticleEmitter.OpenCatalog(w, options, quietMissingDocs: group.Units.Any(u => !ArticleEmitter.Documented(u, options)));
        foreach (var unit in group.Units) ArticleEmitter.WriteClass(w, unit, options);
        ArticleEmitter.CloseCatalog(w, options);
        return w.ToString();
    }
}
