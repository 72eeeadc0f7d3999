using ArticleData.Engine.Extraction.Entities;
using Xunit;

namespace ArticleData.Tests.Extraction;

/// <summary>
/// The embedded gazetteer: cities generated from GeoNames by tools/gazetteer/import-cities.mjs (ids kept, words left out),
/// given names by tools/gazetteer/import-given-names.mjs (the hand-written list and Moby's English first names).
/// </summary>
public class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Fact]
    public void A_city_and_its_local_name_give_the_same_GeoNames_id()
    {
        Assert.True(G.TryGeoNamesId("Cologne", out int english));
        Assert.True(G.TryGeoNamesId("Köln", out int local));
        Assert.Equal(2886242, english);
        Assert.Equal(english, local);
        Assert.Equal("https://sws.geonames.org/2886242/", Gazetteer.GeoNamesUri(english));
    }

    [Fact]
    public void A_city_the_old_hand_written_list_lacked_comes_from_GeoNames_as_a_city()
    {
        Assert.True(G.TryName("Nanchong", out var city));
        Assert.Equal(global::ArticleData.Engine.Model.EntityKind.Place, city.Kind);
        Assert.Equal("City", city.Type);
        Assert.Equal(1800146, city.GeoNamesId);
    }

    [Fact]
    public void Countries_and_organisations_carry_no_GeoNames_id()
    {
        Assert.True(G.TryName("France", out _));
        Assert.False(G.TryGeoNamesId("France", out int country));
        Assert.Equal(0, country);
        Assert.False(G.TryGeoNamesId("Not a place at all", out _));
    }

    [Theory]
    [InlineData("Reading")] // Reading, England: the word is far more often a verb
    [InlineData("Mobile")]  // Mobile, Alabama
    [InlineData("Split")]   // Split, Croatia
    [InlineData("Taylor")]  // Taylor, Michigan: a surname
    public void Towns_named_like_common_words_or_surnames_are_left_out(string word) =>
        Assert.False(G.TryName(word, out _));

    [Theory]
    [InlineData("Aarika")]    // Moby's English first names, beyond the hand-written list
    [InlineData("Thaddeus")]
    [InlineData("Wilhelmina")]
    [InlineData("Ingrid")]    // the hand-written list, kept
    public void Given_names_come_from_the_hand_written_list_and_Moby(string name) =>
        Assert.True(G.IsGivenName(name));

    [Theory]
    [InlineData("Hope")]     // a first name Moby lists, but an ordinary word: Moby-Dick writes it in lower case
    [InlineData("Chase")]
    [InlineData("Regina")]   // a city of the gazetteer
    [InlineData("Welsh")]    // a demonym of the gazetteer
    [InlineData("Major")]    // a title of the lexicon
    [InlineData("Tuesday")]  // a weekday of the lexicon
    public void Moby_names_that_are_words_places_or_lexicon_entries_are_left_out(string name) =>
        Assert.False(G.IsGivenName(name));
}
