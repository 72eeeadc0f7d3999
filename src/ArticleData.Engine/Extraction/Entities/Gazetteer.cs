using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>A known name: the canonical form it resolves to, its kind and finer type.</summary>
internal sealed record KnownEntity(string Name, EntityKind Kind, string? Type)
{
    /// <summary>The name's comparison form (<see cref="NameKey"/>), made once with the entry.</summary>
    public string Key { get; } = NameKey.Of(Name);

    /// <summary>The place's GeoNames id (geonameid) where the entry came from GeoNames (cities); 0 otherwise.</summary>
    public int GeoNamesId { get; init; }
}

/// <summary>
/// The embedded gazetteer (Gazetteer/*.tsv): countries with demonyms and alternative names, cities (from GeoNames, with
/// their ids), regions, organisations, and common given names. Loaded once, lazily, on first use; lookups are dictionary hits.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, KnownEntity> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity> _folded = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownEntity> _demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _foldedFirstWords = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Default => Instance.Value;

    /// <summary>The most words any name or demonym has: how far a lookup needs to look ahead.</summary>
    public int MaxWords { get; private set; } = 1;

    /// <summary>How many names, aliases and demonyms it knows.</summary>
    public int Count => _names.Count + _demonyms.Count;

    public bool TryName(string surface, out KnownEntity entity) => _names.TryGetValue(surface, out entity!);

    /// <summary>A name written in capitals ("LONDON", "ST. LOUIS"), looked up without case.</summary>
    public bool TryNameIgnoringCase(string surface, out KnownEntity entity) => _folded.TryGetValue(surface, out entity!);

    /// <summary>A demonym or adjectival form ("Russian", "Filipinos", "South Korean") → its country.</summary>
    public bool TryDemonym(string surface, out KnownEntity country) => _demonyms.TryGetValue(surface, out country!);

    public bool IsGivenName(string word) => _givenNames.Contains(word);

    /// <summary>
    /// The GeoNames id of the place a name or alias stands for ("Köln" and "Cologne" → 2886242), for a later schema.org
    /// <c>sameAs</c> (<see cref="GeoNamesUri"/>); false for names the gazetteer does not know or that carry no id.
    /// </summary>
    public bool TryGeoNamesId(string surface, out int id)
    {
        id = _names.TryGetValue(surface, out var entity) ? entity.GeoNamesId : 0;
        return id > 0;
    }

    /// <summary>The GeoNames URI of an id, as linked data names the place: https://sws.geonames.org/ID/.</summary>
    public static string GeoNamesUri(int id) => "https://sws.geonames.org/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";

    /// <summary>Whether some name or demonym of several words starts with this word (worth a longer lookup).</summary>
    public bool StartsLongerName(string word) => _firstWords.ContainsKey(word);

    /// <summary>The most words of a name or demonym starting with <paramref name="word"/> (case ignored for a word in capitals); 1 when none is longer.</summary>
    public int LongestNameFrom(string word, bool ignoreCase) =>
        (ignoreCase ? _foldedFirstWords : _firstWords).TryGetValue(word, out int words) ? words : 1;

    /// <summary>
    /// Loads the embedded lists. A damaged resource throws: every article then gets ART015 (names not extracted) rather
    /// than quietly weaker names.
    /// </summary>
    private static Gazetteer Load()
    {
        var g = new Gazetteer();
        foreach (var row in Rows("countries"))
        {
            var country = new KnownEntity(row[0], EntityKind.Place, Field(row, 1) ?? "Country");
            g.Add(row[0], country);
            foreach (var alias in List(row, 3)) g.Add(alias, country);
            foreach (var demonym in List(row, 2)) g.AddDemonym(demonym, country);
        }
        foreach (var row in Rows("regions"))
        {
            var region = new KnownEntity(row[0], EntityKind.Place, Field(row, 1) ?? "Region");
            g.Add(row[0], region);
            foreach (var alias in List(row, 3)) g.Add(alias, region);
            foreach (var demonym in List(row, 4)) g.AddDemonym(demonym, region);
        }
        foreach (var row in Rows("cities"))
        {
            // Generated from GeoNames (tools/gazetteer): name, geonameid, country code, population, aliases.
            var city = new KnownEntity(row[0], EntityKind.Place, "City") { GeoNamesId = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture) };
            g.Add(row[0], city);
            foreach (var alias in List(row, 4)) g.Add(alias, city);
        }
        foreach (var row in Rows("organizations"))
        {
            var org = new KnownEntity(row[0], EntityKind.Organization, Field(row, 1));
            g.Add(row[0], org);
            foreach (var alias in List(row, 2)) g.Add(alias, org);
        }
        foreach (var row in Rows("given-names")) g._givenNames.Add(row[0]);
        return g;
    }

    private void Add(string surface, KnownEntity entity)
    {
        if (surface.Length == 0 || _names.ContainsKey(surface)) return; // the first file to name it wins: countries, regions, cities, organisations
        _names[surface] = entity;
        if (!_folded.ContainsKey(surface)) _folded[surface] = entity;
        NoteWords(surface);
    }

    private void AddDemonym(string demonym, KnownEntity country)
    {
        if (demonym.Length == 0 || _demonyms.ContainsKey(demonym)) return;
        _demonyms[demonym] = country;
        NoteWords(demonym);
    }

    private void NoteWords(string surface)
    {
        // Words as the tokenizer will see them: "AT&T" is two ("AT", "&", "T"), "Ernst & Young" two.
        int words = 1, firstEnd = -1;
        for (int i = 0; i < surface.Length; i++)
        {
            char c = surface[i];
            if (c != ' ' && c != '&' && c != '/' && c != '+') continue;
            if (firstEnd < 0) firstEnd = i;
            if (c == ' ' ? i + 1 < surface.Length && surface[i + 1] != '&' : i + 1 < surface.Length && surface[i + 1] != ' ') words++;
        }
        if (firstEnd < 0) return;
        if (words > MaxWords) MaxWords = words;
        string first = surface.Substring(0, firstEnd);
        if (!_firstWords.TryGetValue(first, out int most) || most < words) _firstWords[first] = words;
        if (!_foldedFirstWords.TryGetValue(first, out most) || most < words) _foldedFirstWords[first] = words;
    }

    private static IEnumerable<string[]> Rows(string file) => EmbeddedText.Rows("ArticleData.Gazetteer." + file + ".tsv");

    private static string? Field(string[] row, int index) => EmbeddedText.Field(row, index);

    private static IEnumerable<string> List(string[] row, int index) => EmbeddedText.List(row, index);
}
