using System;
using System.Collections.Generic;

namespace ArticleData.Generator.Extraction.Entities;

/// <summary>
/// The words an article writes in lower case, held as references to its tokens so that no string is made per word:
/// one array of keys (a hash of the word in the high half, the block and token in the low half), sorted once.
/// Lookups fold the probe to lower case on the fly ("Shares" finds "shares") and compare characters, so hash
/// collisions cost a comparison, never a wrong answer.
/// </summary>
internal sealed class WordSet
{
    private const int TokenBits = 20;

    private readonly List<TokenText> _texts;
    private readonly long[] _keys;
    private readonly int _count;

    /// <summary>Collects the lower-case words longer than two letters of every block after the headline.</summary>
    public WordSet(List<TokenText> texts)
    {
        _texts = texts;
        int capacity = 0;
        for (int b = 1; b < texts.Count; b++) capacity += texts[b].Count;
        _keys = new long[capacity];
        for (int b = 1; b < texts.Count && b < 1 << (32 - TokenBits); b++)
        {
            var t = texts[b];
            for (int i = 0; i < t.Count && i < 1 << TokenBits; i++)
            {
                var token = t[i];
                if (!token.IsWord || token.IsCapitalized || token.Length <= 2) continue;
                uint hash = Hash(t.Text, token.Start, token.Length, false);
                _keys[_count++] = (long)hash << 32 | (uint)(b << TokenBits | i);
            }
        }
        Array.Sort(_keys, 0, _count);
    }

    /// <summary>Whether the article writes <paramref name="word"/>'s first <paramref name="length"/> characters in lower case.</summary>
    public bool ContainsLowered(string word, int length)
    {
        if (_count == 0 || length <= 2) return false;
        uint hash = Hash(word, 0, length, true);
        long first = (long)hash << 32;
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_keys[mid] < first) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < _count && (uint)(_keys[k] >> 32) == hash; k++)
        {
            int reference = (int)(_keys[k] & 0xFFFFFFFF);
            var t = _texts[reference >> TokenBits];
            var token = t[reference & ((1 << TokenBits) - 1)];
            if (token.Length == length && SameLowered(t.Text, token.Start, word, length)) return true;
        }
        return false;
    }

    public bool ContainsLowered(string word) => ContainsLowered(word, word.Length);

    private static uint Hash(string s, int start, int length, bool lower)
    {
        unchecked
        {
            uint h = 2166136261;
            for (int i = start; i < start + length; i++) h = (h ^ (lower ? ToLower(s[i]) : s[i])) * 16777619;
            return h;
        }
    }

    private static bool SameLowered(string text, int start, string probe, int length)
    {
        for (int i = 0; i < length; i++) if (text[start + i] != ToLower(probe[i])) return false;
        return true;
    }

    private static char ToLower(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
