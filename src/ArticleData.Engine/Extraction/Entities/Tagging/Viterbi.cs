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
    public static void Decode(float[] emissions, float[] transitions, int n, float[] best, byte[] back, byte[] tags)
    {
        const int T = NameTags.Count;
        if (n == 0) return;
        for (int y = 0; y < T; y++)
        {
            best[y] = NameTags.MayFollow(NameTags.Outside, (byte)y) ? emissions[y] + transitions[StartRow * T + y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < T; y++)
            {
                float top = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < T; p++)
                {
                    if (!NameTags.MayFollow((byte)p, (byte)y)) continue;
                    float s = best[(i - 1) * T + p] + transitions[p * T + y];
                    if (s > top) { top = s; from = p; }
                }
                best[i * T + y] = top + emissions[i * T + y];
                back[i * T + y] = (byte)from;
            }
        }
        int last = 0;
        for (int y = 1; y < T; y++) if (best[(n - 1) * T + y] > best[(n - 1) * T + last]) last = y;
        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = (byte)last;
            if (i > 0) last = back[i * T + last];
        }
    }
}
