extern alias benchmarks;

using benchmarks::ArticleData.Benchmarks.Corpus;

namespace ArticleData.Tests.Performance;

/// <summary>
/// The baseline the throughput tests measure extraction against, in the same process on the same text: counting
/// whitespace-separated words, one plain loop over the characters (the baseline of ExtractionBenchmarks, README
/// Performance row 5). A ratio to it says the same on a fast, a slow or a loaded machine, where words per second do not.
/// </summary>
internal static class WordCount
{
    public static int Of(string text) => SyntheticCorpus.CountWords(text);

#if DEBUG
    private const double Unoptimised = 4; // a Debug build's engine is slower than counting words by more than Release's
#else
    private const double Unoptimised = 1;
#endif

    /// <summary>
    /// How many times slower than counting words whole extraction (entities and claims) may be. README row 5: counting
    /// words ran at 221.9 M words/s and extraction at 1.24 M, 179x slower; the claim, 1 M words/s, is 222x slower. The
    /// bar, 270x, is 0.82 M words/s on that machine: near the claim, with a margin for timing noise on a shared machine.
    /// </summary>
    public const double ExtractionMaxSlowdown = 270 * Unoptimised;

    /// <summary>
    /// How many times slower than counting words entity extraction alone may be: it takes about 40 per cent of whole
    /// extraction's time (measured 60-77x slower than counting words, whole extraction 147-182x, on a loaded 2-core machine).
    /// </summary>
    public const double EntitiesMaxSlowdown = 140 * Unoptimised;
}
