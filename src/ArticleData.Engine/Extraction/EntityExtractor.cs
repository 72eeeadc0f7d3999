using System.Collections.Generic;
using ArticleData.Engine.Extraction.Entities;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction;

/// <summary>
/// Finds, types and resolves the named entities of an article: headline, standfirst and body. Tokenise each block,
/// find candidate names (<see cref="CandidateFinder"/>), resolve them into entities (<see cref="Resolver"/>), and
/// locate every mention. Linear in the text; the gazetteer loads once per process.
/// </summary>
public static class EntityExtractor
{
    public static EquatableArray<EntityInfo> Extract(ArticleDocument document, Glossary glossary)
    {
        var blocks = new List<TextBlock>(document.Blocks);
        var texts = new List<TokenText>(blocks.Count);
        foreach (var b in blocks) texts.Add(new TokenText().Reset(b.Text));

        var gazetteer = Gazetteer.Default;
        var found = new List<Candidate>();
        var finder = new CandidateFinder(gazetteer, GlossaryIndex.For(document, glossary), new WordSet(texts), found, texts.Exists(TeamCues.HasScore));
        bool titleCaseHeadline = IsTitleCase(texts[0]);
        for (int b = titleCaseHeadline ? 1 : 0; b < blocks.Count; b++) finder.FindIn(b, texts[b]);
        if (titleCaseHeadline) finder.FindKnownIn(0, texts[0], KnownNames(found));

        var groups = Resolver.Resolve(found, GlossaryIndex.For(document, glossary));
        var entities = new EntityInfo[groups.Count];
        for (int i = 0; i < groups.Count; i++) entities[i] = EntityBuilder.Build(groups[i], blocks);
        return new EquatableArray<EntityInfo>(entities);
    }

    /// <summary>A headline in Title Case or ALL CAPS, where capitals say nothing about names: every longer word capitalised.</summary>
    private static bool IsTitleCase(TokenText headline)
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
