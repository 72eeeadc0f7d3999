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
        var match = Body("Sweden defeated South Korea 1 – 0 in Nizhny Novgorod. Tunisia lost 1 – 2 to England. Fans travelled from Sweden.");
        Assert.Equal(EntityKind.Organization, Single(match, "Sweden").Kind);
        Assert.Equal(EntityKind.Organization, Single(match, "South Korea").Kind);
        Assert.Equal(EntityKind.Organization, Single(match, "England").Kind);
        Assert.Equal("Sport", Single(match, "Sweden").Type);

        var war = Body("Russia defeated Ukraine in the battle for the town, officials said. Russia and Ukraine both claimed gains.");
        Assert.Equal(EntityKind.Place, Single(war, "Russia").Kind);
        Assert.Equal(EntityKind.Place, Single(war, "Ukraine").Kind);
    }

    [Fact]
    public void A_demonym_before_titles_is_its_country_and_a_name_after_a_place_is_a_person()
    {
        var e = Body("The Afghan Ambassador to the United States Hamdullah Mohib says the team will travel. Mohib said visas were granted.");
        None(e, "Afghan Ambassador");
        Assert.Contains("Afghan", Single(e, "Afghanistan").Aliases);
        Assert.Equal(EntityKind.Place, Single(e, "United States").Kind);
        var mohib = Single(e, "Hamdullah Mohib");
        Assert.Equal(EntityKind.Person, mohib.Kind);
        Assert.Contains("Mohib", mohib.Aliases);
    }

    [Fact]
    public void Titles_after_an_organisation_are_not_part_of_its_name()
    {
        var e = Body("Jeff Rathke, the State Department Spokesperson, said the talks would go on.");
        Single(e, "State Department");
        None(e, "State Department Spokesperson");
    }

    [Fact]
    public void A_spaced_hyphen_joins_a_name_and_a_speaker_after_it_is_a_person()
    {
        var e = Body("The director of the Council on American - Islamic Relations Alia Salem said the family was grateful.");
        Assert.Equal(EntityKind.Organization, Single(e, "Council on American - Islamic Relations").Kind);
        Assert.Equal(EntityKind.Person, Single(e, "Alia Salem").Kind);
    }

    [Fact]
    public void Letter_compounds_handles_roman_numerals_and_words_in_capitals_are_not_names()
    {
        var e = Body("He wore a NASA T-shirt. Obama wrote from his @POTUS account about part XVII of the saga, UNLESS it was a joke.");
        Assert.Equal(EntityKind.Organization, Single(e, "NASA").Kind);
        None(e, "T-shirt");
        None(e, "NASA T");
        None(e, "POTUS");
        None(e, "XVII");
        None(e, "UNLESS");
    }

    [Fact]
    public void A_known_name_after_a_stripped_article_keeps_its_first_word()
    {
        var e = Body("The New Zealand government intends to hold two referendums.");
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
        var e = Body("This year the European team won, ahead of English and Scottish sides from Europe.");
        var europe = Single(e, "Europe");
        Assert.Contains("European", europe.Aliases);
        Assert.Contains("English", Single(e, "England").Aliases);
        Assert.Contains("Scottish", Single(e, "Scotland").Aliases);
        Assert.DoesNotContain(e, x => x.Name == "European" || x.Name == "English");
    }

    [Fact]
    public void A_school_district_is_an_organisation()
    {
        var e = Body("The Irving Independent School District said the boy was suspended.");
        Assert.Equal(EntityKind.Organization, Single(e, "Irving Independent School District").Kind);
    }

    [Fact]
    public void A_reporting_verb_after_a_name_with_of_does_not_split_it()
    {
        var e = Body("The U.S. Department of Agriculture notes that ozone damages crops.");
        Assert.Equal(EntityKind.Organization, Single(e, "U.S. Department of Agriculture").Kind);
        None(e, "of Agriculture");
    }

    [Fact]
    public void A_country_after_a_name_that_already_holds_a_place_is_its_own_entity()
    {
        var e = Body("Researchers at the University of Sheffield of the UK and Colorado State University of the US took part.");
        Single(e, "University of Sheffield");
        Single(e, "Colorado State University");
        Assert.Contains("UK", Single(e, "United Kingdom").Aliases);
        Assert.Contains("US", Single(e, "United States").Aliases);
    }

    [Fact]
    public void A_person_an_organisation_is_named_after_stays_a_person_and_keeps_the_surname()
    {
        var e = Body("The Andy Warhol Foundation gave the photographs. Andy Warhol died in 1987. Warhol was a legend.");
        Assert.Equal(EntityKind.Organization, Single(e, "Andy Warhol Foundation").Kind);
        var warhol = Single(e, "Andy Warhol");
        Assert.Equal(EntityKind.Person, warhol.Kind);
        Assert.Contains("Warhol", warhol.Aliases);
    }

    [Fact]
    public void Initials_opening_a_paragraph_are_a_person_not_a_dateline()
    {
        var e = Body("K.C. Maurer, chief financial officer at the foundation, said 500 institutions took part.");
        Assert.Equal(EntityKind.Person, Single(e, "K.C. Maurer").Kind);
    }

    [Fact]
    public void A_generic_body_is_no_one_countrys_until_the_text_names_the_country()
    {
        var manila = Body("In Manila, the Supreme Court ruled that the vote may go ahead, and the Senate agreed.");
        Single(manila, "Supreme Court");
        None(manila, "Supreme Court of the United States");
        None(manila, "United States Senate");

        var us = Body("The U.S. Supreme Court heard the case. Lawyers said the Supreme Court rarely takes such cases, "
            + "while the Italian Supreme Court of Cassation had ruled on it, and the Court of Cassation was cited again.");
        var court = Single(us, "Supreme Court of the United States");
        Assert.Contains("Supreme Court", court.Aliases);
        Assert.Equal(2, court.Mentions.Count);
    }
}
