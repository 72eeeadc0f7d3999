using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// Joins the tagger's reading of each block to the rules' candidates (see <see cref="TaggerUse"/>). The rules keep
/// what they do better on text nobody tuned them to: gazetteer and glossary names, demonyms, roles, alias merging;
/// the tagger judges the rest — whether an unknown capitalised run is a name at all, of which kind, and where it ends.
/// </summary>
internal static class TaggedCandidates
{
    /// <summary>How much one tagged mention weighs against the rules' cues (a title before a name weighs 10).</summary>
    public const int Weight = 6;

    /// <summary>
    /// Rule evidence this strong (a company suffix, an organisation's head word, "the town of …", a noun after the name,
    /// a place preposition with a noun) outvotes the tagger's "no name"; the weakest cues do not. So does a word listed with
    /// known names. A candidate that opens in lower case ("la Gazzetta") is the rules' alone: the tagger does not read such words.
    /// </summary>
    public const int StrongCue = 3;

    private static int Strongest(KindEvidence e) => System.Math.Max(System.Math.Max(e.Person, e.Place), System.Math.Max(e.Organization, e.Other));

    public static void Apply(List<Candidate> found, List<TokenText> texts, List<byte[]> tags, TaggerUse use)
    {
        if ((use & TaggerUse.Alone) != 0)
        {
            found.Clear();
            use |= TaggerUse.Add;
        }
        // Which tokens the rules' candidates cover: only adding the tagger's own names needs it.
        List<bool[]>? covered = null;
        if ((use & TaggerUse.Add) != 0)
        {
            covered = new List<bool[]>(texts.Count);
            foreach (var t in texts) covered.Add(new bool[t.Count]);
        }
        int count = found.Count;
        for (int c = 0; c < count; c++)
        {
            var candidate = found[c];
            var t = texts[candidate.Block];
            var blockTags = tags[candidate.Block];
            int from = TokenAt(t, candidate.Start), to = TokenAt(t, candidate.Start + candidate.Length);
            if (from >= to) continue;
            if (covered is not null) for (int k = from; k < to; k++) covered[candidate.Block][k] = true;
            if (candidate.Known is not null || candidate.Declared || candidate.IsDemonym || candidate.DefinedBy is not null) continue;

            var votes = new KindEvidence();
            int spans = 0;
            for (int k = from; k < to; k++)
            {
                byte tag = blockTags[k];
                if (tag == NameTags.Outside) continue;
                votes.Add(NameTags.KindOf(tag), 1);
                if (NameTags.IsBegin(tag)) spans++;
            }
            var kind = votes.Best;
            if (kind is null)
            {
                if ((use & TaggerUse.Filter) != 0 && t[from].IsCapitalized && !candidate.Listed && Strongest(candidate.Evidence) < StrongCue) candidate.Weak = true;
                continue;
            }
            if ((use & TaggerUse.Split) != 0 && spans >= 2 && candidate.Role is null && candidate.NestedIn is null && SplitsCleanly(blockTags, from, to))
            {
                found[c] = null!;
                for (int k = from; k < to; k++)
                {
                    if (!NameTags.IsBegin(blockTags[k])) continue;
                    int end = k + 1;
                    while (end < to && NameTags.IsInside(blockTags[end])) end++;
                    Add(found, t, candidate.Block, k, end, NameTags.KindOf(blockTags[k]));
                }
                continue;
            }
            if ((use & TaggerUse.Type) != 0) candidate.Evidence.Add(kind.Value, Weight);
            else if ((use & TaggerUse.Hint) != 0 && candidate.Evidence.Best is null && !IsUnknownAcronymAsPlace(candidate, kind.Value)) candidate.Evidence.Add(kind.Value, 1);
            if ((use & TaggerUse.Strengthen) != 0 && candidate.Weak && NameTags.IsBegin(blockTags[from])) candidate.Weak = false;
        }
        found.RemoveAll(c => c is null);
        if (covered is null) return;
        for (int b = 0; b < texts.Count; b++)
        {
            var t = texts[b];
            var blockTags = tags[b];
            for (int k = 0; k < t.Count; k++)
            {
                if (!NameTags.IsBegin(blockTags[k])) continue;
                int end = k + 1;
                while (end < t.Count && NameTags.IsInside(blockTags[end])) end++;
                if (!Overlaps(covered[b], k, end) && (t[k].IsCapitalized || (use & TaggerUse.Alone) != 0)) Add(found, t, b, k, end, NameTags.KindOf(blockTags[k]));
                k = end - 1;
            }
        }
    }

    /// <summary>
    /// The tagger's hint does not make a place of an acronym the gazetteer does not know ("MOHELA", "KPA"; known names
    /// never reach the hint, see <see cref="Apply"/>): the places written as acronyms (US, UK, UAE, DRC) are in the
    /// gazetteer, so an unknown one is far more often an organisation's, which is what a lone word with no cue is typed
    /// anyway (on the training sets' and gum-dev's output, 7 of the 8 unknown acronyms the hint made places were not places).
    /// </summary>
    private static bool IsUnknownAcronymAsPlace(Candidate candidate, EntityKind kind) =>
        kind == EntityKind.Place && candidate.IsAcronym;

    /// <summary>Every token of the range is inside one of the tagger's names: nothing of the run is left over.</summary>
    private static bool SplitsCleanly(byte[] tags, int from, int to)
    {
        if (!NameTags.IsBegin(tags[from])) return false;
        for (int k = from; k < to; k++) if (tags[k] == NameTags.Outside) return false;
        return true;
    }

    private static bool Overlaps(bool[] covered, int from, int to)
    {
        for (int k = from; k < to; k++) if (covered[k]) return true;
        return false;
    }

    private static void Add(List<Candidate> found, TokenText t, int block, int from, int to, EntityKind kind)
    {
        while (to > from && t[to - 1].Kind == TokenKind.Punctuation) to--;
        if (to == from) return;
        var words = new List<string>(to - from);
        for (int k = from; k < to; k++) if (t[k].Kind != TokenKind.Punctuation) words.Add(t.Word(k));
        var c = new Candidate(block, t[from].Start, t[to - 1].End - t[from].Start, t.Span(from, to), words.ToArray());
        c.Evidence.Add(kind, Weight);
        found.Add(c);
    }

    /// <summary>The first token that starts at or after <paramref name="offset"/> (binary search: tokens are in order).</summary>
    private static int TokenAt(TokenText t, int offset)
    {
        int lo = 0, hi = t.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (t[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
