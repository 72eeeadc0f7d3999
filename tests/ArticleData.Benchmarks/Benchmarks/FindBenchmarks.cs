using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleData.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;

namespace ArticleData.Benchmarks.Benchmarks;

/// <summary>
/// 4b. Steady state: <c>Articles.Find(slug)</c>, the generated switch, against a Dictionary lookup of the same
/// records, both looking up every slug (in a shuffled order) from code compiled into the generated assembly.
/// The per-article column is the time of one lookup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FindBenchmarks
{
    private Func<string[], int> _findAll = null!;
    private Func<Dictionary<string, Article>, string[], int> _lookupAll = null!;
    private Dictionary<string, Article> _map = null!;
    private string[] _slugs = null!;

    [ParamsSource(nameof(Counts))]
    public int N { get; set; }

    public static IEnumerable<int> Counts => Sizes.Or(100, 1_000, 10_000);

    public static int Articles(int n) => n;

    [GlobalSetup]
    public void Setup()
    {
        var generated = Assembly.LoadFrom(GeneratedProject.Assemblies(N).Generated);
        _findAll = Probe.Method<Func<string[], int>>(generated, "FindAll");
        _lookupAll = Probe.Method<Func<Dictionary<string, Article>, string[], int>>(generated, "LookupAll");
        var all = (IReadOnlyList<Article>)generated.GetType("TestProject.Articles", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
        _map = all.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var random = new Random(7);
        _slugs = all.Select(a => a.Slug).OrderBy(_ => random.Next()).ToArray();
        if (_findAll(_slugs) != N || _lookupAll(_map, _slugs) != N) throw new InvalidOperationException("Find or the dictionary missed a slug.");
    }

    [Benchmark(Baseline = true)]
    public int Dictionary() => _lookupAll(_map, _slugs);

    [Benchmark]
    public int Find() => _findAll(_slugs);
}
