using System.Collections.Generic;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Benchmarks.Floor;
using ArticleData.Benchmarks.Infrastructure;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleData.Benchmarks.Benchmarks;

/// <summary>
/// 1. A full generator run (read, parse, extract, emit, and the driver parsing what was emitted) over N articles,
/// against the floor generator over the same files. Per article and words/s are extra columns.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FullRunBenchmarks
{
    private GeneratorDriver _floor = null!;
    private GeneratorDriver _articleData = null!;
    private CSharpCompilation _compilation = null!;

    [ParamsSource(nameof(Counts))]
    public int N { get; set; }

    public static IEnumerable<int> Counts => Sizes.Or(100, 1_000, 10_000);

    public static int Articles(int n) => n;

    public static long Words(int n) => SyntheticCorpus.WordCount(n);

    [GlobalSetup]
    public void Setup()
    {
        var files = Drivers.Files(SyntheticCorpus.Generate(N));
        _compilation = Drivers.EmptyCompilation();
        _floor = Drivers.Create(new FloorGenerator(), files);
        _articleData = Drivers.Create(new ArticleGenerator(), files);
    }

    [Benchmark(Baseline = true)]
    public int Floor() => Drivers.Generate(_floor, _compilation).Length;

    [Benchmark]
    public int ArticleData() => Drivers.Generate(_articleData, _compilation).Length;
}
