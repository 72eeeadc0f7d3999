using ArticleData.Engine.Extraction.Text;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// National teams: in a match report a country that "defeated", "faced" or "lost to" another country is its team, an
/// organisation ("Norway defeated Chile 2 – 1"). Read only in articles that give match scores, so that
/// "Russia defeated…" in a war report stays a place.
/// </summary>
internal static class TeamCues
{
    /// <summary>Whether the block gives a score: "1 – 0", "3-2".</summary>
    public static bool HasScore(TokenText t)
    {
        for (int i = 0; i < t.Count; i++)
        {
            var token = t[i];
            if (token.Kind != TokenKind.Number || token.Length > 5) continue;
            if (token.Length >= 3 && IsCompactScore(t.Word(i))) return true;
            if (token.Length <= 2 && i + 2 < t.Count && t.Word(i + 1) is "–" or "-" && t[i + 2].Kind == TokenKind.Number && t[i + 2].Length <= 2) return true;
        }
        return false;
    }

    private static bool IsCompactScore(string w)
    {
        int dash = w.IndexOf('-');
        return dash > 0 && dash <= 2 && dash < w.Length - 1 && w.Length - dash - 1 <= 2;
    }

    /// <summary>Whether the country named by tokens [<paramref name="s"/>, <paramref name="e"/>) plays another: a result verb joins it to a country.</summary>
    public static bool PlaysAt(TokenText t, int s, int e, Gazetteer gazetteer)
    {
        int q = e;
        if (q < t.Count && t[q].Kind == TokenKind.Punctuation && t.Word(q).Length == 2) q++; // "Sweden 's"
        if (Lexicon.ResultVerbs.Contains(t.Word(q)) && CountryWithin(t, q + 1, q + 7, gazetteer)) return true;
        for (int k = s - 1; k >= 0 && k >= s - 5; k--)
        {
            if (!Lexicon.ResultVerbs.Contains(t.Word(k)) && t.Word(k) != "against") continue;
            return t.Word(k) == "against" || CountryWithin(t, k - 3 < 0 ? 0 : k - 3, k, gazetteer);
        }
        return false;
    }

    private static bool CountryWithin(TokenText t, int from, int to, Gazetteer gazetteer)
    {
        for (int k = from; k < to && k < t.Count; k++)
        {
            if (!t[k].IsWord || !t[k].IsCapitalized) continue;
            if (IsCountry(t.Word(k), gazetteer) || k + 1 < t.Count && IsCountry(t.Span(k, k + 2), gazetteer)) return true;
        }
        return false;
    }

    private static bool IsCountry(string name, Gazetteer gazetteer) => gazetteer.TryName(name, out var known) && known.Type == "Country";
}
