using System.Collections.Generic;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>The mentions the resolver has found to be one entity, with what they say about it together.</summary>
internal sealed class EntityGroup
{
    public EntityGroup(string key, int order)
    {
        Key = key;
        Order = order;
    }

    public string Key { get; }

    /// <summary>Position of the first mention among all candidates: entities are listed in order of first mention.</summary>
    public int Order { get; }

    public List<Candidate> Mentions { get; } = new();

    public KnownEntity? Known { get; set; }

    public KindEvidence Evidence;

    /// <summary>The words of its longest form, for surname, prefix and acronym matching.</summary>
    public string[] Words { get; set; } = System.Array.Empty<string>();

    public EntityKind Kind { get; set; }

    /// <summary>The longer entity this one turned out to be a short form of.</summary>
    public EntityGroup? MergedInto { get; set; }

    public EntityGroup Root
    {
        get
        {
            var g = this;
            while (g.MergedInto is not null) g = g.MergedInto;
            return g;
        }
    }

    public bool AllWeak
    {
        get
        {
            foreach (var c in Mentions) if (!c.Weak) return false;
            return true;
        }
    }

    public bool IsAcronym => Mentions.Count > 0 && Words.Length == 1 && Mentions[0].IsAcronym;
}
