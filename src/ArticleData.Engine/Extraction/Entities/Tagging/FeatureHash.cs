namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// FNV-1a over a feature's template number and characters, computed on the text in place so that no string is made
/// per feature. Fixed arithmetic, never <c>string.GetHashCode</c>: the weights trained on one machine must find the
/// same rows on every other.
/// </summary>
internal static class FeatureHash
{
    private const uint Prime = 16777619u;

    public static uint Start(int template) => (2166136261u ^ (uint)template) * Prime;

    public static uint Add(uint hash, char c) => (hash ^ c) * Prime;

    public static uint Add(uint hash, int value) => Add(Add(hash, (char)(value & 0xFFFF)), (char)(value >> 16));

    public static uint Add(uint hash, string text) => Add(hash, text, 0, text.Length, false);

    public static uint Add(uint hash, string text, int start, int length, bool lower)
    {
        for (int i = start; i < start + length; i++) hash = Add(hash, lower ? Lower(text[i]) : text[i]);
        return Add(hash, '\u0001'); // a separator, so that ("ab", "c") and ("a", "bc") differ
    }

    /// <summary>char.ToLowerInvariant, with ASCII (most of the text) done by arithmetic.</summary>
    private static char Lower(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);

    /// <summary>The final scramble: FNV's low bits are weak, and the table is indexed by them.</summary>
    public static uint Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7feb352du;
        hash ^= hash >> 15;
        hash *= 0x846ca68bu;
        return hash ^ (hash >> 16);
    }
}
