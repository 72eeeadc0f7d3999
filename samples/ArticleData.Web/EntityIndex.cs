using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleData.Web;

/// <summary>One named entity across the articles that mention it: the backlinks of an entity page.</summary>
public sealed class EntityGroup
{
    public EntityGroup(string key, EntityKind kind, string name, IReadOnlyList<Entity> occurrences)
    {
        Key = key;
        Kind = kind;
        Name = name;
        Occurrences = occurrences;
    }

    /// <summary>The URL-safe form of the name.</summary>
    public string Key { get; }
    public EntityKind Kind { get; }
    public string Name { get; }

    /// <summary>The entity as each article has it, in the order of the articles.</summary>
    public IReadOnlyList<Entity> Occurrences { get; }

    public string Href => EntityIndex.Href(Kind, Key);
}

/// <summary>
/// Groups the entities of every article by kind and name, so an entity page can link back to every article that
/// mentions it. Built once at startup from the generated records.
/// </summary>
public sealed class EntityIndex
{
    private readonly Dictionary<(EntityKind, string), EntityGroup> _groups;

    public EntityIndex(IEnumerable<Article> articles)
    {
        _groups = articles
            .SelectMany(a => a.Entities)
            .GroupBy(e => (e.Kind, Key: KeyOf(e.Name)))
            .ToDictionary(g => g.Key, g => new EntityGroup(g.Key.Key, g.Key.Kind, g.First().Name, g.ToList()));
    }

    /// <summary>Every entity, by kind, then by how many articles mention it, then by name.</summary>
    public IEnumerable<EntityGroup> All => _groups.Values
        .OrderBy(g => g.Kind).ThenByDescending(g => g.Occurrences.Count).ThenBy(g => g.Name, System.StringComparer.Ordinal);

    public EntityGroup? Find(string kind, string key) =>
        TryParseKind(kind, out var k) && _groups.TryGetValue((k, key), out var group) ? group : null;

    public EntityGroup? Of(Entity entity) => _groups.TryGetValue((entity.Kind, KeyOf(entity.Name)), out var g) ? g : null;

    public static string Href(EntityKind kind, string key) => $"/entities/{KindSegment(kind)}/{key}";

    public static string KindSegment(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>"Xi Jinping" → "xi-jinping": letters and digits kept, every other run of characters one hyphen.</summary>
    public static string KeyOf(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
            else if (key.Length > 0 && key[key.Length - 1] != '-') key.Append('-');
        }
        return key.ToString().TrimEnd('-');
    }

    private static bool TryParseKind(string segment, out EntityKind kind)
    {
        foreach (EntityKind k in System.Enum.GetValues<EntityKind>())
        {
            if (KindSegment(k) == segment) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}
