using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace ArticleData.Benchmarks;

/// <summary>The defaults plus the per-article and words/s columns; each benchmark class picks its own job.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.PerArticle), new ThroughputColumn(ThroughputColumn.Kind.WordsPerSecond));
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        // Each job's project is built anew; on a busy two-core machine that can take longer than the default 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
