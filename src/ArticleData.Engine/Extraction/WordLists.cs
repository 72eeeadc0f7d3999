using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace ArticleData.Engine.Extraction;

/// <summary>
/// The lexicon: the closed word lists both extractors read, embedded as data files (Lexicon/*.txt, one word or phrase a
/// line; Lexicon/*.tsv, a word a row with the lists it is also in), each list written once. Every list is read once per
/// process, into the static field that holds it; lookups are hash-set hits. A list that is missing or empty throws: it
/// is a build mistake, not an article's.
/// </summary>
internal static class WordLists
{
    private const string Prefix = "ArticleData.Lexicon.";

    private static readonly ConcurrentDictionary<string, bool> ReadFiles = new(StringComparer.Ordinal);

    /// <summary>
    /// The list files read so far in this process ("titles.txt", "months.tsv"), each with whether a reader ignores case:
    /// what the lexicon tests check every file against (each one read, none with a word twice).
    /// </summary>
    internal static IReadOnlyDictionary<string, bool> Read => ReadFiles;

    private static readonly ConcurrentDictionary<string, bool> ReadTags = new(StringComparer.Ordinal);

    /// <summary>The narrower lists of the tables read so far ("reporting-verbs.tsv weak").</summary>
    internal static ICollection<string> TagsRead => ReadTags.Keys;

    /// <summary>Lexicon/<paramref name="name"/>.txt, compared in exact case.</summary>
    public static HashSet<string> Exact(string name) => Filled(name + ".txt", Words(name), StringComparer.Ordinal);

    /// <summary>Lexicon/<paramref name="name"/>.txt, compared ignoring case.</summary>
    public static HashSet<string> Folded(string name) => Filled(name + ".txt", Words(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>The entries of Lexicon/<paramref name="name"/>.txt in file order.</summary>
    public static IEnumerable<string> Words(string name)
    {
        ReadFiles.TryAdd(name + ".txt", false);
        foreach (string line in EmbeddedText.Lines(Prefix + name + ".txt")) yield return line.Trim();
    }

    /// <summary>
    /// The words (first column) of the table Lexicon/<paramref name="name"/>.tsv: all of them, or those whose second column
    /// lists <paramref name="tag"/>, with the words of Lexicon/<paramref name="and"/>.txt when given (a narrower list's
    /// words the table does not hold).
    /// </summary>
    public static HashSet<string> Tagged(string name, string? tag, bool ignoreCase = true, string? and = null)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        if (tag is null) ReadFiles[name + ".tsv"] = ignoreCase; // the table's own case: what "no word twice" is checked in
        else ReadTags[name + ".tsv " + tag] = true;
        var words = TaggedWords(name, tag);
        return and is null ? Filled(name + ".tsv", words, comparer) : Filled(and + ".txt", System.Linq.Enumerable.Concat(words, Words(and)), comparer);
    }

    private static IEnumerable<string> TaggedWords(string name, string? tag)
    {
        foreach (var row in Table(name))
        {
            if (tag is null) { yield return row[0].Trim(); continue; }
            foreach (string t in EmbeddedText.List(row, 1))
            {
                if (t == tag) { yield return row[0].Trim(); break; }
            }
        }
    }

    /// <summary>The rows of the table Lexicon/<paramref name="name"/>.tsv after its header.</summary>
    public static IEnumerable<string[]> Table(string name)
    {
        ReadFiles.TryAdd(name + ".tsv", false);
        return EmbeddedText.Rows(Prefix + name + ".tsv");
    }

    private static HashSet<string> Filled(string file, IEnumerable<string> words, StringComparer comparer)
    {
        if (comparer == StringComparer.OrdinalIgnoreCase && file.EndsWith(".txt", StringComparison.Ordinal)) ReadFiles[file] = true;
        var set = new HashSet<string>(words, comparer);
        if (set.Count == 0) throw new InvalidDataException("The word list Lexicon/" + file + " is missing from the engine or empty.");
        return set;
    }
}
