using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleData.Generator;

/// <summary>
/// The slugs of one generated catalog class, read from its symbols: every nested class with a <c>const string Slug</c>
/// is an article class. What <see cref="UnknownSlugAnalyzer"/> checks a constant argument of <c>Find</c> against.
/// </summary>
internal sealed class SlugCatalog
{
    /// <summary>At most this many suggestions, and none further than this past the nearest.</summary>
    private const int MaxSuggestions = 3, SuggestionSlack = 2;

    private readonly Dictionary<string, string> _classBySlug;

    /// <summary>A catalog of these slugs, each with its article class's name.</summary>
    internal SlugCatalog(Dictionary<string, string> classBySlug) => _classBySlug = classBySlug;

    public bool IsEmpty => _classBySlug.Count == 0;

    public bool Contains(string slug) => _classBySlug.ContainsKey(slug);

    public static SlugCatalog Read(INamedTypeSymbol catalog)
    {
        var classBySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var nested in catalog.GetTypeMembers())
        {
            foreach (var member in nested.GetMembers("Slug"))
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string slug } && !classBySlug.ContainsKey(slug))
                {
                    classBySlug.Add(slug, nested.Name);
                }
            }
        }
        return new SlugCatalog(classBySlug);
    }

    /// <summary>The slugs nearest to <paramref name="slug"/> by edit distance, nearest first, ties in ordinal order.</summary>
    public IReadOnlyList<(string Slug, string ClassName)> Nearest(string slug)
    {
        var ranked = _classBySlug
            .Select(pair => (pair.Key, pair.Value, Distance: EditDistance.Between(slug, pair.Key)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        int best = ranked[0].Distance;
        return ranked.TakeWhile(x => x.Distance <= best + SuggestionSlack).Take(MaxSuggestions)
            .Select(x => (x.Key, x.Value)).ToList();
    }
}
