using System.Collections.Generic;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Extraction.Entities;
using ArticleData.Engine.Extraction.Entities.Tagging;
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

    public static TrainingDocument Load(string set, string path, string text, GoldEntity[] gold)
    {
        var document = ArticleParser.Parse(path, text);
        var texts = new List<TokenText>();
        foreach (var block in document.Blocks) texts.Add(new TokenText().Reset(block.Text));
        var d = new TrainingDocument(set, path, document, texts);
        var features = new TagFeatures(Gazetteer.Default, GlossaryIndex.Empty, new WordSet(texts));
        bool titleCase = EntityExtractor.IsTitleCase(texts[0]);
        for (int b = 0; b < texts.Count; b++)
        {
            var hashes = new uint[0];
            features.Extract(texts[b], b == 0 && titleCase, ref hashes);
            var exact = new uint[texts[b].Count * TagFeatures.PerToken];
            System.Array.Copy(hashes, exact, exact.Length);
            d.Features.Add(exact);
            d.Gold.Add(new byte[texts[b].Count]);
        }
        GoldLabels.Mark(d, gold);
        return d;
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
