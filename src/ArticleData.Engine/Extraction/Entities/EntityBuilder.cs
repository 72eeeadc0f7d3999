using System;
using System.Collections.Generic;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>Turns a resolved group into the model's entity: canonical name, kind, type, aliases, roles and located mentions.</summary>
internal static class EntityBuilder
{
    public static EntityInfo Build(EntityGroup g, List<TextBlock> blocks)
    {
        string name = g.Known?.Name ?? CanonicalName(g);
        var aliases = new List<string>();
        var roles = new List<string>();
        var mentions = new List<MentionInfo>(g.Mentions.Count);
        string? type = g.Known is { } known && known.Kind == g.Kind ? known.Type : null;
        int lastBlock = -1, lastStart = -1;
        foreach (var c in g.Mentions)
        {
            if (c.Block == lastBlock && c.Start == lastStart) continue; // one span, one mention
            lastBlock = c.Block;
            lastStart = c.Start;
            mentions.Add(new MentionInfo(c.Surface, blocks[c.Block].Span(c.Start, c.Length)));
            if (!string.Equals(c.Surface, name, StringComparison.Ordinal) && !aliases.Contains(c.Surface)) aliases.Add(c.Surface);
            if (c.Role is not null && !roles.Contains(c.Role)) roles.Add(c.Role);
            if (c.TypeKind == g.Kind) type ??= c.Type;
        }
        return new EntityInfo(name, g.Kind, type, aliases.ToEquatableArray(), roles.ToEquatableArray(), mentions.ToEquatableArray());
    }

    /// <summary>The fullest proper form the article uses: most words, written in mixed case, first used.</summary>
    private static string CanonicalName(EntityGroup g)
    {
        Candidate? best = null;
        foreach (var c in g.Mentions)
        {
            if (best is null || Better(c, best)) best = c;
        }
        return best!.Surface;
    }

    private static bool Better(Candidate c, Candidate best)
    {
        bool caps = IsAllCaps(c.Surface), bestCaps = IsAllCaps(best.Surface);
        if (caps != bestCaps) return !caps;
        return c.Words.Length > best.Words.Length;
    }

    private static bool IsAllCaps(string s)
    {
        int letters = 0;
        foreach (char ch in s)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letters++;
        }
        return letters > 3;
    }
}
