using System.Linq;
using System.Reflection;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

public class ClaimEmitTests
{
    [Fact]
    public void Compact_output_has_no_claim_text_constants_and_headline_text_is_the_title_constant()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) });
        Assert.Empty(result.Errors);
        string source = result.Source("PutinSeeksEnergyDealsInBeijing");
        Assert.DoesNotContain("class Texts", source);
        Assert.Contains("public const string HeadlineText = global::TestProject.Articles.PutinSeeksEnergyDealsInBeijing.Title;", source);
        var claims = GeneratorHarness.Load(result.Compilation).GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing+Claims")!;
        Assert.Equal("Putin seeks energy deals in Beijing as Xi delays Power of Siberia 2 approval", claims.GetField("HeadlineText")!.GetRawConstantValue());
        Assert.True(((System.Collections.Generic.IReadOnlyList<Claim>)claims.GetProperty("All")!.GetValue(null)!).Count >= 10);
    }

    [Fact]
    public void Seed_claims_are_reachable_by_list_headline_and_text_constants_in_full_output()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) },
            new System.Collections.Generic.Dictionary<string, string> { ["ArticleDataDetail"] = "full" });
        Assert.Empty(result.Errors);
        var assembly = GeneratorHarness.Load(result.Compilation);
        var claims = assembly.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing+Claims")!;
        var texts = assembly.GetType("TestProject.Articles+PutinSeeksEnergyDealsInBeijing+Claims+Texts")!;

        var all = (System.Collections.Generic.IReadOnlyList<Claim>)claims.GetProperty("All")!.GetValue(null)!;
        var headline = (Claim)claims.GetProperty("Headline")!.GetValue(null)!;
        string headlineText = (string)claims.GetField("HeadlineText")!.GetRawConstantValue()!;

        Assert.True(all.Count >= 10);
        Assert.Equal("Putin seeks energy deals in Beijing as Xi delays Power of Siberia 2 approval", headlineText);
        Assert.Equal(headlineText, headline.Text);
        var reports = all.Single(c => c.Text.Contains("not in a hurry"));
        Assert.Equal("reports", reports.Attribution!.Source);
        var constants = texts.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(all.Select(c => c.Text), constants);
        Assert.Contains(texts.GetFields(), f => f.Name == "C" + reports.Id.Substring(2));
    }
}
