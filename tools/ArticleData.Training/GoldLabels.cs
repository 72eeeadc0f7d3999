using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Extraction.Entities;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Training;

/// <summary>
/// Token labels (BIO × kind) from gold entities. GUM's gold gives every mention's place: a mention labels the tokens
/// that start inside it. The own corpus's gold lists names and aliases only: each occurrence of one, written exactly,
/// is a mention. Longer mentions first; a token already labelled keeps its label (the outer name wins, as the
/// scorer's conventions make a place inside an organisation's name an optional entity of its own).
/// </summary>
internal static class GoldLabels
{
    public static void Mark(TrainingDocument d, GoldEntity[] gold)
    {
        if (gold.Any(g => g.Spans.Length > 0)) MarkSpans(d, gold);
        else MarkSurfaces(d, gold);
    }

    private static void MarkSpans(TrainingDocument d, GoldEntity[] gold)
    {
        var blocks = d.Document.Blocks.ToList();
        var starts = new Dictionary<(int, int), (int Block, int Token)>();
        for (int b = 0; b < blocks.Count; b++)
        {
            for (int k = 0; k < d.Texts[b].Count; k++) starts[blocks[b].Locate(d.Texts[b][k].Start)] = (b, k);
        }
        var mentions = gold.SelectMany(g => g.Spans.Select(s => (g.Kind, s.Line, s.Column, s.Length)))
            .OrderByDescending(m => m.Length).ThenBy(m => m.Line).ThenBy(m => m.Column).ToList();
        foreach (var m in mentions)
        {
            if (!starts.TryGetValue((m.Line, m.Column), out var at)) continue; // the gold's span does not start on a token
            var t = d.Texts[at.Block];
            int end = at.Token;
            while (end < t.Count)
            {
                var (line, column) = blocks[at.Block].Locate(t[end].Start);
                if (line != m.Line || column >= m.Column + m.Length) break;
                end++;
            }
            Label(d.Gold[at.Block], at.Token, end, m.Kind);
        }
    }

    private static void MarkSurfaces(TrainingDocument d, GoldEntity[] gold)
    {
        var surfaces = new List<(string[] Words, EntityKind Kind)>();
        foreach (var g in gold)
        {
            foreach (var s in g.Surfaces.Distinct(StringComparer.Ordinal))
            {
                if (s.Length == 0 || s.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) continue;
                var t = new TokenText().Reset(s);
                var words = new string[t.Count];
                for (int k = 0; k < t.Count; k++) words[k] = t.Word(k);
                if (words.Length > 0) surfaces.Add((words, g.Kind));
            }
        }
        surfaces = surfaces.OrderByDescending(s => s.Words.Length).ThenBy(s => string.Join(" ", s.Words), StringComparer.Ordinal).ToList();
        for (int b = 0; b < d.Texts.Count; b++)
        {
            var t = d.Texts[b];
            foreach (var (words, kind) in surfaces)
            {
                for (int k = 0; k + words.Length <= t.Count; k++)
                {
                    bool same = true;
                    for (int j = 0; j < words.Length && same; j++) same = string.Equals(t.Word(k + j), words[j], StringComparison.Ordinal);
                    if (same) Label(d.Gold[b], k, k + words.Length, kind);
                }
            }
        }
    }

    private static void Label(byte[] tags, int from, int to, EntityKind kind)
    {
        if (to <= from) return;
        for (int k = from; k < to; k++) if (tags[k] != NameTags.Outside) return;
        tags[from] = NameTags.Begin(kind);
        for (int k = from + 1; k < to; k++) tags[k] = NameTags.Inside(kind);
    }
}
