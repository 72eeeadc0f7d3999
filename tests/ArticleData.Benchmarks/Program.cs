using ArticleData.Benchmarks.Build;
using BenchmarkDotNet.Running;

namespace ArticleData.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        // `build` times real `dotnet build`s of consumer projects, one process per build (Build/BuildBenchmark.cs);
        // everything else is BenchmarkDotNet's.
        if (args.Length > 0 && args[0] == "build") return BuildBenchmark.RunFromCommandLine(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
        return 0;
    }
}
