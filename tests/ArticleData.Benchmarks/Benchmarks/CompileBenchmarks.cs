using System;
using System.Collections.Generic;
using System.Diagnostics;
using ArticleData.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;

namespace ArticleData.Benchmarks.Benchmarks;

/// <summary>
/// 3. The compiler's cost for the generated code: a Release CSharpCompilation of the generated trees, bound and emitted,
/// against the same data embedded as a JSON resource. The trees are parsed once in setup (the driver parses them
/// during the generator run, which benchmark 1 measures). The setup prints the generated size per article.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private GeneratedProject _project = null!;

    [ParamsSource(nameof(Counts))]
    public int N { get; set; }

    public static IEnumerable<int> Counts => Sizes.Or(1_000, 10_000);

    public static int Articles(int n) => n;

    [GlobalSetup]
    public void Setup()
    {
        _project = GeneratedProject.Create(N);
        long bytes = _project.GeneratedBytes;
        Console.WriteLine($"// generated source for N={N}: {bytes:N0} bytes, {bytes / N:N0} bytes per article; JSON resource {_project.Json.Length:N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set of the benchmark process (N={N}): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");

    [Benchmark(Baseline = true)]
    public int EmbeddedResources() => GeneratedProject.Emit(_project.ResourceCompilation(), _project.Resources).Length;

    [Benchmark]
    public int GeneratedCode() => GeneratedProject.Emit(_project.GeneratedCompilation()).Length;
}
