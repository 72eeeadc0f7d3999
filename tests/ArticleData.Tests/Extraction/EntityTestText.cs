using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using Xunit;

namespace ArticleData.Tests.Extraction;

/// <summary>Runs entity extraction over a small plain-text article and finds entities by name.</summary>
internal static class EntityTestText
{
    public static EquatableArray<EntityInfo> Extract(string text, Glossary? glossary = null, string path = "test.txt") =>
        EntityExtractor.Extract(ArticleParser.Parse(path, text), glossary ?? Glossary.Empty);

    /// <summary>A headline, an empty standfirst line and one body paragraph.</summary>
    public static EquatableArray<EntityInfo> Body(string body, string headline = "A headline about nothing in particular") =>
        Extract(headline + "\n\n" + body + "\n");

    public static EntityInfo Single(EquatableArray<EntityInfo> entities, string name)
    {
        var matches = entities.Where(e => e.Name == name).ToList();
        Assert.True(matches.Count == 1, $"expected one '{name}', found {matches.Count} in: {string.Join(", ", entities.Select(e => $"{e.Name} ({e.Kind})"))}");
        return matches[0];
    }

    public static void None(EquatableArray<EntityInfo> entities, string surface) =>
        Assert.DoesNotContain(entities, e => e.Name == surface || e.Aliases.Contains(surface));
}
