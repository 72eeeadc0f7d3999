using System.Text;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// A claim's stable id: "c-" and 10 hex digits of the FNV-1a 64-bit hash of its normalised text (lower case, curly
/// quotes straightened, whitespace collapsed). Independent of the slug and of where the claim stands, so it survives
/// rebuilds, reorderings and re-wrapping; a repeated sentence gets "-2", "-3" in reading order.
/// This file is compiled into the runtime assembly too (linked by ArticleData.csproj), which recomputes ids from the
/// claims' texts rather than reading them from the generated data: keep it free of anything but the BCL.
/// </summary>
internal static class ClaimId
{
    public static string For(string text)
    {
        ulong hash = 14695981039346656037UL;
        bool space = false;
        foreach (char raw in text)
        {
            char c = Normalise(raw);
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                hash = Mix(hash, ' ');
                space = false;
            }
            hash = Mix(hash, c);
        }
        var sb = new StringBuilder("c-", 12);
        sb.Append((hash >> 24).ToString("x10", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString(0, 12);
    }

    /// <summary>The id of the <paramref name="repeat"/>th occurrence of a sentence in an article: the first has no suffix.</summary>
    public static string For(string text, int repeat)
    {
        string id = For(text);
        return repeat <= 1 ? id : id + "-" + repeat.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ulong Mix(ulong hash, char c)
    {
        hash ^= (byte)c;
        hash *= 1099511628211UL;
        hash ^= (byte)(c >> 8);
        hash *= 1099511628211UL;
        return hash;
    }

    private static char Normalise(char c)
    {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; // ASCII, most of any text: no culture table
        switch (c)
        {
            case '\u2018': case '\u2019': return '\'';
            case '\u201C': case '\u201D': return '"';
            case '\u00A0': return ' ';
            default: return char.ToLowerInvariant(c);
        }
    }
}
