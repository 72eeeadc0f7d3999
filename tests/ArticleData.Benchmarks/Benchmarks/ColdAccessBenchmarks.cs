using System;
using System.Reflection;
using ArticleData.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ArticleData.Benchmarks.Benchmarks;

/// <summary>
/// 4a. Cold runtime access: in a fresh process (BenchmarkDotNet's cold-start strategy: one measured call per process),
/// the first access to every article's record through <c>Articles.All</c>, against deserialising the same data from an
/// embedded JSON resource with System.Text.Json source generation. Both assemblies are built with Roslyn in memory (once,
/// then kept on disk) and loaded in setup; neither is touched before the measured call.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class ColdAccessBenchmarks
{
    private Func<int> _touchAll = null!;
    private Assembly _json = null!;

    [Params(100, 1_000)]
    public int N { get; set; }

    public static int Articles(int n) => n;

    [GlobalSetup]
    public void Setup()
    {
        var (generated, json) = GeneratedProject.Assemblies(N);
        _touchAll = Probe.Method<Func<int>>(Assembly.LoadFrom(generated), "TouchAll");
        _json = Assembly.LoadFrom(json);
    }

    [Benchmark(Baseline = true)]
    public int JsonResource()
    {
        using var stream = _json.GetManifestResourceStream(JsonArticles.ResourceName)!;
        int n = 0;
        foreach (var a in JsonArticles.Deserialize(stream)) n += a.Body.Length + a.Entities.Length + a.Claims.Length;
        return n;
    }

    [Benchmark]
    public int GeneratedRecords() => _touchAll();
}

/// <summary>The probe compiled into the generated assembly (see <see cref="GeneratedProject"/>).</summary>
public static class Probe
{
    public static T Method<T>(Assembly generated, string name) where T : Delegate =>
        generated.GetType("TestProject.__Probe", throwOnError: true)!.GetMethod(name)!.CreateDelegate<T>();
}
