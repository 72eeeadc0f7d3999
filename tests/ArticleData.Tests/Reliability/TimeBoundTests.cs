using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// Pathological inputs finish within a generous bound (linear scanners, no backtracking), through the engine (parse and
/// extract) and through the whole generator. In the timing collection, alone: a bound on wall-clock time says nothing
/// while the other test classes share the two cores.
/// </summary>
[Collection(ArticleData.Tests.Extraction.TimingCollection.Name)]
public class TimeBoundTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    internal static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["100000-capitalised-words"] = () => Repeat("Alpha Beta Gamma Delta Epsilon ", 20_000),
        ["100000-quote-marks"] = () => Repeat("\"", 100_000),
        ["100000-curly-quotes"] = () => Repeat("\u201C said \u201D \u2018", 33_334),
        ["million-digit-number"] = () => "It cost $" + Repeat("1", 1_000_000) + " million.",
        ["50000-us"] = () => Repeat("U.S. ", 50_000),
        ["100000-open-brackets"] = () => Repeat("[", 100_000),
        ["50000-unclosed-links"] = () => Repeat("[a](", 50_000),
        ["100000-angle-brackets"] = () => Repeat("<a", 100_000),
        ["200000-stars"] = () => Repeat("*", 200_000),
        ["100000-star-words"] = () => Repeat("a* ", 100_000),
        ["100000-underscore-runs"] = () => Repeat("_x__", 100_000),
        ["100000-backticks"] = () => Repeat("`", 100_000),
        ["100000-quote-markers"] = () => Repeat("> ", 100_000) + "text",
        ["100000-sentences"] = () => Repeat("Mr. Smith said it rose 5.5% to $3.2bn. ", 20_000),
        ["100000-lines"] = () => Repeat("Line said \"Yes\".\n", 100_000),
        // one paragraph of many claims naming many-times-mentioned entities: finding a claim's entities must not read the whole paragraph per claim
        ["100000-claims-one-paragraph"] = () => Repeat("Anna Smith said \"Yes\" to Tom Jones. ", 100_000),
        ["50000-front-matter-keys"] = () => "---\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"k{i}: \"v\"\n")) + "---\n# T\n\nBody",
    };

    public static IEnumerable<object[]> Cases => Inputs.Keys.SelectMany(k => new[] { new object[] { k, ".txt" }, new object[] { k, ".md" } });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pathological_input_is_parsed_and_extracted_within_the_bound(string name, string extension)
    {
        string body = Inputs[name]();
        string text = body.StartsWith("---", StringComparison.Ordinal) ? body : "# Headline\n\n" + body;
        var watch = Stopwatch.StartNew();
        var document = ArticleParser.Parse("/project/articles/a" + extension, text);
        var model = ArticleExtractor.Extract(document, Glossary.Empty, ExtractionOptions.All);
        watch.Stop();
        Assert.False(document.HasErrors);
        Assert.True(watch.Elapsed < Bound, $"{name}{extension} took {watch.Elapsed.TotalSeconds:F1} s");

        // The output is there, not only no error: a parser or an extractor that threw and returned nothing fails here.
        bool frontMatter = body.StartsWith("---", StringComparison.Ordinal); // plain text reads front matter as text: "---" is its headline
        Assert.Contains(frontMatter ? (extension == ".md" ? "T" : "---") : "Headline", document.Title.Text);
        if (Found.TryGetValue(name, out var found))
        {
            Assert.True(model.Claims.Count >= found.Claims, $"{name}{extension}: {model.Claims.Count} claims, expected at least {found.Claims}");
            Assert.True(model.Entities.Count >= found.Entities, $"{name}{extension}: {model.Entities.Count} entities, expected at least {found.Entities}");
            foreach (string entity in found.Named) Assert.Contains(model.Entities, e => e.Name == entity);
        }
    }

    /// <summary>
    /// What extraction must find in the inputs that hold claims or names (the others are noise with nothing to find):
    /// at least so many claims and entities, and these entities by name.
    /// </summary>
    private static readonly Dictionary<string, (int Claims, int Entities, string[] Named)> Found = new()
    {
        ["100000-capitalised-words"] = (1, 1, new string[0]),
        ["50000-us"] = (0, 1, new[] { "United States" }),
        ["100000-sentences"] = (20_000, 1, new[] { "Smith" }),
        ["100000-lines"] = (0, 1, new[] { "Line" }),
        ["100000-claims-one-paragraph"] = (100_000, 2, new[] { "Anna Smith", "Tom Jones" }),
    };

    [Fact]
    public void Every_input_that_holds_claims_or_names_has_its_expected_output()
    {
        Assert.All(Found.Keys, name => Assert.True(Inputs.ContainsKey(name), name));
    }

    [Theory]
    [InlineData("100000-capitalised-words")]
    [InlineData("million-digit-number")]
    [InlineData("50000-us")]
    [InlineData("100000-open-brackets")]
    [InlineData("200000-stars")]
    public void Pathological_input_goes_through_the_generator_within_the_bound(string name)
    {
        var files = new[] { HostileFile.Text("articles/a.md", "# Headline\n\n" + Inputs[name]()), HostileFile.Text("articles/b.txt", "Headline\n\n" + Inputs[name]()) };
        var watch = Stopwatch.StartNew();
        var result = ReliabilityRunner.Run(files, new Dictionary<string, string> { ["ArticleDataMaxArticleSize"] = "2000000" });
        watch.Stop();
        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        Assert.Equal(3, result.Sources.Length);
        // Both articles are in the output with their headline, not only compiled: an empty generated file also compiles.
        Assert.Equal(2, result.Sources.Count(s => s.Text.Contains("\"Headline\"")));
        Assert.True(watch.Elapsed < Bound * 2, $"{name} took {watch.Elapsed.TotalSeconds:F1} s to generate and compile");
    }
}
