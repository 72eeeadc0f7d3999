using System.Linq;
using Xunit;
using static ArticleData.Tests.Extraction.EntityTestText;

namespace ArticleData.Tests.Extraction;

using EntityKind = ArticleData.Engine.Model.EntityKind;

/// <summary>Places named inside longer names, and lone names typed by the nouns around them.</summary>
public class EntityNestingTests
{
    [Fact]
    public void A_known_place_inside_an_organisation_or_before_a_facility_is_mentioned_there_too()
    {
        var e = Body("Dr Ines Corra of the University of Leeds led the study. The final was played at the Kazan Arena on Sunday.");
        Assert.Equal(EntityKind.Organization, Single(e, "University of Leeds").Kind);
        var leeds = Single(e, "Leeds");
        Assert.Equal(EntityKind.Place, leeds.Kind);
        var mention = Assert.Single(leeds.Mentions);
        var university = Single(e, "University of Leeds").Mentions[0];
        Assert.Equal(university.Span.Offset + "University of ".Length, mention.Span.Offset);
        Assert.Equal(EntityKind.Place, Single(e, "Kazan").Kind);
    }

    [Fact]
    public void No_place_is_read_inside_a_place_a_person_or_after_of_in_a_thing()
    {
        var e = Body("Talks moved to Mexico City. Georgia Brown said the Power of Siberia 2 pipeline would wait.");
        Single(e, "Mexico City");
        None(e, "Mexico");
        Assert.Equal(EntityKind.Person, Single(e, "Georgia Brown").Kind);
        None(e, "Georgia");
        Single(e, "Power of Siberia 2");
        None(e, "Siberia");
    }

    [Fact]
    public void A_town_with_its_own_cues_does_not_join_a_body_named_after_it()
    {
        var e = Body("Tomas Reyl, a pupil from Orlowa, Texas, was held by the Orlowa Police Department on Monday.");
        Assert.Equal(EntityKind.Place, Single(e, "Orlowa").Kind);
        Assert.Equal(EntityKind.Organization, Single(e, "Orlowa Police Department").Kind);
    }

    [Fact]
    public void Nouns_after_a_lone_name_type_it()
    {
        var e = Body("Asked about the plan, Benvik officials declined to comment and Benvik lawyers said the office in Benvik was shut. The fuel levy was scrapped under the Varoni government. "
            + "The work of a Kessmark painter was sold to a dealer.");
        Assert.Equal(EntityKind.Organization, Single(e, "Benvik").Kind);
        Assert.Equal(EntityKind.Person, Single(e, "Varoni").Kind);
        Assert.Equal(EntityKind.Place, Single(e, "Kessmark").Kind);
    }

    [Fact]
    public void Titles_of_ordinary_words_and_foreign_articles_are_not_personal_names()
    {
        var e = Body("The paper appeared in Ocean Warming Letters, a journal on the warming of the ocean. "
            + "The interview ran in la Gazzetta, and a first name alone, Marilyn, gave the show its title.");
        Assert.NotEqual(EntityKind.Person, Single(e, "Ocean Warming Letters").Kind);
        Assert.NotEqual(EntityKind.Person, Single(e, "la Gazzetta").Kind);
        Assert.Equal(EntityKind.Person, Single(e, "Marilyn").Kind);
    }

    [Fact]
    public void A_sentence_initial_word_listed_with_a_known_name_is_a_name()
    {
        var e = Body("The fair was busy. Qorvane, Microsoft and Sony all showed new headsets.");
        Single(e, "Qorvane");
    }

    [Fact]
    public void A_known_organisation_names_the_place_inside_it()
    {
        var e = Body("A lab at the California Institute of Technology (Caltech) built the probe.");
        Assert.Equal(EntityKind.Organization, Single(e, "California Institute of Technology").Kind);
        Assert.Equal(EntityKind.Place, Single(e, "California").Kind);
    }

    [Fact]
    public void Words_around_a_name_say_work_publication_or_place()
    {
        var e = Body("The team travels to Dromkeen on Friday with fans from nearby Ossory. The results, published in Tidewater, were shared on Vellum, "
            + "the app made by Corlan. The app, Pewtrack, was removed, and the film Quiet Harvest was delayed.");
        Assert.Equal(EntityKind.Place, Single(e, "Dromkeen").Kind);
        Assert.Equal(EntityKind.Place, Single(e, "Ossory").Kind);
        Assert.Equal(EntityKind.Organization, Single(e, "Tidewater").Kind);
        Assert.Equal(EntityKind.Other, Single(e, "Pewtrack").Kind);
        Assert.Equal(EntityKind.Other, Single(e, "Quiet Harvest").Kind);
    }

    [Fact]
    public void A_foundation_named_for_two_people_and_a_law_after_a_title_word_keep_their_heads()
    {
        var e = Body("The Gordon and Betty Moore Foundation paid for it, and the General Data Protection Regulation applies.");
        Assert.Equal(EntityKind.Organization, Single(e, "Gordon and Betty Moore Foundation").Kind);
        Assert.Equal(EntityKind.Other, Single(e, "General Data Protection Regulation").Kind);
    }

    [Fact]
    public void A_short_form_with_organisation_cues_joins_the_company_not_the_founder()
    {
        var e = Body("Tavish Mill Ltd was founded by Moira Tavish in 1990. Tavish shareholders approved the sale, and Moira Tavish said she was pleased.");
        var founder = Single(e, "Moira Tavish");
        Assert.Equal(EntityKind.Person, founder.Kind);
        Assert.DoesNotContain("Tavish", founder.Aliases);
        Assert.Contains("Tavish", Single(e, "Tavish Mill Ltd").Aliases);
    }

    [Fact]
    public void A_capital_after_a_list_label_starts_a_sentence()
    {
        var e = Body("The rules were clear: a) Refusing orders was punished; b) Leaving was forbidden.");
        None(e, "Refusing");
        None(e, "Leaving");
    }
}
