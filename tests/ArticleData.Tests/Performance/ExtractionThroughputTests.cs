extern alias benchmarks;

using benchmarks::ArticleData.Benchmarks.Benchmarks;
using Xunit;
using Xunit.Abstractions;

namespace ArticleData.Tests.Performance;

/// <summary>
/// Extraction must stay fast: the claim is 1,000,000 words/s on one core in Release (README, Performance, row 5), about
/// 220 times slower than counting the same words. The test measures both in one process and holds extraction to a
/// ratio near that claim (<see cref="WordCount.ExtractionMaxSlowdown"/>), so the bar means the same on any machine.
/// </summary>
[Collection(ArticleData.Tests.Extraction.TimingCollection.Name)]
public class ExtractionThroughputTests
{
    private readonly ITestOutputHelper _output;

    public ExtractionThroughputTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Extraction_finds_the_corpus_entities_and_claims_at_a_rate_near_the_claim_relative_to_counting_words()
    {
        var bench = new ExtractionBenchmarks();
        bench.Setup();
        long words = ExtractionBenchmarks.Words(0);
        int found = bench.Extract();
        // The output is there: the gold of these articles holds 623 entities and 605 claims; an extractor that threw
        // and returned nothing, or lost either half, falls below this.
        Assert.True(found >= 1_000, $"{found} entities and claims found");
        Assert.Equal(words, bench.CountWords());

        var (extracting, counting) = ProcessorTime.BestSecondsPerCall(() => bench.Extract(), () => bench.CountWords());
        double slower = extracting / counting;
        _output.WriteLine($"{words:N0} words, {found} entities and claims: extraction {words / extracting:N0} words/s ({extracting * 1000:N2} ms), "
            + $"counting words {words / counting:N0} words/s: extraction {slower:F0}x slower (bar {WordCount.ExtractionMaxSlowdown}x)");
        Assert.True(slower <= WordCount.ExtractionMaxSlowdown,
            $"Extraction ran {slower:F0}x slower than counting words ({words / extracting:N0} words/s), over the bar of {WordCount.ExtractionMaxSlowdown}x.");
    }
}
