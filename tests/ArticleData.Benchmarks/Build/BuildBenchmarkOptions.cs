using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleData.Benchmarks.Infrastructure;

namespace ArticleData.Benchmarks.Build;

/// <summary>Which builds the benchmark times. Both server builds come from one sequence, so they are one choice.</summary>
[Flags]
public enum BuildModes
{
    /// <summary>Each build compiles in a csc process of its own.</summary>
    ServerOff = 1,

    /// <summary>The compiler server, shut down first: the first build starts it cold, the second finds it warm.</summary>
    Server = 2,

    All = ServerOff | Server,
}

/// <summary>What one run of the build benchmark does: article counts, pairs per mode, modes, and what it keeps.</summary>
public sealed record BuildBenchmarkOptions
{
    public const string DefaultResultsFile = "BenchmarkDotNet.Artifacts/results/build-benchmark.md";

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/ArticleData.Benchmarks -- build [--n 100,1000] [--runs 3] [--modes off,server] [--detail compact] [--generator-cache true|false] [--keep]
          --n      article counts (default: ARTICLEDATA_BENCH_N, else 100,1000; 10,000 takes a long time)
          --runs   timed pairs of builds (ArticleData, EmbeddedResource) per mode (default 3)
          --modes  off: compiler server off; server: server on, first and second build (default: both)
          --detail the ArticleData project's ArticleDataDetail (compact, full or minimal; default: not set, i.e. compact)
          --generator-cache  the ArticleData project's ArticleDataGeneratorCache (default: not set, i.e. on up to 5,000 articles)
          --keep   keep the temporary projects and print where they are
        """;

    /// <summary>The article counts, in the order they run.</summary>
    public IReadOnlyList<int> Counts { get; init; } = Sizes.Or(100, 1_000).ToList();

    /// <summary>Timed pairs of builds per mode.</summary>
    public int Runs { get; init; } = 3;

    public BuildModes Modes { get; init; } = BuildModes.All;

    /// <summary>The ArticleData project's <c>ArticleDataDetail</c> property, or null to leave it unset (the default output).</summary>
    public string? Detail { get; init; }

    /// <summary>The ArticleData project's <c>ArticleDataGeneratorCache</c> property, or null to leave it unset (the package decides by article count).</summary>
    public bool? GeneratorCache { get; init; }

    /// <summary>Keep the temporary folder (projects, feed, generated files) instead of deleting it at the end.</summary>
    public bool Keep { get; init; }

    /// <summary>A folder that already holds the packed ArticleData package (the tests' feed); null packs it anew.</summary>
    public string? Feed { get; init; }

    /// <summary>Where the markdown report is written, relative to the current directory; null writes none.</summary>
    public string? ResultsFile { get; init; } = DefaultResultsFile;

    /// <summary>How the run was started, for the report.</summary>
    public string CommandLine { get; init; } = "BuildBenchmark.Run";

    /// <summary>Receives a line per step, so a long run shows where it is; null is silent.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Reads the arguments after "build"; throws <see cref="ArgumentException"/> with the usage on a bad one.</summary>
    public static BuildBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BuildBenchmarkOptions();
        bool countsGiven = false;
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw Bad($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--n":
                    options = options with { Counts = Numbers(Value(), "--n") };
                    countsGiven = true;
                    break;
                case "--runs":
                    options = options with { Runs = Numbers(Value(), "--runs").Single() };
                    break;
                case "--modes":
                    options = options with { Modes = ParseModes(Value()) };
                    break;
                case "--detail":
                    options = options with { Detail = Value() };
                    break;
                case "--generator-cache":
                    options = options with { GeneratorCache = Value() switch { "true" => true, "false" => false, var v => throw Bad($"--generator-cache takes true or false, not '{v}'.") } };
                    break;
                case "--keep":
                    options = options with { Keep = true };
                    break;
                default:
                    throw Bad($"Unknown argument '{args[i]}'.");
            }
        }
        if (options.Runs < 1) throw Bad("--runs must be at least 1.");

        // The report names the exact command, including the variable when it chose the counts.
        string variable = Environment.GetEnvironmentVariable(Sizes.Variable) is { Length: > 0 } n && !countsGiven ? $"{Sizes.Variable}={n} " : "";
        string command = $"{variable}dotnet run -c Release --project tests/ArticleData.Benchmarks -- build {string.Join(" ", args)}".TrimEnd();
        return options with { CommandLine = command };
    }

    private static List<int> Numbers(string list, string name)
    {
        var numbers = new List<int>();
        foreach (string part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int n) || n < 1)
                throw Bad($"{name}: '{part}' is not a positive whole number.");
            numbers.Add(n);
        }
        return numbers.Count > 0 ? numbers : throw Bad($"{name} needs at least one number.");
    }

    private static BuildModes ParseModes(string list)
    {
        BuildModes modes = 0;
        foreach (string part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            modes |= part switch
            {
                "off" => BuildModes.ServerOff,
                "server" => BuildModes.Server,
                _ => throw Bad($"--modes: '{part}' is neither 'off' nor 'server'."),
            };
        }
        return modes != 0 ? modes : throw Bad("--modes needs at least one mode.");
    }

    private static ArgumentException Bad(string message) => new(message + "\n" + Usage);
}
