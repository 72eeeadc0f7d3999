extern alias benchmarks;

using System;
using System.Diagnostics;
using benchmarks::ArticleData.Benchmarks.Benchmarks;
using Xunit;
using Xunit.Abstractions;

namespace ArticleData.Tests.Performance;

/// <summary>
/// Extraction must stay fast: the target is 1,000,000 words/s on one core in Release (README, Performance, row 5); this test
/// holds a generous floor that a Debug build on a busy CI machine still clears, so only a real regression (say, a
/// quadratic scan) fails it.
/// </summary>
[Collection(ArticleData.Tests.Extraction.TimingCollection.Name)]
public class ExtractionThroughputTests
{
    private const double FloorWordsPerSecond = 100_000;

    private readonly ITestOutputHelper _output;

    public ExtractionThroughputTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Extraction_stays_above_a_generous_words_per_second_floor()
    {
        var bench = new ExtractionBenchmarks();
        bench.Setup();
        bench.Extract(); // JIT and warm caches first
        GC.Collect(); // and let the collector finish what earlier tests left, so it does not run during the timed runs
        GC.WaitForPendingFinalizers();
        long words = ExtractionBenchmarks.Words(0);
        double best = double.MaxValue;
        for (int run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            bench.Extract();
            best = System.Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        double wordsPerSecond = words / best;
        _output.WriteLine($"{words:N0} words extracted in {best * 1000:N2} ms: {wordsPerSecond:N0} words/s");
        Assert.True(wordsPerSecond >= FloorWordsPerSecond, $"Extraction ran at {wordsPerSecond:N0} words/s, under the floor of {FloorWordsPerSecond:N0}.");
    }
}
