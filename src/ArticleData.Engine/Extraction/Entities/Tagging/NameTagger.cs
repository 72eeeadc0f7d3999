using System;
using ArticleData.Engine.Extraction.Text;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// Tags each token of a block with a <see cref="NameTags"/> label: features (<see cref="TagFeatures"/>), their
/// weights summed per tag from the <see cref="TaggerModel"/>, then <see cref="Viterbi"/>. Its buffers grow to the
/// longest block and are reused: <see cref="For"/> keeps one instance per thread, so articles after the first
/// allocate only their tags.
/// </summary>
internal sealed class NameTagger
{
    /// <summary>
    /// How much surer than "outside any name" the model must be to read a name, in the perceptron's units (one
    /// mistake's update): "outside" starts this far ahead at every token. Precision was the weak side; 16 was chosen
    /// by cross-validation over the training documents (gum-news, gum-train and the own corpus each rose or held) and
    /// then checked once on gum-dev (README, The name tagger). Applied at decoding, so the weights do not change.
    /// </summary>
    public const float OutsideMargin = 16f;

    [ThreadStatic]
    private static NameTagger? _current;

    private readonly TaggerModel _model;
    private readonly TagFeatures _features;
    private readonly float[] _transitions;
    private readonly float _outsideBias;
    private uint[] _hashes = Array.Empty<uint>();
    private float[] _emissions = Array.Empty<float>();
    private float[] _best = Array.Empty<float>();
    private byte[] _back = Array.Empty<byte>();
    private bool[] _read = Array.Empty<bool>();

    public NameTagger(TaggerModel model, TagFeatures features)
    {
        _model = model;
        _features = features;
        _transitions = new float[model.Transitions.Length];
        for (int i = 0; i < _transitions.Length; i++) _transitions[i] = model.Transitions[i];
        _outsideBias = (float)Math.Round(OutsideMargin / model.Scale);
    }

    /// <summary>This thread's tagger for <paramref name="model"/>, pointed at one article (its glossary, lower-case words and blocks).</summary>
    public static NameTagger For(TaggerModel model, Gazetteer gazetteer, GlossaryIndex glossary, WordSet lowerCaseWords, System.Collections.Generic.List<TokenText> texts)
    {
        var tagger = _current;
        if (tagger is null || !ReferenceEquals(tagger._model, model) || !ReferenceEquals(tagger._gazetteer, gazetteer))
        {
            tagger = _current = new NameTagger(model, new TagFeatures(gazetteer, glossary, lowerCaseWords, texts)) { _gazetteer = gazetteer };
        }
        tagger._features.Use(glossary, lowerCaseWords, texts);
        return tagger;
    }

    private Gazetteer? _gazetteer;


    /// <summary>Writes one tag per token of <paramref name="t"/> into <paramref name="tags"/>, which must hold <c>t.Count</c>.</summary>
    public void Tag(TokenText t, bool titleCaseHeadline, byte[] tags)
    {
        const int T = NameTags.Count;
        int n = t.Count;
        _features.Extract(t, titleCaseHeadline, ref _hashes);
        if (_emissions.Length < n * T)
        {
            int size = Math.Max(n * T, _emissions.Length * 2);
            _emissions = new float[size];
            _best = new float[size];
            _back = new byte[size];
            _read = new bool[size / T];
        }
        var rows = _model.Rows;
        uint mask = _model.Mask;
        for (int i = 0; i < n; i++)
        {
            _read[i] = _features.IsCandidate(i);
            if (!_read[i]) continue;
            // Integer sums: the weights are 16-bit, 30 of them fit an int with room to spare.
            int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
            for (int f = i * TagFeatures.PerToken, end = f + TagFeatures.PerToken; f < end; f++)
            {
                int r = (int)(_hashes[f] & mask) * T;
                s0 += rows[r]; s1 += rows[r + 1]; s2 += rows[r + 2]; s3 += rows[r + 3]; s4 += rows[r + 4];
                s5 += rows[r + 5]; s6 += rows[r + 6]; s7 += rows[r + 7]; s8 += rows[r + 8];
            }
            int e = i * T;
            _emissions[e] = s0 + _outsideBias; _emissions[e + 1] = s1; _emissions[e + 2] = s2; _emissions[e + 3] = s3; _emissions[e + 4] = s4;
            _emissions[e + 5] = s5; _emissions[e + 6] = s6; _emissions[e + 7] = s7; _emissions[e + 8] = s8;
        }
        Viterbi.DecodeRead(_emissions, _transitions, _read, n, _best, _back, tags);
    }
}
