using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleData.Benchmarks.Build;

/// <summary>A timed build, as one of the report's rows measures it.</summary>
public enum BuildMeasurement
{
    ServerOff,
    ServerFirstBuild,
    ServerSecondBuild,
}

/// <summary>
/// One timed `dotnet build`: wall-clock time from starting the dotnet CLI to its exit, and the highest peak resident
/// set (VmHWM) read of the compiler process(es) it used, null when none could be read.
/// </summary>
public sealed record BuildSample(TimeSpan Elapsed, long? CompilerPeakBytes);

/// <summary>The two projects built one after the other, in the same mode.</summary>
public sealed record BuildPair(BuildSample ArticleData, BuildSample Resource)
{
    /// <summary>How many times longer the ArticleData build took.</summary>
    public double Ratio => ArticleData.Elapsed.TotalSeconds / Resource.Elapsed.TotalSeconds;
}

/// <summary>Every pair timed in one mode at one N.</summary>
public sealed record ModeResult(BuildMeasurement Measurement, IReadOnlyList<BuildPair> Pairs)
{
    public TimeSpan ArticleDataMedian => TimeSpan.FromSeconds(Statistics.Median(Pairs.Select(p => p.ArticleData.Elapsed.TotalSeconds)));

    public TimeSpan ResourceMedian => TimeSpan.FromSeconds(Statistics.Median(Pairs.Select(p => p.Resource.Elapsed.TotalSeconds)));

    public double RatioMedian => Statistics.Median(Pairs.Select(p => p.Ratio));

    public double RatioMin => Pairs.Min(p => p.Ratio);

    public double RatioMax => Pairs.Max(p => p.Ratio);

    /// <summary>The highest compiler peak over this mode's builds of each project; null when none could be read.</summary>
    public long? ArticleDataPeakBytes => Pairs.Max(p => p.ArticleData.CompilerPeakBytes);

    public long? ResourcePeakBytes => Pairs.Max(p => p.Resource.CompilerPeakBytes);
}

/// <summary>The generator's own time in one build, from the compiler's ReportAnalyzer output.</summary>
/// <param name="Seconds">The time; "&lt;0.001" in the report is read as 0.001.</param>
/// <param name="Text">The time as the compiler printed it.</param>
/// <param name="BuildElapsed">Wall-clock time of that whole build.</param>
public sealed record GeneratorTime(double Seconds, string Text, TimeSpan BuildElapsed)
{
    /// <summary>The generator's share of the whole `dotnet build`.</summary>
    public double Share => Seconds / BuildElapsed.TotalSeconds;
}

/// <summary>What the generator wrote for N articles, against the articles themselves (both in UTF-8 bytes).</summary>
public sealed record GeneratedSize(int Articles, long ArticleBytes, long GeneratedBytes, int GeneratedFiles)
{
    public double Ratio => (double)GeneratedBytes / ArticleBytes;

    public double GeneratedKilobytesPerArticle => GeneratedBytes / 1024.0 / Articles;
}

/// <summary>Everything measured at one N.</summary>
public sealed record SizeResult(int N, IReadOnlyList<ModeResult> Modes, GeneratorTime? Generator, GeneratedSize Generated);

/// <summary>
/// The whole run: when and with which SDK, the command that started it, each timed build's exact command line, and
/// every N's results.
/// </summary>
public sealed record BuildBenchmarkResults(
    DateTimeOffset Date,
    string SdkVersion,
    string CommandLine,
    IReadOnlyDictionary<string, string> BuildCommands,
    IReadOnlyList<SizeResult> Sizes);

internal static class Statistics
{
    /// <summary>The middle value; the mean of the two middle ones for an even count.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) throw new InvalidOperationException("No values.");
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
