using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Entities.Tagging;

namespace ArticleData.Training;

/// <summary>
/// A structured averaged perceptron (Collins 2002) over the engine's features: decode each block with the current
/// weights (<see cref="Viterbi"/>, as the engine will), and where the answer differs from the gold, add the gold's
/// features and subtract the answer's. The averaged weights (every step's weights, summed; computed with the usual
/// running-sum trick) are what ships: they generalise better than the last ones. Deterministic: a fixed block order
/// shuffled by a fixed-seed generator, no parallelism, no clock.
/// </summary>
internal sealed class Perceptron
{
    private const int T = NameTags.Count;

    private readonly int _bits;
    private readonly double[] _w, _u, _tw, _tu;
    private long _step = 1;

    public Perceptron(int bits)
    {
        _bits = bits;
        _w = new double[(1 << bits) * T];
        _u = new double[_w.Length];
        _tw = new double[(T + 1) * T];
        _tu = new double[_tw.Length];
    }

    public void Train(List<TrainingDocument> documents, int epochs, ulong seed)
    {
        var blocks = new List<(uint[] Features, byte[] Gold, bool[] Candidates)>();
        foreach (var d in documents)
        {
            for (int b = 0; b < d.Gold.Count; b++) if (d.Gold[b].Length > 0) blocks.Add((d.Features[b], d.Gold[b], d.Candidates[b]));
        }
        var order = new int[blocks.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        ulong state = seed | 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = (int)(Next(ref state) % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (int i in order) Learn(blocks[i].Features, blocks[i].Gold, blocks[i].Candidates);
        }
    }

    /// <summary>The averaged weights, rounded to 16 bits under one scale.</summary>
    public TaggerModel ToModel()
    {
        var w = new double[_w.Length];
        var tw = new double[_tw.Length];
        double max = 1e-9;
        for (int i = 0; i < w.Length; i++) { w[i] = _w[i] - _u[i] / _step; max = Math.Max(max, Math.Abs(w[i])); }
        for (int i = 0; i < tw.Length; i++) { tw[i] = _tw[i] - _tu[i] / _step; max = Math.Max(max, Math.Abs(tw[i])); }
        double scale = max / 32000.0;
        return new TaggerModel(_bits, Quantize(w, scale), Quantize(tw, scale), (float)scale);
    }

    private static short[] Quantize(double[] weights, double scale)
    {
        var q = new short[weights.Length];
        for (int i = 0; i < q.Length; i++) q[i] = (short)Math.Round(weights[i] / scale, MidpointRounding.AwayFromZero);
        return q;
    }

    private float[] _emissions = Array.Empty<float>(), _best = Array.Empty<float>(), _transitions = new float[(T + 1) * T];
    private byte[] _back = Array.Empty<byte>(), _guess = Array.Empty<byte>();

    private void Learn(uint[] features, byte[] gold, bool[] candidates)
    {
        int n = gold.Length;
        if (_emissions.Length < n * T)
        {
            _emissions = new float[n * T];
            _best = new float[n * T];
            _back = new byte[n * T];
            _guess = new byte[n];
        }
        uint mask = (1u << _bits) - 1;
        for (int i = 0; i < n; i++)
        {
            if (!candidates[i]) continue;
            for (int y = 0; y < T; y++)
            {
                double s = 0;
                for (int f = i * TagFeatures.PerToken; f < (i + 1) * TagFeatures.PerToken; f++) s += _w[(features[f] & mask) * T + y];
                _emissions[i * T + y] = (float)s;
            }
        }
        for (int i = 0; i < _transitions.Length; i++) _transitions[i] = (float)_tw[i];
        Viterbi.DecodeRead(_emissions, _transitions, candidates, n, _best, _back, _guess);
        for (int i = 0; i < n; i++)
        {
            int previousGold = i == 0 ? Viterbi.StartRow : gold[i - 1];
            int previousGuess = i == 0 ? Viterbi.StartRow : _guess[i - 1];
            if (gold[i] != _guess[i] && candidates[i])
            {
                for (int f = i * TagFeatures.PerToken; f < (i + 1) * TagFeatures.PerToken; f++)
                {
                    long row = (features[f] & mask) * T;
                    Update(_w, _u, row + gold[i], 1);
                    Update(_w, _u, row + _guess[i], -1);
                }
            }
            if (gold[i] != _guess[i] || previousGold != previousGuess)
            {
                Update(_tw, _tu, previousGold * T + gold[i], 1);
                Update(_tw, _tu, previousGuess * T + _guess[i], -1);
            }
        }
        _step++;
    }

    private void Update(double[] w, double[] u, long at, double delta)
    {
        w[at] += delta;
        u[at] += _step * delta;
    }

    private static ulong Next(ref ulong state)
    {
        // xorshift64*: fixed, portable, enough for shuffling.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717UL;
    }
}
