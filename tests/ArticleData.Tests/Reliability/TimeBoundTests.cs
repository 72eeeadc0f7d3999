using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleData.Generator.Extraction;
using ArticleData.Generator.Model;
using ArticleData.Generator.Parsing;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// Pathological inputs finish within a generous bound (linear scanners, no backtracking), through the engine (parse and
/// extract) and through the whole generator; a cancelled build stops promptly and leaves nothing wrong cached.
/// </summary>
public class TimeBoundTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static readonly Dictionary<string, Func<string>> Inputs = new()
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
        Assert.NotNull(model);
        Assert.True(watch.Elapsed < Bound, $"{name}{extension} took {watch.Elapsed.TotalSeconds:F1} s");
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
        Assert.True(watch.Elapsed < Bound * 2, $"{name} took {watch.Elapsed.TotalSeconds:F1} s to generate and compile");
    }

    [Fact]
    public void The_parser_honours_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse("/project/a.txt", "Headline\n" + Inputs["100000-lines"](), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse("/project/a.md", "# Headline\n\n" + Inputs["100000-lines"](), cancelled.Token));
    }

    [Fact]
    public void A_cancelled_build_stops_promptly_and_the_next_build_is_complete()
    {
        var files = Enumerable.Range(0, 40).Select(i => HostileFile.Text($"articles/a{i}.txt", $"Headline {i}\n\n" + Inputs["100000-sentences"]())).ToList();
        var parseOptions = ReliabilityRunner.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("", parseOptions, NullableContextOptions.Enable);
        using var cancel = new CancellationTokenSource();
        // The first file read cancels the build, as an IDE does when the user types again.
        var driver = ReliabilityRunner.CreateDriver(files, null, parseOptions,
            f => new HookedAdditionalText(GeneratorHarness.Full(f.File.Path), f.File.Text, cancel.Cancel));

        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancel.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"cancellation took {watch.Elapsed.TotalSeconds:F1} s");

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(41, driver.GetRunResult().GeneratedTrees.Length);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity != DiagnosticSeverity.Hidden);
    }

    [Fact]
    public void A_build_cancelled_before_it_starts_throws_and_reports_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ReliabilityRunner.Run(new[] { HostileCorpusTests.Healthy }, cancellationToken: cancel.Token));
    }
}
