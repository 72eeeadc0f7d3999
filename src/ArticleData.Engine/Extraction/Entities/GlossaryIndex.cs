using System;
using System.Collections.Generic;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// The user's declarations for one article: the front matter's <c>entities:</c> first, then the project glossary.
/// A declared name (or alias) is always found, with the declared kind and canonical name; a suppressed one never is.
/// </summary>
internal sealed class GlossaryIndex
{
    private readonly Dictionary<string, KnownEntity> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity> _folded = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _suppressed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    public static GlossaryIndex Empty { get; } = new(Array.Empty<GlossaryEntry>());

    public GlossaryIndex(IEnumerable<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Suppress)
            {
                _suppressed.Add(NameKey.Of(entry.Name));
                foreach (var alias in entry.Aliases) _suppressed.Add(NameKey.Of(alias));
                continue;
            }
            var known = new KnownEntity(entry.Name, entry.Kind, entry.Type);
            Add(entry.Name, known);
            foreach (var alias in entry.Aliases) Add(alias, known);
        }
    }

    public static GlossaryIndex For(ArticleDocument document, Glossary glossary)
    {
        if (document.FrontMatter.Entities.IsEmpty && glossary.Entries.IsEmpty) return Empty;
        var all = new List<GlossaryEntry>(document.FrontMatter.Entities);
        all.AddRange(glossary.Entries);
        return new GlossaryIndex(all);
    }

    public bool IsEmpty => _names.Count == 0 && _suppressed.Count == 0;

    /// <summary>The most words a declared name has.</summary>
    public int MaxWords { get; private set; }

    public bool TryName(string surface, bool ignoreCase, out KnownEntity entity) =>
        ignoreCase ? _folded.TryGetValue(surface, out entity!) : _names.TryGetValue(surface, out entity!);

    /// <summary>Whether a declared name starts with this word (declared names may start in lower case: "eurozone").</summary>
    public bool MayStartAt(string word) => _firstWords.Contains(word);

    public bool IsSuppressed(string key) => _suppressed.Contains(key);

    private void Add(string surface, KnownEntity known)
    {
        if (surface.Length == 0 || _names.ContainsKey(surface)) return;
        _names[surface] = known;
        if (!_folded.ContainsKey(surface)) _folded[surface] = known;
        int space = surface.IndexOf(' ');
        _firstWords.Add(space < 0 ? surface : surface.Substring(0, space));
        int words = 1;
        foreach (char c in surface) if (c == ' ') words++;
        if (words > MaxWords) MaxWords = words;
    }
}
