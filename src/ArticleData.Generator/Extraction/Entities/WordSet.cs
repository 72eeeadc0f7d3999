namespace ArticleData.Generator.Extraction.Entities;

/// <summary>
/// A set of words held as spans of the texts they occur in, so that adding every word of an article allocates no
/// strings. Lookups fold the probe to lower case on the fly ("Shares" finds "shares"). Open addressing, ordinal.
/// </summary>
internal sealed class WordSet
{
    private string?[] _texts = new string?[256];
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private int[] _hashes = new int[256];
    private int _count;

    /// <summary>Adds the word at <paramref name="start"/> of <paramref name="text"/>, as written.</summary>
    public void Add(string text, int start, int length)
    {
        if ((_count + 1) * 2 > _texts.Length) Grow();
        int hash = Hash(text, start, length, false);
        int slot = hash & (_texts.Length - 1);
        while (_texts[slot] is { } held)
        {
            if (_hashes[slot] == hash && Equal(held, _starts[slot], _lengths[slot], text, start, length, false)) return;
            slot = (slot + 1) & (_texts.Length - 1);
        }
        Put(slot, text, start, length, hash);
        _count++;
    }

    /// <summary>Whether the set holds <paramref name="word"/>'s first <paramref name="length"/> characters in lower case.</summary>
    public bool ContainsLowered(string word, int length)
    {
        if (_count == 0 || length == 0) return false;
        int hash = Hash(word, 0, length, true);
        int slot = hash & (_texts.Length - 1);
        while (_texts[slot] is { } held)
        {
            if (_hashes[slot] == hash && Equal(held, _starts[slot], _lengths[slot], word, 0, length, true)) return true;
            slot = (slot + 1) & (_texts.Length - 1);
        }
        return false;
    }

    public bool ContainsLowered(string word) => ContainsLowered(word, word.Length);

    private void Put(int slot, string text, int start, int length, int hash)
    {
        _texts[slot] = text;
        _starts[slot] = start;
        _lengths[slot] = length;
        _hashes[slot] = hash;
    }

    private void Grow()
    {
        var texts = _texts;
        var starts = _starts;
        var lengths = _lengths;
        var hashes = _hashes;
        int size = texts.Length * 2;
        _texts = new string?[size];
        _starts = new int[size];
        _lengths = new int[size];
        _hashes = new int[size];
        for (int i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } text) continue;
            int slot = hashes[i] & (size - 1);
            while (_texts[slot] is not null) slot = (slot + 1) & (size - 1);
            Put(slot, text, starts[i], lengths[i], hashes[i]);
        }
    }

    private static int Hash(string s, int start, int length, bool lower)
    {
        unchecked
        {
            uint h = 2166136261;
            for (int i = start; i < start + length; i++)
            {
                char c = s[i];
                if (lower) c = ToLower(c);
                h = (h ^ c) * 16777619;
            }
            return (int)(h ^ (h >> 15));
        }
    }

    private static bool Equal(string held, int heldStart, int heldLength, string probe, int probeStart, int probeLength, bool lower)
    {
        if (heldLength != probeLength) return false;
        for (int i = 0; i < heldLength; i++)
        {
            char c = probe[probeStart + i];
            if (lower) c = ToLower(c);
            if (held[heldStart + i] != c) return false;
        }
        return true;
    }

    private static char ToLower(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
