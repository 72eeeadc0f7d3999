extern alias benchmarks;

using System;
using System.Linq;
using benchmarks::ArticleData.Benchmarks.Benchmarks;
using benchmarks::ArticleData.Benchmarks.Build;
using benchmarks::ArticleData.Benchmarks.Corpus;
using benchmarks::ArticleData.Benchmarks.Infrastructure;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using ArticleData.Tests.Packaging;
using Xunit;

namespace ArticleData.Tests.Performance;

/// <summary>
/// Runs every benchmark once at a tiny N, so the benchmarks keep compiling and working (they throw on a wrong result)
/// without the minutes a real BenchmarkDotNet run takes.
/// </summary>
public class BenchmarkSmokeTests
{
    private const int N = 12;

    [Fact]
    public void Synthetic_corpus_is_deterministic_and_realistic()
    {
        var first = SyntheticCorpus.Generate(N);
        var again = SyntheticCorpus.Generate(N);
        Assert.Equal(first.Select(a => a.Text), again.Select(a => a.Text));
        Assert.Equal(N, first.Select(a => a.FileName).Distinct().Count());
        Assert.All(first, a =>
        {
            Assert.InRange(a.Words, 300, 900);
            Assert.Equal(SyntheticCorpus.CountWords(a.Text), a.Words);
            Assert.Contains('"', a.Text);
        });
    }

    [Fact]
    public void Full_run_benchmark_runs_both_generators()
    {
        var bench = new FullRunBenchmarks { N = N };
        bench.Setup();
        Assert.Equal(N, bench.Floor());
        Assert.Equal(N + 1, bench.ArticleData()); // one file per article and the catalog
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var bench = new IncrementalEditBenchmarks { N = N };
        bench.Setup(); // throws unless the reused outputs and the tracked steps show only the edited article extracted and emitted again
        Assert.Equal(N + 1, bench.FullRun());
        Assert.Equal(N + 1, bench.OneArticleEdited());
        Assert.Equal(N + 1, bench.NothingEdited());
    }

    [Fact]
    public void Output_reuse_tells_a_fresh_run_from_a_cached_one()
    {
        var files = Drivers.Files(SyntheticCorpus.Generate(N));
        var compilation = Drivers.EmptyCompilation();
        var first = Drivers.Create(new ArticleGenerator(), files).RunGenerators(compilation);
        var fresh = Drivers.Create(new ArticleGenerator(), files).RunGenerators(compilation);
        Assert.Equal(new OutputReuse(N + 1, 0), IncrementalEdit.Reuse(first, fresh));
        Assert.Equal(new OutputReuse(N + 1, N + 1), IncrementalEdit.Reuse(first, first.RunGenerators(compilation)));
    }

    [Fact]
    public void Compile_benchmark_builds_both_alternatives()
    {
        var bench = new CompileBenchmarks { N = N };
        bench.Setup();
        Assert.True(bench.EmbeddedResources() > 0);
        Assert.True(bench.GeneratedCode() > 0);
    }

    [Fact]
    public void Runtime_benchmarks_read_the_same_articles_both_ways()
    {
        var cold = new ColdAccessBenchmarks { N = N };
        cold.Setup();
        // Same bodies, entities and claims whichever way they are read.
        Assert.Equal(cold.JsonResource(), cold.GeneratedRecords());

        var find = new FindBenchmarks { N = N };
        find.Setup();
        Assert.Equal(N, find.Find());
        Assert.Equal(N, find.Dictionary());
    }

    [Fact]
    public void Extraction_benchmark_reads_the_corpus()
    {
        var bench = new ExtractionBenchmarks();
        bench.Setup();
        Assert.True(ExtractionBenchmarks.Articles(0) >= 20);
        Assert.Equal(ExtractionBenchmarks.Words(0), bench.CountWords());
        Assert.True(bench.Parse() > ExtractionBenchmarks.Articles(0));
        Assert.True(bench.Extract() >= 1_000, "the extraction benchmark should find the corpus's entities and claims (about 1,300)");
    }
}

/// <summary>
/// The build benchmark once, as cheaply as it goes: N = 3, one pair, compiler server off. It builds from the package
/// the package tests pack once per test run (so it shares their collection and runs after them, not beside them).
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class BuildBenchmarkSmokeTests
{
    private readonly PackageFeed _feed;

    public BuildBenchmarkSmokeTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Build_benchmark_builds_both_projects_and_measures_the_generated_code()
    {
        // Throws, with the step's output, if a restore or build fails, a build skips compiling, or an app lacks its 3 articles.
        var results = BuildBenchmark.Run(new BuildBenchmarkOptions
        {
            Counts = new[] { 3 },
            Runs = 1,
            Modes = BuildModes.ServerOff,
            Feed = _feed.Feed,
            ResultsFile = null,
            Keep = Environment.GetEnvironmentVariable("ARTICLEDATA_KEEP_TEST_FILES") == "1",
        });

        var size = Assert.Single(results.Sizes);
        var mode = Assert.Single(size.Modes);
        Assert.Equal(BuildMeasurement.ServerOff, mode.Measurement);
        var pair = Assert.Single(mode.Pairs);
        Assert.True(pair.ArticleData.Elapsed > TimeSpan.Zero && pair.Resource.Elapsed > TimeSpan.Zero);
        Assert.True(double.IsFinite(mode.RatioMedian) && mode.RatioMedian > 0, $"ratio {mode.RatioMedian}");
        Assert.True(size.Generated.GeneratedBytes > 0);
        Assert.Equal(3 + 1, size.Generated.GeneratedFiles); // one file per article and the catalog
        Assert.True(double.IsFinite(size.Generated.Ratio) && size.Generated.Ratio > 0);
        Assert.NotNull(size.Generator); // the ReportAnalyzer output still names the generator where the parser looks
        Assert.Contains("| 3 | server off |", BuildBenchmarkReport.ToMarkdown(results));
    }
}
