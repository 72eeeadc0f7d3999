using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Tests.Infrastructure;
using Xunit;
using static ArticleData.Tests.Extraction.EntityTestText;

namespace ArticleData.Tests.Extraction;

using EntityKind = ArticleData.Engine.Model.EntityKind;
using TextPart = ArticleData.Engine.Model.TextPart;

public class SeedEntityTests
{
    private static readonly EquatableArray<EntityInfo> Entities = Extract(Repo.SeedText, path: Repo.SeedFile);

    [Fact]
    public void Seed_yields_exactly_its_thirteen_entities_typed()
    {
        var expected = new (string Name, EntityKind Kind)[]
        {
            ("Vladimir Putin", EntityKind.Person), ("Xi Jinping", EntityKind.Person), ("Donald Trump", EntityKind.Person),
            ("Beijing", EntityKind.Place), ("China", EntityKind.Place), ("Russia", EntityKind.Place), ("Moscow", EntityKind.Place),
            ("Ukraine", EntityKind.Place), ("Belarus", EntityKind.Place), ("United States", EntityKind.Place), ("Europe", EntityKind.Place),
            ("Kremlin", EntityKind.Organization), ("Power of Siberia 2", EntityKind.Other),
        };
        Assert.Equal(expected.OrderBy(e => e.Name), Entities.Select(e => (e.Name, e.Kind)).OrderBy(e => e.Name));
    }

    [Fact]
    public void Putin_is_one_person_with_his_role_alias_and_possessive_mentions()
    {
        var putin = Single(Entities, "Vladimir Putin");
        Assert.Equal(new[] { "Putin" }, putin.Aliases);
        Assert.Equal(new[] { "Russian President" }, putin.Roles);
        // Headline "Putin", body "Vladimir Putin", and the two curly possessives "Putin’s": the mention excludes the ’s.
        Assert.Equal(4, putin.Mentions.Count);
        Assert.All(putin.Mentions, m => Assert.DoesNotContain("’", m.Text));
        var first = putin.Mentions[0].Span;
        Assert.Equal((TextPart.Title, 1, 1, 5), (first.Part, first.Line, first.Column, first.Length));
    }

    [Fact]
    public void Demonyms_and_US_are_mentions_of_their_countries_and_the_pipeline_is_typed()
    {
        Assert.Contains("Russian", Single(Entities, "Russia").Aliases);
        Assert.Contains("Chinese", Single(Entities, "China").Aliases);
        Assert.Contains("Ukrainian", Single(Entities, "Ukraine").Aliases);
        Assert.Equal(new[] { "US" }, Single(Entities, "United States").Aliases);
        Assert.Equal("pipeline", Single(Entities, "Power of Siberia 2").Type);
        Assert.Equal(new[] { "US President" }, Single(Entities, "Donald Trump").Roles);
    }

    [Fact]
    public void No_alias_is_left_unmerged()
    {
        var surfaces = Entities.SelectMany(e => e.Aliases.Concat(e.Mentions.Select(m => m.Text)).Append(e.Name).Distinct().Select(s => (s, e.Name)));
        var shared = surfaces.GroupBy(x => x.s).Where(g => g.Select(x => x.Name).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(shared);
        // Every mention's located text is what the block says at that span.
        var document = ArticleData.Engine.Parsing.ArticleParser.Parse(Repo.SeedFile, Repo.SeedText);
        var blocks = document.Blocks.ToList();
        foreach (var m in Entities.SelectMany(e => e.Mentions))
        {
            var block = blocks.Single(b => b.Part == m.Span.Part && b.Index == m.Span.Paragraph);
            Assert.Equal(m.Text, block.Text.Substring(m.Span.Offset, m.Span.Length));
        }
    }
}
