namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// The best tag sequence under a first-order model: per-token tag scores plus a score for each pair of neighbouring
/// tags, BIO's rule enforced (an I never follows O or another kind). Exact, linear in the tokens, 9×9 per token.
/// Shared by training and tagging, so the tagger decodes as it was trained.
/// </summary>
internal static class Viterbi
{
    /// <summary>Row <see cref="NameTags.Count"/> of <paramref name="transitions"/> scores the first tag (no previous one).</summary>
    public const int StartRow = NameTags.Count;

    /// <param name="emissions">n × <see cref="NameTags.Count"/> scores, token-major.</param>
    /// <param name="transitions">(<see cref="NameTags.Count"/> + 1) × <see cref="NameTags.Count"/>: previous tag (or start) × tag.</param>
    /// <param name="best">scratch of at least n × <see cref="NameTags.Count"/> scores.</param>
    /// <param name="back">scratch of at least n × <see cref="NameTags.Count"/> back-pointers.</param>
    public static void Decode(float[] emissions, float[] transitions, int n, float[] best, byte[] back, byte[] tags) =>
        Decode(emissions, transitions, 0, n, StartRow, false, best, back, tags);

    /// <summary>
    /// Decodes a block whose tokens outside <paramref name="read"/> are outside any name by definition: each run of read
    /// tokens on its own, after the start or an O. The same answer as decoding the whole block with those tokens forced
    /// to O, in a fraction of the time (most tokens of prose are lower-case words far from any name).
    /// </summary>
    public static void DecodeRead(float[] emissions, float[] transitions, bool[] read, int n, float[] best, byte[] back, byte[] tags)
    {
        int i = 0;
        while (i < n)
        {
            if (!read[i]) { tags[i++] = NameTags.Outside; continue; }
            int end = i + 1;
            while (end < n && read[end]) end++;
            Decode(emissions, transitions, i, end, i == 0 ? StartRow : NameTags.Outside, end < n, best, back, tags);
            i = end;
        }
    }

    /// <summary>
    /// Decodes tokens <paramref name="from"/> to <paramref name="to"/> - 1, the tag before them being <paramref name="previous"/>
    /// (or the start row), and an O after them if <paramref name="outsideAfter"/>.
    /// </summary>
    public static void Decode(float[] emissions, float[] transitions, int from, int to, int previous, bool outsideAfter, float[] best, byte[] back, byte[] tags)
    {
        const int T = NameTags.Count;
        if (to <= from) return;
        byte before = previous == StartRow ? NameTags.Outside : (byte)previous;
        for (int y = 0; y < T; y++)
        {
            best[from * T + y] = NameTags.MayFollow(before, (byte)y) ? emissions[from * T + y] + transitions[previous * T + y] : float.NegativeInfinity;
        }
        for (int i = from + 1; i < to; i++)
        {
            for (int y = 0; y < T; y++)
            {
                float top = float.NegativeInfinity;
                int argmax = 0;
                for (int p = 0; p < T; p++)
                {
                    if (!NameTags.MayFollow((byte)p, (byte)y)) continue;
                    float s = best[(i - 1) * T + p] + transitions[p * T + y];
                    if (s > top) { top = s; argmax = p; }
                }
                best[i * T + y] = top + emissions[i * T + y];
                back[i * T + y] = (byte)argmax;
            }
        }
        // The best last tag, counting the step into the O that follows, if one does.
        int last = 0;
        float lastScore = float.NegativeInfinity;
        for (int y = 0; y < T; y++)
        {
            float s = best[(to - 1) * T + y] + (outsideAfter ? transitions[y * T + NameTags.Outside] : 0);
            if (s > lastScore) { lastScore = s; last = y; }
        }
        for (int i = to - 1; i >= from; i--)
        {
            tags[i] = (byte)last;
            if (i > from) last = back[i * T + last];
        }
    }
}
