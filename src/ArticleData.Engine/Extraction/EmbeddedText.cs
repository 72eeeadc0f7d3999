using System.Collections.Generic;
using System.IO;

namespace ArticleData.Engine.Extraction;

/// <summary>
/// Reads the engine's embedded text data (the gazetteer's Gazetteer/*.tsv, the lexicon's Lexicon/*.txt and *.tsv):
/// lines without blanks and <c>#</c> comments, tab-separated rows after a header, <c>|</c>-separated lists in a field.
/// A missing resource reads as empty; the callers decide whether that is an error.
/// </summary>
internal static class EmbeddedText
{
    public static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(resource);
        if (stream is null) yield break;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }

    /// <summary>The tab-separated rows of a table, its first (header) row skipped.</summary>
    public static IEnumerable<string[]> Rows(string resource)
    {
        bool header = true;
        foreach (string line in Lines(resource))
        {
            if (header) { header = false; continue; }
            yield return line.Split('\t');
        }
    }

    public static string? Field(string[] row, int index) => index < row.Length && row[index].Trim().Length > 0 ? row[index].Trim() : null;

    /// <summary>The <c>|</c>-separated parts of a field ("Jan|Sept"), trimmed, none when the field is empty.</summary>
    public static IEnumerable<string> List(string[] row, int index)
    {
        var field = Field(row, index);
        if (field is null) yield break;
        foreach (var part in field.Split('|'))
        {
            var p = part.Trim();
            if (p.Length > 0) yield return p;
        }
    }
}
