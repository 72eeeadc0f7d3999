using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>ArticleDataMaxArticleSize: a default of 1,000,000 characters, configurable, ART007 above it, ART011 for a bad value.</summary>
public class LimitTests
{
    private static GeneratorResult RunSized(int size, string? limit)
    {
        string text = "Headline\n" + new string('w', size - "Headline\n".Length);
        var properties = limit is null ? null : new Dictionary<string, string> { ["ArticleDataMaxArticleSize"] = limit };
        var result = ReliabilityRunner.Run(new[] { HostileFile.Text("articles/sized.txt", text), HostileFile.Text("glossary.txt", "Person: " + new string('g', size), "Glossary") }, properties);
        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        return result;
    }

    private static string[] Ids(GeneratorResult result) => result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(i => i).ToArray();

    [Theory]
    [InlineData(1_000_000, null, true)]
    [InlineData(1_000_001, null, false)]
    [InlineData(500, "500", true)]
    [InlineData(501, "500", false)]
    [InlineData(501, " 500 ", false)]
    [InlineData(1_500_000, "2000000", true)]
    public void Articles_up_to_the_limit_generate_and_longer_ones_get_ART007(int size, string? limit, bool generates)
    {
        var result = RunSized(size, limit);
        Assert.Equal(generates ? 2 : 1, result.Sources.Length);
        if (generates)
        {
            Assert.Empty(result.GeneratorDiagnostics);
            return;
        }
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ART007", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/project/articles/sized.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("1e6")]
    [InlineData("99999999999")]
    public void A_bad_limit_is_reported_and_the_default_applies(string limit)
    {
        Assert.Equal(new[] { "ART011" }, Ids(RunSized(1_000_000, limit)));
        Assert.Equal(new[] { "ART007", "ART011" }, Ids(RunSized(1_000_001, limit)));
    }
}
