using System.Collections.Generic;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Extraction.Entities;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;

namespace ArticleData.Training;

/// <summary>One annotated article made ready for training: each block's features (as the engine computes them) and gold tags.</summary>
internal sealed class TrainingDocument
{
    private TrainingDocument(string set, string path, ArticleDocument document, List<TokenText> texts)
    {
        Set = set;
        Path = path;
        Document = document;
        Texts = texts;
    }

    /// <summary>Which corpus it comes from: gum-news, gum-train, own.</summary>
    public string Set { get; }

    public string Path { get; }

    public ArticleDocument Document { get; }

    public List<TokenText> Texts { get; }

    public List<uint[]> Features { get; } = new();

    public List<byte[]> Gold { get; } = new();

    /// <summary>Per block, which tokens the tagger reads (<see cref="TagFeatures.IsCandidate"/>); the rest are outside by definition.</summary>
    public List<bool[]> Candidates { get; } = new();

    public static TrainingDocument Load(string set, string path, string text, GoldEntity[] gold)
    {
        var document = ArticleParser.Parse(path, text);
        var texts = new List<TokenText>();
        foreach (var block in document.Blocks) texts.Add(new TokenText().Reset(block.Text));
        var d = new TrainingDocument(set, path, document, texts);
        var features = new TagFeatures(Gazetteer.Default, GlossaryIndex.Empty, new WordSet(texts), texts);
        bool titleCase = EntityExtractor.IsTitleCase(texts[0]);
        for (int b = 0; b < texts.Count; b++)
        {
            var hashes = new uint[0];
            features.Extract(texts[b], b == 0 && titleCase, ref hashes);
            var exact = new uint[texts[b].Count * TagFeatures.PerToken];
            System.Array.Copy(hashes, exact, exact.Length);
            d.Features.Add(exact);
            var candidates = new bool[texts[b].Count];
            for (int k = 0; k < candidates.Length; k++) candidates[k] = features.IsCandidate(k);
            d.Candidates.Add(candidates);
            d.Gold.Add(new byte[texts[b].Count]);
        }
        GoldLabels.Mark(d, gold);
        d.OnlyCandidatesNamed();
        return d;
    }

    /// <summary>A gold name the tagger cannot read (a lower-case "iPhone") is left out of training, whole, so the labels stay valid BIO.</summary>
    private void OnlyCandidatesNamed()
    {
        for (int b = 0; b < Gold.Count; b++)
        {
            var tags = Gold[b];
            for (int k = 0; k < tags.Length; k++)
            {
                if (!NameTags.IsBegin(tags[k])) continue;
                int end = k + 1;
                while (end < tags.Length && NameTags.IsInside(tags[end])) end++;
                bool readable = true;
                for (int j = k; j < end; j++) readable &= Candidates[b][j];
                if (!readable) System.Array.Clear(tags, k, end - k);
                k = end - 1;
            }
        }
    }

    public int Tokens
    {
        get
        {
            int n = 0;
            foreach (var t in Texts) n += t.Count;
            return n;
        }
    }
}
