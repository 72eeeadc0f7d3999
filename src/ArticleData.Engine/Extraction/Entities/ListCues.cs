using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// Names listed together are mostly of one kind ("Ostrava, Brno and Zlín"; "Varta, Bosch or Siemens"): in a list of
/// three or more names joined only by commas, "and", "or" or "&amp;", the kind the gazetteer or glossary gives most of
/// its known members counts as evidence for the others. Two names joined by "and" are too often of two kinds ("Ines
/// Kobal and Varta"): with pairs, cross-validated gum-news and gum-dev fell (0.817 → 0.815, 0.748 → 0.738).
/// </summary>
internal static class ListCues
{
    /// <summary>What a list's known kind weighs for each unknown member: more than a given name's hint (2), less than a head word.</summary>
    public const int Weight = 3;

    public static void Share(List<Candidate> found, List<TokenText> texts)
    {
        int i = 0;
        while (i < found.Count)
        {
            // found is in reading order, block by block; a list is a run of candidates with only joiners between them.
            int end = i + 1;
            while (end < found.Count && Joined(found[end - 1], found[end], texts)) end++;
            if (end - i >= 3) Share(found, i, end);
            i = end;
        }
    }

    private static void Share(List<Candidate> found, int from, int to)
    {
        var known = new KindEvidence();
        for (int k = from; k < to; k++) if (found[k].Known is { } entry && !found[k].IsDemonym) known.Add(entry.Kind, 1);
        if (known.Best is not { } kind) return;
        for (int k = from; k < to; k++) if (found[k].Known is null) found[k].Evidence.Add(kind, Weight);
    }

    private static bool Joined(Candidate a, Candidate b, List<TokenText> texts)
    {
        if (a.Block != b.Block || a.NestedIn is not null || b.NestedIn is not null) return false;
        string text = texts[a.Block].Text;
        int from = a.Start + a.Length, to = b.Start;
        if (to <= from || to - from > 6) return false;
        bool comma = false;
        int k = from;
        while (k < to)
        {
            char c = text[k];
            if (c == ' ') { k++; continue; }
            if (c == ',' && !comma) { comma = true; k++; continue; }
            if (c == '&') { k++; continue; }
            if (At(text, k, to, "and") || At(text, k, to, "or")) { k += text[k] == 'a' ? 3 : 2; continue; }
            return false;
        }
        return true;
    }

    private static bool At(string text, int k, int to, string word) =>
        k + word.Length <= to && string.CompareOrdinal(text, k, word, 0, word.Length) == 0 && (k + word.Length == to || text[k + word.Length] == ' ');
}
