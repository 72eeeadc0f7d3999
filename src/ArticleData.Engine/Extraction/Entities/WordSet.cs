using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// The words an article writes in lower case, held as references to its tokens so that no string is made per word:
/// one open-addressing table of keys (a hash of the word in the high half, the block and token in the low half).
/// Lookups fold the probe to lower case on the fly ("Shares" finds "shares") and compare characters, so hash
/// collisions cost a comparison, never a wrong answer.
/// </summary>
internal sealed class WordSet
{
    private const int TokenBits = 20;

    private readonly List<TokenText> _texts;
    private readonly long[] _table;
    private readonly int _mask;
    private int _count;

    /// <summary>Collects the lower-case words longer than two letters of every block after the headline.</summary>
    public WordSet(List<TokenText> texts)
    {
        _texts = texts;
        int words = 0;
        for (int b = 1; b < texts.Count; b++)
        {
            var t = texts[b];
            for (int i = 0; i < t.Count; i++) if (Counts(t[i])) words++;
        }
        int size = 16;
        while (size < words * 2) size <<= 1; // at most half full, even if every word were distinct
        _table = new long[size];
        _mask = size - 1;
        for (int b = 1; b < texts.Count && b < 1 << (31 - TokenBits); b++)
        {
            var t = texts[b];
            for (int i = 0; i < t.Count && i < 1 << TokenBits; i++)
            {
                var token = t[i];
                if (Counts(token)) Add(t.Text, token.Start, token.Length, b << TokenBits | i);
            }
        }
    }

    private static bool Counts(Token token) => token.IsWord && !token.IsCapitalized && token.Length > 2;

    private void Add(string text, int start, int length, int reference)
    {
        uint hash = Hash(text, start, length, false);
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            long key = _table[slot];
            if (key == 0)
            {
                _table[slot] = (long)hash << 32 | (uint)(reference + 1);
                _count++;
                return;
            }
            if ((uint)(key >> 32) == hash && Holds(key, text, start, length, false)) return; // the word again
        }
    }

    /// <summary>Whether the article writes <paramref name="word"/>'s first <paramref name="length"/> characters in lower case.</summary>
    public bool ContainsLowered(string word, int length)
    {
        if (_count == 0 || length <= 2) return false;
        uint hash = Hash(word, 0, length, true);
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            long key = _table[slot];
            if (key == 0) return false;
            if ((uint)(key >> 32) == hash && Holds(key, word, 0, length, true)) return true;
        }
    }

    public bool ContainsLowered(string word) => ContainsLowered(word, word.Length);

    /// <summary>Whether the token a key refers to reads as the probe (folded to lower case when <paramref name="lower"/>).</summary>
    private bool Holds(long key, string probe, int start, int length, bool lower)
    {
        int reference = (int)(key & 0xFFFFFFFF) - 1;
        var t = _texts[reference >> TokenBits];
        var token = t[reference & ((1 << TokenBits) - 1)];
        if (token.Length != length) return false;
        string text = t.Text;
        for (int i = 0; i < length; i++)
        {
            char c = probe[start + i];
            if (lower) c = ToLower(c);
            if (text[token.Start + i] != c) return false;
        }
        return true;
    }

    private static uint Hash(string s, int start, int length, bool lower)
    {
        unchecked
        {
            uint h = 2166136261;
            for (int i = start; i < start + length; i++) h = (h ^ (lower ? ToLower(s[i]) : s[i])) * 16777619;
            return h ^ (h >> 16);
        }
    }

    private static char ToLower(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
