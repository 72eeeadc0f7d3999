using System.Linq;
using ArticleData.Engine.Model;
using Xunit;
using static ArticleData.Tests.Extraction.EntityTestText;

namespace ArticleData.Tests.Extraction;

using EntityKind = ArticleData.Engine.Model.EntityKind;
using TextPart = ArticleData.Engine.Model.TextPart;

/// <summary>The hard cases of issue 3, each a small text.</summary>
public class EntityHardCaseTests
{
    [Fact]
    public void Title_honorific_surname_and_both_possessives_are_one_person()
    {
        var e = Body("Russian President Vladimir Putin spoke on Monday. Mr Putin said the talks went well. Putin's aides agreed, and Putin’s critics did not.");
        var putin = Single(e, "Vladimir Putin");
        Assert.Equal(EntityKind.Person, putin.Kind);
        Assert.Equal(new[] { "Putin" }, putin.Aliases);
        Assert.Equal(new[] { "Russian President" }, putin.Roles);
        Assert.Equal(4, putin.Mentions.Count);
        Assert.Contains("Russian", Single(e, "Russia").Aliases);
    }

    [Fact]
    public void A_person_named_later_without_a_middle_name_is_the_same_person()
    {
        var e = Body("The violinist Teodora Ilse Varga was born in a small river town. Years later, Teodora Varga said the town had taught her patience.");
        var varga = Single(e, "Teodora Ilse Varga");
        Assert.Equal(EntityKind.Person, varga.Kind);
        Assert.Contains("Teodora Varga", varga.Aliases);
    }

    [Fact]
    public void A_name_listed_with_known_places_is_a_place()
    {
        var e = Body("The festival tours Lyon, Marseille, Velkomir and Toulouse every summer, its organisers said.");
        Assert.Equal(EntityKind.Place, Single(e, "Velkomir").Kind);
    }

    [Fact]
    public void A_particle_before_the_pronoun_I_opens_no_name()
    {
        var e = Body("The rains came late again this year. So what do I do with the leftover seed, asked Rui do Amaral.");
        Assert.DoesNotContain(e, x => x.Name.EndsWith(" I"));
        Assert.Equal(EntityKind.Person, Single(e, "Rui do Amaral").Kind);
    }

    [Fact]
    public void A_label_with_a_figure_mentioned_once_is_no_entity()
    {
        var e = Body("The survey asked farmers about their wells, as Figure 2 shows. Mira Tallis, who led it, said most wells were dry by August.");
        None(e, "Figure 2");
        Assert.Equal(EntityKind.Person, Single(e, "Mira Tallis").Kind);
    }

    [Fact]
    public void Sentence_initial_capitals_are_not_names()
    {
        var e = Body("Despite the rain, the market rose. Officials said shares would recover. Shares in Kestrel Capital rose 3 per cent.");
        None(e, "Despite");
        None(e, "Officials");
        None(e, "Shares");
        Assert.Equal(EntityKind.Organization, Single(e, "Kestrel Capital").Kind);
    }

    [Fact]
    public void Figures_left_after_a_sentence_initial_word_are_no_names()
    {
        var e = Body("About 87 percent of the farms on the plateau draw water from wells. Over 70 of them are dry by August. Around 40 families left last winter, said Mira Tallis.");
        Assert.DoesNotContain(e, x => !x.Name.Any(char.IsLetter));
        Assert.Equal(EntityKind.Person, Single(e, "Mira Tallis").Kind);
    }

    [Fact]
    public void Acronym_defined_in_brackets_joins_its_name_and_known_acronyms_join_their_country()
    {
        var e = Body("The Competition and Markets Authority (CMA) opened a review. The CMA said the U.S. and the USA are one country, as is the US.");
        var cma = Single(e, "Competition and Markets Authority");
        Assert.Equal(EntityKind.Organization, cma.Kind);
        Assert.Contains("CMA", cma.Aliases);
        Assert.Equal(3, cma.Mentions.Count);
        var us = Single(e, "United States");
        Assert.Equal(new[] { "U.S.", "USA", "US" }, us.Aliases);
    }

    [Fact]
    public void World_Health_Organization_with_its_acronym_is_one_organisation()
    {
        var e = Body("The World Health Organization (WHO) warned of cholera. A WHO spokesperson said vaccines were on the way.");
        var who = Single(e, "World Health Organization");
        Assert.Equal(EntityKind.Organization, who.Kind);
        Assert.Equal(3, who.Mentions.Count);
    }

    [Fact]
    public void Title_case_headline_and_dateline_are_matched_to_names_found_in_the_body()
    {
        var e = Extract("Brennan Freight Agrees Takeover Of Harwell Logistics\n\nLONDON — Brennan Freight Inc said on Monday it would buy Harwell Logistics Ltd, based in London.\n");
        None(e, "Agrees");
        None(e, "Takeover");
        var london = Single(e, "London");
        Assert.Contains("LONDON", london.Aliases);
        Assert.Equal(TextPart.Title, Single(e, "Brennan Freight Inc").Mentions[0].Span.Part);
        Assert.Equal(EntityKind.Organization, Single(e, "Harwell Logistics Ltd").Kind);
    }

    [Fact]
    public void Names_with_particles_hyphens_diacritics_and_initials_are_whole()
    {
        var e = Body("Anneke van den Berg, a spokesperson for the commission, met Zoë Hartmann-Lindqvist and J. R. Okafor in Brussels. Van den Berg said little; Hartmann-Lindqvist and Okafor said less.");
        var berg = Single(e, "Anneke van den Berg");
        Assert.Equal(EntityKind.Person, berg.Kind);
        Assert.Contains("Van den Berg", berg.Aliases);
        Assert.Equal(new[] { "spokesperson for the commission" }, berg.Roles);
        Assert.Contains("Hartmann-Lindqvist", Single(e, "Zoë Hartmann-Lindqvist").Aliases);
        Assert.Contains("Okafor", Single(e, "J. R. Okafor").Aliases);
    }

    [Fact]
    public void Unknown_names_are_typed_from_context()
    {
        var e = Body("Dana Keller, the chief executive of Oakmere Partners, said the plant in Diggle would close. Ridgeline Construction Inc won the work, and the Nordlys pipeline will reach Springfield, Illinois, by May.");
        var keller = Single(e, "Dana Keller");
        Assert.Equal(EntityKind.Person, keller.Kind);
        Assert.Equal(new[] { "chief executive of Oakmere Partners" }, keller.Roles);
        Assert.Equal(EntityKind.Organization, Single(e, "Oakmere Partners").Kind);
        Assert.Equal(EntityKind.Place, Single(e, "Diggle").Kind);
        Assert.Equal("Company", Single(e, "Ridgeline Construction Inc").Type);
        var pipeline = Single(e, "Nordlys");
        Assert.Equal((EntityKind.Other, "pipeline"), (pipeline.Kind, pipeline.Type));
        Assert.Equal(EntityKind.Place, Single(e, "Springfield").Kind);
    }

    [Fact]
    public void A_surname_joins_the_full_name_and_a_first_word_joins_its_company()
    {
        var e = Body("Priya Raman joined Brennan Freight Inc in May. Raman said Brennan was growing. Brennan Freight declined to comment.");
        Assert.Equal(new[] { "Raman" }, Single(e, "Priya Raman").Aliases);
        Assert.Equal(new[] { "Brennan", "Brennan Freight" }, Single(e, "Brennan Freight Inc").Aliases);
        Assert.Equal(2, e.Count);
    }

    [Fact]
    public void Dates_money_and_adjectives_in_hyphens_are_not_entities()
    {
        var e = Body("On Tuesday, 14 March, the Ohio-based group paid $3 billion. In May it said so again.");
        Assert.Equal(new[] { "Ohio" }, e.Select(x => x.Name));
    }
}
