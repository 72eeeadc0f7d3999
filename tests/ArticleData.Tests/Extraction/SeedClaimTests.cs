using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Tests.Infrastructure;
using Xunit;
using static ArticleData.Tests.Extraction.ClaimTestKit;

namespace ArticleData.Tests.Extraction;

using Certainty = ArticleData.Engine.Model.Certainty;
using ClaimKind = ArticleData.Engine.Model.ClaimKind;
using QuantityKind = ArticleData.Engine.Model.QuantityKind;
using TextPart = ArticleData.Engine.Model.TextPart;

/// <summary>The seed article's claims, listed by hand (issue 4).</summary>
public class SeedClaimTests
{
    private static readonly ArticleModel Seed = Extract(Repo.SeedText, Repo.SeedFile);

    [Theory]
    [InlineData("Putin seeks energy deals in Beijing", false)]
    [InlineData("Xi Jinping remains hesitant on the gas pipeline project", false)]
    [InlineData("has arrived in Beijing for a state visit", false)]
    [InlineData("would effectively double Russia’s energy exports to China", false)]
    [InlineData("Xi Jinping is not in a hurry to grant final approval", false)]
    [InlineData("Enemy drones are reportedly striking key infrastructure", true)]
    [InlineData("military campaign appears to have stalled", true)]
    [InlineData("has publicly flexed its military capabilities", false)]
    [InlineData("three-day drills included specific practises for the deployment of nuclear weapons", false)]
    [InlineData("will likely serve as a key indicator", true)]
    public void Seed_claims_are_found_with_their_certainty(string fragment, bool hedged)
    {
        var claim = Claim(Seed, fragment);
        Assert.Equal(hedged ? Certainty.Hedged : Certainty.Asserted, claim.Certainty);
        Assert.Equal(hedged, claim.HedgeCue is not null);
    }

    [Fact]
    public void Only_the_reports_claim_is_attributed_and_to_reports()
    {
        var reports = Claim(Seed, "not in a hurry");
        Assert.Equal("reports", reports.Attribution!.Source);
        Assert.Equal("indicate", reports.Attribution.Verb);
        Assert.Equal(ClaimKind.Statement, reports.Kind);
        Assert.Single(Seed.Claims, c => c.Attribution is not null);
    }

    [Fact]
    public void Hedge_cues_are_the_words_that_hedge()
    {
        Assert.Equal("reportedly", Claim(Seed, "drones are reportedly").HedgeCue);
        Assert.Equal("appears to", Claim(Seed, "appears to have stalled").HedgeCue);
        Assert.Equal("likely", Claim(Seed, "will likely serve").HedgeCue);
    }

    [Fact]
    public void The_drills_claim_carries_the_three_day_duration()
    {
        var q = Assert.Single(Claim(Seed, "three-day drills").Quantities);
        Assert.Equal(QuantityKind.Duration, q.Kind);
        Assert.Equal("three-day", q.Text);
        Assert.Equal(3, q.Value);
        Assert.Equal("day", q.Unit);
    }

    [Fact]
    public void Commentary_is_not_a_claim()
    {
        Assert.DoesNotContain(Seed.Claims, c => c.Text.Contains("highlights the complex interplay"));
        Assert.DoesNotContain(Seed.Claims, c => c.Text.Contains("remains ambiguous"));
    }

    [Fact]
    public void The_arrival_claim_is_located_in_the_file()
    {
        var claim = Claim(Seed, "has arrived in Beijing");
        Assert.Equal(TextPart.Body, claim.Span.Part);
        Assert.Equal(0, claim.Span.Paragraph);
        Assert.Equal(0, claim.Span.Offset);
        Assert.Equal(4, claim.Span.Line);
        Assert.Equal(1, claim.Span.Column);
        Assert.StartsWith("Russian President Vladimir Putin has arrived", claim.Text);
        Assert.EndsWith("from the same city.", claim.Text);
    }

    [Fact]
    public void Ids_are_short_stable_hashes_of_the_text_and_unique()
    {
        var again = Extract(Repo.SeedText.Replace("\n", "\r\n"), "elsewhere/renamed.txt");
        Assert.Equal(Seed.Claims.Select(c => c.Id), again.Claims.Select(c => c.Id));
        Assert.All(Seed.Claims, c => Assert.Matches("^c-[0-9a-f]{10}$", c.Id));
        Assert.Equal(Seed.Claims.Count, Seed.Claims.Select(c => c.Id).Distinct().Count());
    }
}
