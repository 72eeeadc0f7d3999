using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// Every hostile case, built beside a healthy article: the generator never throws, the output compiles with zero
/// diagnostics, declares only what ArticleData generates, holds the exact text, reports exactly the expected located
/// diagnostics, and the healthy article still generates.
/// </summary>
public class HostileCorpusTests
{
    public static IEnumerable<object[]> Cases => HostileCorpus.Names;

    public static HostileFile Healthy => HostileFile.Text(Repo.SeedFile, Repo.SeedText);

    public static ExpectedArticle HealthyArticle { get; } = new("PutinSeeksEnergyDealsInBeijing",
        "Putin seeks energy deals in Beijing as Xi delays Power of Siberia 2 approval", Paragraphs: 5);

    [Fact]
    public void The_corpus_has_at_least_sixty_distinct_cases()
    {
        Assert.True(HostileCorpus.All.Count >= 60, $"only {HostileCorpus.All.Count} cases");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gives_exact_code_or_a_located_diagnostic_and_spares_the_healthy_article(string name)
    {
        var hostile = HostileCorpus.Get(name);
        var files = hostile.Files().Append(Healthy).ToList();
        var result = ReliabilityRunner.Run(files, hostile.Properties?.ToDictionary(p => p.Key, p => p.Value));

        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        GeneratedCodeAssert.OnlyExpectedMembers(result);

        var allowed = new HashSet<string>(hostile.AlsoAllowed ?? Array.Empty<string>());
        var reported = GeneratedCodeAssert.LocatedDiagnostics(result);
        Assert.Equal(
            hostile.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal),
            reported.Where(d => !allowed.Contains(d.Id)).Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));

        GeneratedCodeAssert.HasArticles(result, hostile.Articles.Append(HealthyArticle));
        Assert.Equal(hostile.Articles.Length + 1, result.Sources.Count(s => s.HintName != "ArticleData.Catalog.g.cs"));
    }
}
