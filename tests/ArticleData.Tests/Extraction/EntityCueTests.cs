using System.Linq;
using Xunit;
using static ArticleData.Tests.Extraction.EntityTestText;

namespace ArticleData.Tests.Extraction;

using EntityKind = ArticleData.Engine.Model.EntityKind;

/// <summary>Cues that type and split names the gazetteer does not settle on its own.</summary>
public class EntityCueTests
{
    [Fact]
    public void Countries_playing_a_match_are_their_teams_but_stay_places_elsewhere()
    {
        var match = Body("Norway defeated Chile 2 – 1 in Porto. Ghana lost 0 – 3 to Portugal. Fans travelled from Norway.");
        Assert.Equal(EntityKind.Organization, Single(match, "Norway").Kind);
        Assert.Equal(EntityKind.Organization, Single(match, "Chile").Kind);
        Assert.Equal(EntityKind.Organization, Single(match, "Portugal").Kind);
        Assert.Equal("Sport", Single(match, "Norway").Type);

        var war = Body("Russia defeated Ukraine in the battle for the town, officials said. Russia and Ukraine both claimed gains.");
        Assert.Equal(EntityKind.Place, Single(war, "Russia").Kind);
        Assert.Equal(EntityKind.Place, Single(war, "Ukraine").Kind);
    }

    [Fact]
    public void An_organisation_named_in_another_language_by_its_first_word_is_an_organisation()
    {
        var e = Body("Researchers at the Universidade da Coruña and the Universidad de Granada worked with the Institut Montclair and the Banco de Fomento Rural. The Fundación Alvear paid for the trials.");
        foreach (string name in new[] { "Universidade da Coruña", "Universidad de Granada", "Institut Montclair", "Banco de Fomento Rural", "Fundación Alvear" })
        {
            Assert.Equal(EntityKind.Organization, Single(e, name).Kind);
        }
        Assert.Equal(EntityKind.Place, Single(e, "Granada").Kind); // the place inside the name is still a place
    }

    [Fact]
    public void A_demonym_before_titles_is_its_country_and_a_name_after_a_place_is_a_person()
    {
        var e = Body("The Kenyan Ambassador to the United States Wanjiru Odhiambo says the delegation will attend. Odhiambo said passports were issued.");
        None(e, "Kenyan Ambassador");
        Assert.Contains("Kenyan", Single(e, "Kenya").Aliases);
        Assert.Equal(EntityKind.Place, Single(e, "United States").Kind);
        var envoy = Single(e, "Wanjiru Odhiambo");
        Assert.Equal(EntityKind.Person, envoy.Kind);
        Assert.Contains("Odhiambo", envoy.Aliases);
    }

    [Fact]
    public void Titles_after_an_organisation_are_not_part_of_its_name()
    {
        var e = Body("Marta Ilves, the Treasury Department Spokesperson, said the auction would be delayed.");
        Single(e, "Treasury Department");
        None(e, "Treasury Department Spokesperson");
    }

    [Fact]
    public void A_spaced_hyphen_joins_a_name_and_a_speaker_after_it_is_a_person()
    {
        var e = Body("The head of the Federation of Baltic - Nordic Ferry Operators Ingrid Solberg said the crossing would reopen.");
        Assert.Equal(EntityKind.Organization, Single(e, "Federation of Baltic - Nordic Ferry Operators").Kind);
        Assert.Equal(EntityKind.Person, Single(e, "Ingrid Solberg").Kind);
    }

    [Fact]
    public void Letter_compounds_handles_roman_numerals_and_words_in_capitals_are_not_names()
    {
        var e = Body("She packed a NASA T-shirt for the trip. The mayor posted from her @CITYHALL account about chapter XIV of the plan, UNLESS it was satire.");
        Assert.Equal(EntityKind.Organization, Single(e, "NASA").Kind);
        None(e, "T-shirt");
        None(e, "NASA T");
        None(e, "CITYHALL");
        None(e, "XIV");
        None(e, "UNLESS");
    }

    [Fact]
    public void A_known_name_after_a_stripped_article_keeps_its_first_word()
    {
        var e = Body("The New Zealand cabinet plans to build three ferries.");
        Single(e, "New Zealand");
        None(e, "Zealand");
    }

    [Fact]
    public void Unknown_single_words_take_their_kind_from_place_cues_around_them()
    {
        var e = Body(
            "The probe was launched from Kourou in French Guiana last year. Residents of Makoko, a waterfront community, waited. " +
            "The line will run between the villages of Diggle and Marsden. The research firm Canalyte said sales rose.");
        Assert.Equal(EntityKind.Place, Single(e, "Kourou").Kind);
        Assert.Equal(EntityKind.Place, Single(e, "Makoko").Kind);
        Assert.Equal(EntityKind.Place, Single(e, "Diggle").Kind);
        Assert.Equal(EntityKind.Organization, Single(e, "Canalyte").Kind);
    }

    [Fact]
    public void Continental_and_national_demonyms_join_their_place()
    {
        var e = Body("Last season a European crew finished first, ahead of English and Scottish boats from Europe.");
        var europe = Single(e, "Europe");
        Assert.Contains("European", europe.Aliases);
        Assert.Contains("English", Single(e, "England").Aliases);
        Assert.Contains("Scottish", Single(e, "Scotland").Aliases);
        Assert.DoesNotContain(e, x => x.Name == "European" || x.Name == "English");
    }

    [Fact]
    public void A_school_district_is_an_organisation()
    {
        var e = Body("The Marlow Creek Independent School District said the pupil was sent home.");
        Assert.Equal(EntityKind.Organization, Single(e, "Marlow Creek Independent School District").Kind);
    }

    [Fact]
    public void A_reporting_verb_after_a_name_with_of_does_not_split_it()
    {
        var e = Body("The U.S. Department of Energy notes that the grid is ageing.");
        Assert.Equal(EntityKind.Organization, Single(e, "U.S. Department of Energy").Kind);
        None(e, "of Energy");
    }

    [Fact]
    public void A_country_after_a_name_that_already_holds_a_place_is_its_own_entity()
    {
        var e = Body("Engineers at the University of Bristol of the UK and Iowa State University of the US built the sensor.");
        Single(e, "University of Bristol");
        Single(e, "Iowa State University");
        Assert.Contains("UK", Single(e, "United Kingdom").Aliases);
        Assert.Contains("US", Single(e, "United States").Aliases);
    }

    [Fact]
    public void A_person_an_organisation_is_named_after_stays_a_person_and_keeps_the_surname()
    {
        var e = Body("The Edna Marlowe Foundation lent the paintings. Edna Marlowe died in 1961. Marlowe was a pioneer.");
        Assert.Equal(EntityKind.Organization, Single(e, "Edna Marlowe Foundation").Kind);
        var founder = Single(e, "Edna Marlowe");
        Assert.Equal(EntityKind.Person, founder.Kind);
        Assert.Contains("Marlowe", founder.Aliases);
    }

    [Fact]
    public void A_surname_spelt_like_a_town_is_the_person_where_its_cues_say_so_and_the_town_where_they_do_not()
    {
        var e = Body("Marguerite Lyon, a teacher at the lycee, said the school had closed. Lyon said she would appeal. "
            + "The appeal will be heard in Lyon next month.");
        var teacher = Single(e, "Marguerite Lyon");
        Assert.Equal(EntityKind.Person, teacher.Kind);
        Assert.Contains("Lyon", teacher.Aliases);
        Assert.Equal(EntityKind.Place, Single(e, "Lyon").Kind);
    }

    [Fact]
    public void A_role_noun_opening_the_sentence_is_not_part_of_the_name_after_it()
    {
        var e = Body("Reporter Mara Quint asked the mayor about the delay. Photographer Tomas Lindqvist took pictures of the pier.");
        Assert.Equal(EntityKind.Person, Single(e, "Mara Quint").Kind);
        Assert.Equal(EntityKind.Person, Single(e, "Tomas Lindqvist").Kind);
        None(e, "Reporter Mara Quint");
        None(e, "Photographer Tomas Lindqvist");
    }

    [Fact]
    public void An_apposition_naming_an_ordinary_person_noun_makes_a_person_of_a_name_ending_in_a_town()
    {
        var e = Body("Odile Marseille, an elderly woman from the valley, was found safe on Tuesday after two days in the hills. "
            + "Teodor Lyon, a teenager from the same village, had raised the alarm.");
        Assert.Equal(EntityKind.Person, Single(e, "Odile Marseille").Kind);
        Assert.Equal(EntityKind.Person, Single(e, "Teodor Lyon").Kind);
    }

    [Fact]
    public void A_numbered_citation_between_sentences_leaves_the_next_word_first_in_its_sentence()
    {
        var e = Body("Ingrid Halvorsen painted the coast for forty years. [3] Her brother wrote, \"She will not stop.\" [6] "
            + "In Halvorsen's later letters, the sea is grey. [7] Halvorsen died in 1930.");
        var painter = Single(e, "Ingrid Halvorsen");
        Assert.Equal(3, painter.Mentions.Count);
        Assert.DoesNotContain(e, x => x.Name.StartsWith("In ") || x.Aliases.Contains("In"));
    }

    [Fact]
    public void A_name_ending_in_a_natural_feature_is_a_place()
    {
        var e = Body("Marrow Reef lost half its coral last year. Kessler Canyon flooded twice in March, and Tolley Cove froze over "
            + "for the first time since 1963. Brisk Crater stayed dry.");
        foreach (string name in new[] { "Marrow Reef", "Kessler Canyon", "Tolley Cove", "Brisk Crater" })
            Assert.Equal(EntityKind.Place, Single(e, name).Kind);
    }

    [Fact]
    public void Initials_opening_a_paragraph_are_a_person_not_a_dateline()
    {
        var e = Body("J.R. Okafor, chief operating officer at the trust, said 300 schools had signed up.");
        Assert.Equal(EntityKind.Person, Single(e, "J.R. Okafor").Kind);
    }

    [Fact]
    public void A_generic_body_is_no_one_countrys_until_the_text_names_the_country()
    {
        var manila = Body("In Manila, the Supreme Court ruled that the vote may go ahead, and the Senate agreed.");
        Single(manila, "Supreme Court");
        None(manila, "Supreme Court of the United States");
        None(manila, "United States Senate");

        var us = Body("The U.S. Supreme Court agreed to hear the appeal. Lawyers said the Supreme Court seldom takes such appeals, "
            + "while the Chilean Supreme Court of Appeals had ruled the other way, and the Court of Appeals was cited again.");
        var court = Single(us, "Supreme Court of the United States");
        Assert.Contains("Supreme Court", court.Aliases);
        Assert.Equal(2, court.Mentions.Count);
    }
}
