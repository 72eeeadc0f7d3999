using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleData.Engine.Emit;

/// <summary>Turns slugs and names into C# identifiers, and keeps identifiers unique within a scope.</summary>
public static class Identifiers
{
    /// <summary>Names a generated type may not take: members of object (hiding them warns) and the catalog's own members.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "All", "Find", "Slugs",
        "Slug", "Title", "Standfirst", "SourcePath", "Body", "SourceBody", "Article", "JsonLd", "Entities", "Claims",
    };

    /// <summary>"putin-seeks-energy" → "PutinSeeksEnergy"; null when nothing of it can be an identifier.</summary>
    public static string? FromWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool startOfWord = true;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                startOfWord = true;
            }
        }
        if (builder.Length == 0) return null;
        if (char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>
    /// Gives each name a unique identifier, in the given order: the first keeps its plain form, later ones with the
    /// same form get 2, 3…; names listed in <paramref name="taken"/> and reserved names are avoided too.
    /// <paramref name="comparer"/> says when two names are the same (ordinal unless given).
    /// </summary>
    public static string[] Unique(IReadOnlyList<string> identifiers, IEnumerable<string>? taken = null, IEqualityComparer<string>? comparer = null)
    {
        var used = new HashSet<string>(Reserved, comparer ?? StringComparer.Ordinal);
        if (taken != null) used.UnionWith(taken);
        var result = new string[identifiers.Count];
        for (int i = 0; i < identifiers.Count; i++)
        {
            string candidate = identifiers[i];
            for (int n = 2; !used.Add(candidate); n++) candidate = identifiers[i] + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[i] = candidate;
        }
        return result;
    }

    /// <summary>True for a dotted namespace whose every part is a C# identifier.</summary>
    public static bool IsNamespace(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (!IsIdentifier(part)) return false;
        }
        return true;
    }

    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_')) return false;
        foreach (char c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        }
        return !Keywords.Contains(text);
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };
}

/// <summary>The member names of an article's entities, shared by the article's file and the entity catalog.</summary>
public static class EntityIdentifiers
{
    public static string[] For(ArticleData.Engine.Model.EquatableArray<ArticleData.Engine.Model.EntityInfo> entities)
    {
        var plain = new List<string>(entities.Count);
        foreach (var e in entities) plain.Add(Identifiers.FromWords(e.Name) ?? "Entity");
        return Identifiers.Unique(plain);
    }
}
