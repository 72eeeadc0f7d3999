using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime;
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
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class ColdAccessBenchmarks
{
    private Func<int> _touchAll = null!;
    private Assembly _json = null!;
    private TimeSpan _jitTime;
    private long _jitMethods;

    [ParamsSource(nameof(Counts))]
    public int N { get; set; }

    public static IEnumerable<int> Counts => Sizes.Or(100, 1_000);

    public static int Articles(int n) => n;

    [GlobalSetup]
    public void Setup()
    {
        var (generated, json) = GeneratedProject.Assemblies(N);
        _touchAll = Probe.Method<Func<int>>(Assembly.LoadFrom(generated), "TouchAll");
        _json = Assembly.LoadFrom(json);
        _jitTime = JitInfo.GetCompilationTime();
        _jitMethods = JitInfo.GetCompiledMethodCount();
    }

    /// <summary>The profile of a cold call: how much of it was the JIT compiling methods (printed to the log).</summary>
    [GlobalCleanup]
    public void Cleanup() => Console.WriteLine(
        $"// cold access N={N}: JIT compiled {JitInfo.GetCompiledMethodCount() - _jitMethods:N0} methods in {(JitInfo.GetCompilationTime() - _jitTime).TotalMilliseconds:N1} ms");

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
