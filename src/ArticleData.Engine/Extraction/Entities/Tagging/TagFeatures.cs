using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// The features the tagger reads for each token of a block, the ones a rule writer would look at: the word and its
/// lower-case form, its shape, prefixes and suffixes, capitalisation and place in the sentence, the words and
/// shapes around it, the capitalised run it stands in (head, first word, the words just outside), whether the article
/// writes it in lower case elsewhere or capitalised in mid-sentence, gazetteer and glossary membership (as a name's
/// first or later word, with the kind), and the lexicon's cue classes of the word, its neighbours and the run's head.
/// Each feature is a hash (<see cref="FeatureHash"/>); training and tagging call this one method, so they can never
/// disagree about what a feature is.
/// </summary>
internal sealed class TagFeatures
{
    /// <summary>Features per token read (<see cref="IsCandidate"/>): each gets exactly this many (a template that does not apply hashes its "none"); the slots of other tokens are left as they were.</summary>
    public const int PerToken = 39;

    private readonly Gazetteer _gazetteer;
    private GlossaryIndex _glossary;
    private WordSet _lowerCaseWords;
    private readonly HashSet<uint> _midSentenceCapitals = new();
    private readonly Dictionary<string, (byte Code, string? Type)> _singleWords = new(StringComparer.Ordinal);

    private byte[] _known = Array.Empty<byte>();
    private string?[] _knownType = Array.Empty<string?>();
    private int[] _classes = Array.Empty<int>();
    private byte[] _run = Array.Empty<byte>();
    private int[] _runStart = Array.Empty<int>();
    private int[] _runEnd = Array.Empty<int>();
    private int _count;
    private uint[] _lower = Array.Empty<uint>();
    private uint[] _exact = Array.Empty<uint>();
    private uint[] _shape = Array.Empty<uint>();
    private bool[] _read = Array.Empty<bool>();

    public TagFeatures(Gazetteer gazetteer, GlossaryIndex glossary, WordSet lowerCaseWords, List<TokenText> texts)
    {
        _gazetteer = gazetteer;
        _glossary = glossary;
        _lowerCaseWords = lowerCaseWords;
        Use(glossary, lowerCaseWords, texts);
    }

    /// <summary>Points the features at another article (its glossary and lower-case words), keeping the buffers.</summary>
    public void Use(GlossaryIndex glossary, WordSet lowerCaseWords, List<TokenText> texts)
    {
        _glossary = glossary;
        _lowerCaseWords = lowerCaseWords;
        _midSentenceCapitals.Clear();
        for (int b = 1; b < texts.Count; b++)
        {
            var t = texts[b];
            for (int i = 0; i < t.Count; i++)
            {
                if (t[i].IsWord && t[i].IsCapitalized && !t[i].IsSentenceStart) _midSentenceCapitals.Add(CueClasses.Key(t.Text, t[i].Start, t[i].Length, false));
            }
        }
    }

    /// <summary>Writes <see cref="PerToken"/> feature hashes per token of <paramref name="t"/> into <paramref name="features"/> (grown if short).</summary>
    public void Extract(TokenText t, bool titleCaseHeadline, ref uint[] features)
    {
        int n = t.Count;
        if (features.Length < n * PerToken) features = new uint[Math.Max(n * PerToken, features.Length * 2)];
        if (_known.Length < n)
        {
            int size = Math.Max(n, _known.Length * 2);
            _known = new byte[size];
            _knownType = new string?[size];
            _classes = new int[size];
            _run = new byte[size];
            _runStart = new int[size];
            _runEnd = new int[size];
            _lower = new uint[size];
            _exact = new uint[size];
            _shape = new uint[size];
            _read = new bool[size];
        }
        _count = n;
        MarkRuns(t);
        for (int i = 0; i < n; i++) _read[i] = t[i].IsCapitalized || _runEnd[i] > _runStart[i] || i > 0 && t[i - 1].IsCapitalized && t[i].Kind == TokenKind.Number;
        MarkKnown(t);
        for (int i = 0; i < n; i++)
        {
            // Each token's lower-case form and shape are hashed once, and only near a token the tagger reads (features
            // look two tokens either way); features combine these numbers, not the text again.
            if (!Near(i)) continue;
            _lower[i] = CueClasses.Key(t.Text, t[i].Start, t[i].Length, true);
            _exact[i] = CueClasses.Key(t.Text, t[i].Start, t[i].Length, false);
            _classes[i] = t[i].IsWord ? CueClasses.Of(_exact[i], _lower[i], t[i].IsCapitalized) : 0;
            _shape[i] = ShapeOf(t, i);
        }
        for (int i = 0; i < n; i++) if (_read[i]) Write(t, i, titleCaseHeadline, features, i * PerToken);
    }

    /// <summary>
    /// Whether the tagger reads token <paramref name="i"/> of the block last extracted: a capitalised word, a word of a
    /// capitalised run ("of" in "Bank of England"), or a number right after a capitalised word ("Vega 7"). Every other
    /// token is outside any name by definition, in training as in tagging: reading only these is most of the speed.
    /// </summary>
    public bool IsCandidate(int i) => _read[i];

    private bool Near(int i)
    {
        for (int k = Math.Max(0, i - 2); k <= i + 2 && k < _count; k++) if (_read[k]) return true;
        return false;
    }

    private void Write(TokenText t, int i, bool titleCaseHeadline, uint[] f, int at)
    {
        var token = t[i];
        int k = at;
        f[k++] = FeatureHash.Start(0);
        f[k++] = FeatureHash.Add(FeatureHash.Start(1), (int)_exact[i]) ^ _exact[i] >> 16;
        f[k++] = Lower(2, t, i);
        f[k++] = Shape(3, t, i);
        f[k++] = Affix(4, t, i, 2, true);
        f[k++] = Affix(5, t, i, 3, true);
        f[k++] = Affix(6, t, i, 2, false);
        f[k++] = Affix(7, t, i, 3, false);
        f[k++] = Affix(8, t, i, 4, false);
        int flags = (int)token.Flags | (titleCaseHeadline ? 64 : 0) | (int)token.Kind << 8;
        f[k++] = FeatureHash.Add(FeatureHash.Start(9), flags);
        f[k++] = Lower(10, t, i - 1);
        f[k++] = Lower(11, t, i + 1);
        f[k++] = Lower(12, t, i - 2);
        f[k++] = Lower(13, t, i + 2);
        f[k++] = Shape(14, t, i - 1);
        f[k++] = Shape(15, t, i + 1);
        f[k++] = AddLower(Lower(16, t, i - 1), t, i);
        f[k++] = AddLower(Lower(17, t, i), t, i + 1);
        f[k++] = FeatureHash.Add(FeatureHash.Start(18), Known(i));
        f[k++] = FeatureHash.Add(FeatureHash.Start(19), Known(i - 1));
        f[k++] = FeatureHash.Add(FeatureHash.Start(20), Known(i + 1));
        f[k++] = FeatureHash.Add(FeatureHash.Start(21), Class(i));
        f[k++] = FeatureHash.Add(FeatureHash.Start(22), Class(i - 1));
        f[k++] = FeatureHash.Add(FeatureHash.Start(23), Class(i + 1));
        bool lowerElsewhere = token.IsWord && token.IsCapitalized && _lowerCaseWords.ContainsLowered(t.Word(i));
        f[k++] = FeatureHash.Add(FeatureHash.Start(24), (lowerElsewhere ? 1 : 0) | (token.IsSentenceStart ? 2 : 0) | (token.IsCapitalized ? 4 : 0));
        f[k++] = FeatureHash.Add(FeatureHash.Start(25), _run[i]);
        f[k++] = FeatureHash.Add(FeatureHash.Start(26), _knownType[i] ?? "");
        f[k++] = Shape(27, t, i + 1, Shape(27, t, i, Shape(27, t, i - 1)));
        f[k++] = FeatureHash.Add(Shape(28, t, i), Class(i - 1));
        f[k++] = FeatureHash.Add(AddLower(FeatureHash.Start(29), t, i - 1), (token.IsCapitalized ? 1 : 0) | (token.IsAllCaps ? 2 : 0));
        // The whole would-be name around the token: its last word (the head: "Island", "University"), its first, and the
        // words just outside it ("in …", "… said"), so that every word of a name sees what types it.
        int runStart = _runStart[i], runEnd = _runEnd[i];
        bool inRun = runEnd > runStart;
        f[k++] = inRun ? FeatureHash.Add(Lower(30, t, runEnd - 1), i == runEnd - 1 ? 1 : 0) : FeatureHash.Start(30);
        f[k++] = inRun ? Lower(31, t, runStart - 1) : FeatureHash.Start(31);
        f[k++] = inRun ? Lower(32, t, runEnd) : FeatureHash.Start(32);
        f[k++] = inRun ? FeatureHash.Add(Lower(33, t, runStart), i == runStart ? 1 : 0) : FeatureHash.Start(33);
        f[k++] = Shape(34, t, i, Lower(34, t, i - 1));
        f[k++] = AddLower(Shape(35, t, i), t, i + 1);
        // What the lexicon and the gazetteer say of the run's head and opening word: a head the training data never
        // showed ("Tribunal") still types the name through its class, a given name first still says person.
        f[k++] = inRun ? FeatureHash.Add(FeatureHash.Start(36), Class(runEnd - 1)) : FeatureHash.Start(36);
        f[k++] = inRun ? FeatureHash.Add(FeatureHash.Start(37), Known(runStart) | Known(runEnd - 1) << 8) : FeatureHash.Start(37);
        // The article writes this word capitalised in mid-sentence too: a name, not a sentence's first word.
        f[k++] = FeatureHash.Add(FeatureHash.Start(38), (token.IsSentenceStart ? 1 : 0) | (_midSentenceCapitals.Contains(_exact[i]) ? 2 : 0));
        for (int j = at; j < k; j++) f[j] = FeatureHash.Finish(f[j]);
    }

    private int Known(int i) => i < 0 || i >= _count ? 255 : _known[i];

    private int Class(int i) => i < 0 || i >= _count ? -1 : _classes[i];

    private uint Lower(int template, TokenText t, int i) => AddLower(FeatureHash.Start(template), t, i);

    private uint AddLower(uint hash, TokenText t, int i)
    {
        if (i < 0) return FeatureHash.Add(hash, '\u0002');
        if (i >= _count) return FeatureHash.Add(hash, '\u0003');
        return FeatureHash.Add(hash, (int)_lower[i]) ^ _lower[i] >> 16;
    }

    private uint Shape(int template, TokenText t, int i, uint? onto = null)
    {
        uint hash = onto ?? FeatureHash.Start(template);
        if (i < 0) return FeatureHash.Add(hash, '\u0002');
        if (i >= _count) return FeatureHash.Add(hash, '\u0003');
        return FeatureHash.Add(hash, (int)_shape[i]);
    }

    private static uint Affix(int template, TokenText t, int i, int length, bool prefix)
    {
        uint hash = FeatureHash.Start(template);
        var token = t[i];
        if (token.Length <= length) return FeatureHash.Add(hash, '\u0002');
        return FeatureHash.Add(hash, t.Text, prefix ? token.Start : token.End - length, length, true);
    }

    /// <summary>The word's shape, runs collapsed: "Xx" for "London", "X.X." for "U.S.", "d,d" for "1,200", "xXx" for "iPhone".</summary>
    private static uint ShapeOf(TokenText t, int i)
    {
        uint hash = FeatureHash.Start(101);
        string text = t.Text;
        char last = '\0';
        for (int k = t[i].Start; k < t[i].End; k++)
        {
            char c = text[k];
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last) hash = FeatureHash.Add(hash, s);
            last = s;
        }
        return hash;
    }

    /// <summary>Marks each token that a gazetteer or glossary name covers: the kind, first or later word; demonyms and given names too.</summary>
    private void MarkKnown(TokenText t)
    {
        int n = t.Count;
        Array.Clear(_known, 0, n);
        Array.Clear(_knownType, 0, n);
        for (int i = 0; i < n; i++)
        {
            var token = t[i];
            if (!token.IsWord || !token.IsCapitalized) continue;
            string w = t.Word(i);
            bool glossaryMay = !_glossary.IsEmpty && _glossary.MayStartAt(w);
            if (!glossaryMay && _singleWords.TryGetValue(w, out var single))
            {
                _known[i] = single.Code;
                _knownType[i] = single.Type;
                continue;
            }
            int end = LongestKnown(t, i, out var known, out bool declared);
            if (end > i)
            {
                for (int k = i; k < end; k++)
                {
                    _known[k] = (byte)(1 + 2 * (int)known!.Kind + (k > i ? 1 : 0) + (declared ? 16 : 0));
                    _knownType[k] = known.Type;
                }
            }
            else if (_gazetteer.TryDemonym(w, out _)) _known[i] = 32;
            else if (_gazetteer.IsGivenName(w)) _known[i] = 33;
            if (!glossaryMay && _gazetteer.LongestNameFrom(w, false) == 1) Remember(w, _known[i], _knownType[i]);
            if (end > i) i = end - 1;
        }
    }

    /// <summary>
    /// What the gazetteer says of a word that starts no longer name depends on the word alone: remembered, per thread,
    /// so that a name met again (in this article or the next) costs one lookup instead of four. Bounded.
    /// </summary>
    private void Remember(string word, byte code, string? type)
    {
        if (_singleWords.Count >= 1 << 16) _singleWords.Clear();
        _singleWords[word] = (code, type);
    }

    private int LongestKnown(TokenText t, int i, out KnownEntity? known, out bool declared)
    {
        string first = t.Word(i);
        int words = _gazetteer.LongestNameFrom(first, false);
        if (!_glossary.IsEmpty && _glossary.MayStartAt(first)) words = Math.Max(words, _glossary.MaxWords);
        for (int end = Math.Min(t.Count, i + 2 * words - 1); end > i; end--)
        {
            if (!t[end - 1].IsWord) continue;
            string span = t.Span(i, end);
            if (!_glossary.IsEmpty && _glossary.TryName(span, false, out var entry)) { known = entry; declared = true; return end; }
            if (_gazetteer.TryName(span, out entry)) { known = entry; declared = false; return end; }
        }
        known = null;
        declared = false;
        return i;
    }

    /// <summary>A lower-case word that joins capitalised ones into one name: "of", "and", "&amp;", a particle ("van den").</summary>
    private static bool IsConnector(TokenText t, int i)
    {
        var token = t[i];
        if (token.IsCapitalized || token.Length > 5) return false;
        // Compared in place: most tokens asked are ordinary words after a name ("said"), and need no string of their own.
        return Is(t, token, "of") || Is(t, token, "the") || Is(t, token, "and") || Is(t, token, "&") || Is(t, token, "for")
            || CueClasses.IsParticle(CueClasses.Key(t.Text, token.Start, token.Length, false));
    }

    private static bool Is(TokenText t, Token token, string word) =>
        token.Length == word.Length && string.CompareOrdinal(t.Text, token.Start, word, 0, word.Length) == 0;

    /// <summary>
    /// The runs of capitalised words (joined by "of", "the", "and", particles… where a capitalised word follows): each token's
    /// position in its run (first, second, later) and the run's length, both clipped, and the run's bounds.
    /// </summary>
    private void MarkRuns(TokenText t)
    {
        int n = t.Count;
        int i = 0;
        while (i < n)
        {
            if (!t[i].IsWord || !t[i].IsCapitalized) { _run[i] = 0; _runStart[i] = _runEnd[i] = i; i++; continue; }
            int end = i + 1;
            while (end < n)
            {
                if (t[end].IsWord && t[end].IsCapitalized) { end++; continue; }
                int next = end;
                while (next < n && next < end + 3 && IsConnector(t, next)) next++;
                if (next > end && next < n && t[next].IsWord && t[next].IsCapitalized) { end = next + 1; continue; }
                break;
            }
            int length = Math.Min(end - i, 4);
            for (int k = i; k < end; k++)
            {
                _run[k] = (byte)(length << 4 | Math.Min(k - i + 1, 3));
                _runStart[k] = i;
                _runEnd[k] = end;
            }
            i = end;
        }
    }
}
