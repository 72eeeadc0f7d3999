using System.Collections.Generic;
using ArticleData.Engine.Model;
using Xunit;

namespace ArticleData.Tests.Quality;

using Certainty = ArticleData.Engine.Model.Certainty;
using ClaimKind = ArticleData.Engine.Model.ClaimKind;

public class ClaimScorerTests
{
    private static ClaimInfo Claim(string text, string? source = null, bool hedged = false) =>
        new("c-0", text, default, ClaimKind.Event, source is null ? null : new AttributionInfo(source, null, "said"),
            hedged ? Certainty.Hedged : Certainty.Asserted, hedged ? "may" : null, EquatableArray<QuantityInfo>.Empty, EquatableArray<int>.Empty);

    private static GoldClaim Gold(string key, string? attribution = null, bool? hedged = false, bool optional = false) =>
        new(key, attribution, new string[0], hedged, optional);

    [Fact]
    public void Normalises_like_score_py()
    {
        Assert.Equal("keller", ClaimScorer.Norm("Keller’s"));
        Assert.Equal("us department of commerce", ClaimScorer.Norm("The U.S.  Department of Commerce"));
    }

    [Fact]
    public void Same_source_on_equal_text_or_same_last_word()
    {
        Assert.True(ClaimScorer.SameSource(new[] { "Dana Keller" }, "Keller"));
        Assert.True(ClaimScorer.SameSource(new[] { "the companies" }, "companies"));
        Assert.False(ClaimScorer.SameSource(new[] { "Dana Keller" }, "Brennan Freight"));
        Assert.False(ClaimScorer.SameSource(new[] { "Dana Keller" }, null));
    }

    [Fact]
    public void Counts_matches_false_claims_attribution_and_hedging()
    {
        var gold = new List<GoldClaim> { Gold("shares fell 6.5 per cent"), Gold("could take nine months", "lawyers", true), Gold("an optional aside", optional: true) };
        var predicted = new[]
        {
            Claim("Lumora shares fell 6.5 per cent on Monday."),
            Claim("Lawyers said a review could take nine months.", "Lawyers", hedged: false),
            Claim("Not everyone is convinced."),
        };

        var score = ClaimScorer.Score(gold, predicted, partial: false);

        Assert.Equal(2, score.Gold);
        Assert.Equal(2, score.TruePositives);
        Assert.Equal(1, score.FalsePositives);
        Assert.Equal(2, score.AttributionRight);
        Assert.Equal(1, score.HedgingRight);
        Assert.Equal(2, score.HedgingCount);
        Assert.Equal(0, ClaimScorer.Score(gold, predicted, partial: true).FalsePositives);
    }
}
