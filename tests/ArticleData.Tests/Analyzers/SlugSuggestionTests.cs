using System.Collections.Generic;
using ArticleData.Generator;
using Xunit;

namespace ArticleData.Tests.Analyzers;

/// <summary>Which slugs ART016 suggests: the nearest by edit distance, at most three, none far past the nearest.</summary>
public class SlugSuggestionTests
{
    private static readonly SlugCatalog Catalog = new(new Dictionary<string, string>
    {
        ["energy-deal"] = "EnergyDeal",
        ["energy-deals"] = "EnergyDeals",
        ["energy-dealt"] = "EnergyDealt",
        ["energy-dial"] = "EnergyDial",
        ["sport-results"] = "SportResults",
    });

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("energy-deal", "energy-deals", 1)]
    [InlineData("abc", "", 3)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Fact]
    public void The_nearest_come_first_ties_in_ordinal_order_at_most_three()
    {
        Assert.Equal(new[] { ("energy-deal", "EnergyDeal"), ("energy-deals", "EnergyDeals"), ("energy-dealt", "EnergyDealt") }, Catalog.Nearest("energy-deel"));
    }

    [Fact]
    public void Slugs_far_past_the_nearest_are_not_suggested()
    {
        Assert.Equal(new[] { ("sport-results", "SportResults") }, Catalog.Nearest("sport-result"));
    }
}
