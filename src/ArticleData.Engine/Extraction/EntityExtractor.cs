using System.Collections.Generic;
using ArticleData.Engine.Extraction.Entities;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction;

/// <summary>
/// Finds, types and resolves the named entities of an article: headline, standfirst and body. Tokenise each block,
/// find candidate names (<see cref="CandidateFinder"/>), let the trained tagger judge them (<see cref="TaggedCandidates"/>),
/// resolve them into entities (<see cref="Resolver"/>), and locate every mention. Linear in the text; the gazetteer
/// and the tagger's weights load once per process.
/// </summary>
public static class EntityExtractor
{
    /// <summary>How the tagger's answer is used: the combination that did best on gum-dev (see README, Extraction quality).</summary>
    internal const TaggerUse DefaultUse = TaggerUse.Filter | TaggerUse.Hint;

    public static EquatableArray<EntityInfo> Extract(ArticleDocument document, Glossary glossary) =>
        Extract(document, TokenText.Of(document), glossary, TaggerModel.Default, DefaultUse);

    /// <summary>The same over the article's blocks already tokenised: the claim extractor reads the same token stream.</summary>
    internal static EquatableArray<EntityInfo> Extract(ArticleDocument document, List<TokenText> texts, Glossary glossary) =>
        Extract(document, texts, glossary, TaggerModel.Default, DefaultUse);

    /// <summary>The same with another model or use of it (null: rules alone), for cross-validation and design choices.</summary>
    internal static EquatableArray<EntityInfo> Extract(ArticleDocument document, Glossary glossary, TaggerModel? model, TaggerUse use) =>
        Extract(document, TokenText.Of(document), glossary, model, use);

    internal static EquatableArray<EntityInfo> Extract(ArticleDocument document, List<TokenText> texts, Glossary glossary, TaggerModel? model, TaggerUse use)
    {
        var blocks = new List<TextBlock>(document.Blocks);

        var gazetteer = Gazetteer.Default;
        var found = new List<Candidate>();
        var index = GlossaryIndex.For(document, glossary);
        var lowerCaseWords = new WordSet(texts);
        var finder = new CandidateFinder(gazetteer, index, lowerCaseWords, found, texts.Exists(TeamCues.HasScore));
        bool titleCaseHeadline = IsTitleCase(texts[0]);
        for (int b = titleCaseHeadline ? 1 : 0; b < blocks.Count; b++) finder.FindIn(b, texts[b]);
        if (titleCaseHeadline) finder.FindKnownIn(0, texts[0], KnownNames(found));
        ListCues.Share(found, texts);
        if (model is not null && use != TaggerUse.None) TaggedCandidates.Apply(found, texts, Tag(NameTagger.For(model, gazetteer, index, lowerCaseWords, texts), texts, titleCaseHeadline), use);

        var groups = Resolver.Resolve(found, index);
        var entities = new EntityInfo[groups.Count];
        for (int i = 0; i < groups.Count; i++) entities[i] = EntityBuilder.Build(groups[i], blocks);
        return new EquatableArray<EntityInfo>(entities);
    }

    private static List<byte[]> Tag(NameTagger tagger, List<TokenText> texts, bool titleCaseHeadline)
    {
        var tags = new List<byte[]>(texts.Count);
        for (int b = 0; b < texts.Count; b++)
        {
            var blockTags = new byte[texts[b].Count];
            tagger.Tag(texts[b], b == 0 && titleCaseHeadline, blockTags);
            tags.Add(blockTags);
        }
        return tags;
    }

    /// <summary>A headline in Title Case or ALL CAPS, where capitals say nothing about names: every longer word capitalised.</summary>
    internal static bool IsTitleCase(TokenText headline)
    {
        int capitalised = 0;
        for (int i = 0; i < headline.Count; i++)
        {
            var t = headline[i];
            if (!t.IsWord || t.Length < 4) continue;
            if (!t.IsCapitalized) return false;
            capitalised++;
        }
        return capitalised >= 3;
    }

    private static Dictionary<string, Candidate> KnownNames(List<Candidate> found)
    {
        var names = new Dictionary<string, Candidate>(System.StringComparer.Ordinal);
        foreach (var c in found)
        {
            if (c.Weak) continue;
            if (!names.ContainsKey(c.Key)) names[c.Key] = c;
            // A Title Case headline shortens names too: "Brennan Freight" for "Brennan Freight Inc", "Keller" for "Dana Keller".
            var words = c.Key.Split(' ');
            for (int n = 1; n < words.Length && c.Known is null; n++)
            {
                string prefix = string.Join(" ", words, 0, n);
                if (words[n - 1] is not ("of" or "and" or "for" or "the" or "&") && !names.ContainsKey(prefix)) names[prefix] = c;
            }
            if (words.Length > 1 && c.Known is null && !names.ContainsKey(words[words.Length - 1])) names[words[words.Length - 1]] = c;
        }
        return names;
    }
}
