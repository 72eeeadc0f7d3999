using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ArticleData.Engine.Parsing;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>A cancelled build stops promptly and leaves nothing wrong cached; the parser honours a cancelled token.</summary>
public class CancellationTests
{
    private static string Input(string name) => TimeBoundTests.Inputs[name]();

    [Fact]
    public void The_parser_honours_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse("/project/a.txt", "Headline\n" + Input("100000-lines"), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse("/project/a.md", "# Headline\n\n" + Input("100000-lines"), cancelled.Token));
    }

    [Fact]
    public void A_cancelled_build_stops_promptly_and_the_next_build_is_complete()
    {
        var files = Enumerable.Range(0, 40).Select(i => HostileFile.Text($"articles/a{i}.txt", $"Headline {i}\n\n" + Input("100000-sentences"))).ToList();
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
