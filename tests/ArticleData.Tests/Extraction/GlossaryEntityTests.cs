using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Tests.Infrastructure;
using Xunit;
using static ArticleData.Tests.Extraction.EntityTestText;

namespace ArticleData.Tests.Extraction;

using EntityKind = ArticleData.Engine.Model.EntityKind;

public class GlossaryEntityTests
{
    private const string Text = "Lumora ships the Vega phone\n\nLumora said the Vega would ship in Despite, a town near Oslo. The eurozone economy grew.\n";

    [Fact]
    public void A_glossary_declares_kind_type_and_aliases_and_suppresses_a_false_name()
    {
        var glossary = new Glossary(new EquatableArray<GlossaryEntry>(new[]
        {
            new GlossaryEntry("Lumora Technologies", EntityKind.Organization, "Company", new EquatableArray<string>(new[] { "Lumora" }), false),
            new GlossaryEntry("Vega", EntityKind.Other, "Product", EquatableArray<string>.Empty, false),
            new GlossaryEntry("eurozone", EntityKind.Place, "Region", EquatableArray<string>.Empty, false),
            new GlossaryEntry("Oslo", EntityKind.Other, null, EquatableArray<string>.Empty, true),
        }));
        var e = Extract(Text, glossary);

        var lumora = Single(e, "Lumora Technologies");
        Assert.Equal((EntityKind.Organization, "Company", 2), (lumora.Kind, lumora.Type, lumora.Mentions.Count));
        Assert.Equal(new[] { "Lumora" }, lumora.Aliases);
        Assert.Equal((EntityKind.Other, "Product"), (Single(e, "Vega").Kind, Single(e, "Vega").Type));
        Assert.Equal(EntityKind.Place, Single(e, "eurozone").Kind); // declared names are found in lower case too
        None(e, "Oslo");
    }

    [Fact]
    public void Front_matter_entities_and_an_ArticleGlossary_file_reach_the_generated_code()
    {
        const string article = "---\ntitle: Lumora ships the Vega phone\nentities:\n  - \"Other/Product: Vega\"\n---\n\nLumora said the Vega would ship near Oslo.\n";
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile("articles/lumora.md", article),
            new TestFile("glossary.txt", "Organization/Company: Lumora Technologies | Lumora\nignore: Oslo\n", Kind: "Glossary"),
        });
        Assert.Empty(result.Errors);
        string code = result.Source("Lumora");
        Assert.Contains("LumoraTechnologies", code);
        Assert.Contains("NamedThing Vega", code);
        Assert.DoesNotContain("Oslo =>", code);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id.StartsWith("ART", System.StringComparison.Ordinal));
    }
}
