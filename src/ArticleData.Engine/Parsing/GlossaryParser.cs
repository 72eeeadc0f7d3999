using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Parsing;

/// <summary>
/// Reads glossary entries, one per line, in the same form in an &lt;ArticleGlossary&gt; file and in front-matter
/// <c>entities:</c> items:
/// <code>
/// Person: Vladimir Putin | Putin | Mr Putin      declare an entity: kind, name, aliases
/// Place/City: Springfield                        kind/type
/// ignore: Despite                                never report this name as an entity
/// # a comment
/// </code>
/// </summary>
public static class GlossaryParser
{
    /// <summary>Parses a glossary file; a bad line gets a located diagnostic and the others still count.</summary>
    public static (EquatableArray<GlossaryEntry> Entries, EquatableArray<ArticleDiagnostic> Diagnostics) ParseFile(string path, string text)
    {
        var entries = new List<GlossaryEntry>();
        var diagnostics = new List<ArticleDiagnostic>();
        foreach (var line in SourceLines.Split(text))
        {
            string trimmed = line.Text.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            var (entry, error) = ParseEntry(trimmed);
            if (entry is not null) entries.Add(entry);
            else diagnostics.Add(Invalid(path, line.Number, line.Text.IndexOf(trimmed[0]) + 1, trimmed.Length, error!));
        }
        return (entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    public static ArticleDiagnostic Invalid(string path, int line, int column, int length, string error) =>
        new(DiagnosticIds.InvalidGlossaryEntry,
            $"Glossary entry ignored: {error}. Write 'Kind: Name | alias | …' (Kind is Person, Place, Organization or Other, optionally Kind/Type) or 'ignore: Name'.",
            path, line, column, length);

    /// <summary>Parses one entry; returns the entry, or null and what is wrong with it.</summary>
    public static (GlossaryEntry? Entry, string? Error) ParseEntry(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0) return (null, $"'{Shorten(text)}' has no 'Kind:' prefix");
        string head = text.Substring(0, colon).Trim();
        var names = text.Substring(colon + 1).Split('|').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0) return (null, $"'{Shorten(text)}' names no entity");

        if (head.Equals("ignore", StringComparison.OrdinalIgnoreCase) || head.Equals("suppress", StringComparison.OrdinalIgnoreCase))
        {
            return (new GlossaryEntry(names[0], EntityKind.Other, null, names.Skip(1).ToEquatableArray(), Suppress: true), null);
        }

        string kindText = head;
        string? type = null;
        int slash = head.IndexOf('/');
        if (slash >= 0)
        {
            kindText = head.Substring(0, slash).Trim();
            type = head.Substring(slash + 1).Trim();
            if (type.Length == 0) return (null, $"'{head}' has an empty type after '/'");
        }
        if (!TryParseKind(kindText, out var kind)) return (null, $"'{kindText}' is not a kind");
        return (new GlossaryEntry(names[0], kind, type, names.Skip(1).ToEquatableArray(), Suppress: false), null);
    }

    public static bool TryParseKind(string text, out EntityKind kind)
    {
        switch (text.ToLowerInvariant())
        {
            case "person": kind = EntityKind.Person; return true;
            case "place": kind = EntityKind.Place; return true;
            case "organization":
            case "organisation": kind = EntityKind.Organization; return true;
            case "other": kind = EntityKind.Other; return true;
            default: kind = EntityKind.Other; return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
