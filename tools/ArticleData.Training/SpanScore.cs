using System.Collections.Generic;
using ArticleData.Engine.Extraction.Entities.Tagging;

namespace ArticleData.Training;

/// <summary>The tagger measured by itself: names (exact token span and kind) found against the gold labels, per token block.</summary>
internal sealed class SpanScore
{
    public int Gold, Predicted, Correct, Untyped;

    public void Add(byte[] gold, byte[] predicted)
    {
        var g = Spans(gold);
        var p = Spans(predicted);
        Gold += g.Count;
        Predicted += p.Count;
        foreach (var span in p)
        {
            if (g.Contains(span)) Correct++;
            foreach (var other in g) if (other.From == span.From && other.To == span.To) { Untyped++; break; }
        }
    }

    public override string ToString()
    {
        double p = Predicted == 0 ? 0 : (double)Correct / Predicted, r = Gold == 0 ? 0 : (double)Correct / Gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double pu = Predicted == 0 ? 0 : (double)Untyped / Predicted, ru = Gold == 0 ? 0 : (double)Untyped / Gold;
        double fu = pu + ru == 0 ? 0 : 2 * pu * ru / (pu + ru);
        return $"tagger spans typed P={p:F3} R={r:F3} F1={f:F3} | untyped F1={fu:F3} | gold spans={Gold}";
    }

    private static HashSet<(int From, int To, int Kind)> Spans(byte[] tags)
    {
        var spans = new HashSet<(int, int, int)>();
        for (int k = 0; k < tags.Length; k++)
        {
            if (!NameTags.IsBegin(tags[k])) continue;
            int end = k + 1;
            while (end < tags.Length && tags[end] == tags[k] + 1) end++;
            spans.Add((k, end, (int)NameTags.KindOf(tags[k])));
        }
        return spans;
    }
}
