namespace ArticleData.Engine.Extraction.Text;

/// <summary>
/// Recognises the dateline that opens a news story — "LONDON —", "SPRINGFIELD, Ill. —", "HANOI, Vietnam —": a place
/// in capitals, optionally a comma and a region, then a dash. It is no part of the first sentence's claim.
/// </summary>
internal static class Dateline
{
    private const int MaxLength = 60;

    /// <summary>How many characters of <paramref name="text"/> the dateline and the space after its dash take, or 0.</summary>
    public static int Length(string text)
    {
        int limit = System.Math.Min(text.Length, MaxLength);
        int capitals = 0;
        int i = 0;
        // the place: letters in capitals (with spaces, dots, hyphens, apostrophes)
        while (i < limit && (char.IsUpper(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == '-' || text[i] == '\'' || text[i] == '\u2019'))
        {
            if (char.IsUpper(text[i])) capitals++;
            i++;
        }
        if (capitals < 2 || (i < limit && char.IsLower(text[i]))) return 0;
        for (; i < limit; i++)
        {
            char c = text[i];
            if (c == '\u2014' || c == '\u2013' || (c == '-' && i > 0 && text[i - 1] == ' '))
            {
                int end = i + 1;
                while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
                return end;
            }
        }
        return 0;
    }
}
