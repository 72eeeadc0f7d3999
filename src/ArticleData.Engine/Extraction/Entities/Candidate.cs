using System;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>How strongly the text around a name points at each kind: summed over an entity's mentions.</summary>
internal struct KindEvidence
{
    public int Person;
    public int Place;
    public int Organization;
    public int Other;

    public void Add(EntityKind kind, int weight)
    {
        switch (kind)
        {
            case EntityKind.Person: Person += weight; break;
            case EntityKind.Place: Place += weight; break;
            case EntityKind.Organization: Organization += weight; break;
            default: Other += weight; break;
        }
    }

    public void Add(KindEvidence other)
    {
        Person += other.Person;
        Place += other.Place;
        Organization += other.Organization;
        Other += other.Other;
    }

    /// <summary>The kind with the most evidence, or null when there is none.</summary>
    public EntityKind? Best
    {
        get
        {
            int best = 0;
            EntityKind? kind = null;
            if (Person > best) { best = Person; kind = EntityKind.Person; }
            if (Organization > best) { best = Organization; kind = EntityKind.Organization; }
            if (Place > best) { best = Place; kind = EntityKind.Place; }
            if (Other > best) { kind = EntityKind.Other; }
            return kind;
        }
    }
}

/// <summary>One mention of a would-be entity, as the finder saw it: where, what, and the cues around it.</summary>
internal sealed class Candidate
{
    public Candidate(int block, int start, int length, string surface, string[] words)
    {
        Block = block;
        Start = start;
        Length = length;
        Surface = surface;
        Words = words;
        Key = NameKey.Of(surface);
    }

    /// <summary>The block's position in reading order (headline 0, standfirst, paragraphs).</summary>
    public int Block { get; }
    public int Start { get; }
    public int Length { get; }

    /// <summary>The name as written, possessive and titles left out.</summary>
    public string Surface { get; }

    /// <summary>Its words, for surname, prefix and acronym matching.</summary>
    public string[] Words { get; }

    /// <summary>The surface folded for comparison: case, full stops and apostrophes ignored.</summary>
    public string Key { get; }

    /// <summary>The glossary's or gazetteer's entry this surface names, if any.</summary>
    public KnownEntity? Known { get; set; }

    /// <summary>True when the user's glossary declared it: nothing overrides it.</summary>
    public bool Declared { get; set; }

    /// <summary>A demonym or adjectival form standing for its country ("Russian").</summary>
    public bool IsDemonym { get; set; }

    /// <summary>A capitalised word that may only be capitalised because it starts a sentence: kept only if it joins a surer entity.</summary>
    public bool Weak { get; set; }

    /// <summary>A sentence-initial word listed with a known name ("Qorvane, Microsoft and Sony"): a name by the company it keeps.</summary>
    public bool Listed { get; set; }

    public KindEvidence Evidence;

    /// <summary>A finer type read from the name's head or a noun after it ("Company", "pipeline"), and the kind it belongs to.</summary>
    public string? Type { get; private set; }

    public EntityKind TypeKind { get; private set; }

    public void SetType(EntityKind kind, string type, bool replace = false)
    {
        if (Type is not null && !replace) return;
        Type = type;
        TypeKind = kind;
    }

    /// <summary>A role the text gives with this mention ("Russian President").</summary>
    public string? Role { get; set; }

    /// <summary>For an acronym defined in brackets right after a name, that name's candidate.</summary>
    public Candidate? DefinedBy { get; set; }

    /// <summary>For a place named inside a longer name ("Leeds" of "University of Leeds"), that name's candidate.</summary>
    public Candidate? NestedIn { get; set; }

    /// <summary>The group the resolver put it in.</summary>
    public EntityGroup? Group { get; set; }

    public bool IsAcronym => Words.Length == 1 && Surface.Length >= 2 && Surface.Length <= 7 && char.IsUpper(Surface[0]) && UpperCount(Surface) >= 2;

    private static int UpperCount(string s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsUpper(c)) n++;
        return n;
    }

    public override string ToString() => Surface;
}

/// <summary>The comparison form of a name: lower case, no full stops, straight apostrophes, single spaces, no leading "the".</summary>
internal static class NameKey
{
    [System.ThreadStatic]
    private static char[]? _buffer;

    public static string Of(string surface)
    {
        var chars = _buffer is { } held && held.Length >= surface.Length ? held : _buffer = new char[Math.Max(64, surface.Length)];
        int n = 0;
        bool space = false;
        foreach (char raw in surface)
        {
            char c = raw == '’' || raw == '‘' ? '\'' : raw;
            if (c == '.') continue;
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space) { chars[n++] = ' '; space = false; }
            chars[n++] = char.ToLowerInvariant(c);
        }
        // A leading "the " is left out of the key ("the Kremlin" is "kremlin").
        int from = n > 4 && chars[0] == 't' && chars[1] == 'h' && chars[2] == 'e' && chars[3] == ' ' ? 4 : 0;
        return new string(chars, from, n - from);
    }
}
