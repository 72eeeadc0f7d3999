using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Tests.Infrastructure;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// What a user pays for `dotnet build` with ArticleData: the SDK builds a console project that references the packed
/// package and holds N synthetic articles, against the same project with the articles as EmbeddedResource. Timed with
/// the compiler server off, and on (first build after the server was shut down, then a second build), alternating
/// the two projects pair by pair; plus, untimed, the generator's share of a build (ReportAnalyzer) and the bytes it
/// generates per article byte. Not BenchmarkDotNet: each measurement is a separate `dotnet build` process.
/// <code>dotnet run -c Release --project tests/ArticleData.Benchmarks -- build [--n 100,1000] [--runs 3] [--keep]</code>
/// </summary>
public static class BuildBenchmark
{
    /// <summary>The command line's entry: prints the report, writes it to the results file, returns the exit code.</summary>
    public static int RunFromCommandLine(string[] args)
    {
        BuildBenchmarkOptions options;
        try { options = BuildBenchmarkOptions.Parse(args); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        options = options with { Progress = line => Console.Error.WriteLine("// " + line) };

        BuildBenchmarkResults results;
        try { results = Run(options); }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine("The build benchmark stopped: " + e.Message);
            return 1;
        }
        Console.WriteLine(BuildBenchmarkReport.ToMarkdown(results));
        if (options.ResultsFile is { } file) Console.Error.WriteLine("// written to " + BuildBenchmarkReport.Write(results, file));
        return 0;
    }

    /// <summary>
    /// Runs the benchmark and returns what it measured; <see cref="RunFromCommandLine"/> prints and writes the report. Throws with the
    /// failing step's output if a pack, restore, build or run fails.
    /// </summary>
    public static BuildBenchmarkResults Run(BuildBenchmarkOptions options)
    {
        Action<string> progress = options.Progress ?? (_ => { });
        string root = Path.Combine(Path.GetTempPath(), "articledata-build-benchmark-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(root);
        // Empty: MSBuild looks for these in every folder up to the file system's root, and none found there may change the builds.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");

        CompilerServer? server = null;
        try
        {
            var feed = LocalFeed.Create(root, options.Feed, progress);
            string sdkVersion = SdkVersion(root, out string sdkDirectory);
            server = new CompilerServer(sdkDirectory, root);
            var builder = new ConsumerBuilder(root, feed.Environment, server);

            var sizes = new List<SizeResult>();
            foreach (int n in options.Counts) sizes.Add(Measure(n, options, root, builder, server, progress));

            return new BuildBenchmarkResults(DateTimeOffset.UtcNow, sdkVersion, options.CommandLine, Commands(options.Modes, server), sizes);
        }
        finally
        {
            server?.Shutdown();
            if (options.Keep) progress("kept " + root);
            else
            {
                try { Directory.Delete(root, recursive: true); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { progress($"could not delete {root}: {e.Message}"); }
            }
        }
    }

    private static SizeResult Measure(int n, BuildBenchmarkOptions options, string root, ConsumerBuilder builder, CompilerServer server, Action<string> progress)
    {
        string folder = Path.Combine(root, "n" + n.ToString(CultureInfo.InvariantCulture));
        var articles = SyntheticCorpus.Generate(n);
        var articleData = ConsumerProject.Create(folder, ConsumerKind.ArticleData, articles, options.Detail, options.GeneratorCache);
        var resource = ConsumerProject.Create(folder, ConsumerKind.Resource, articles);
        var both = new[] { articleData, resource };
        string Tag(string step) => $"N={n:N0}: {step}";

        // Untimed: restore, and a first build that writes everything a first build writes (obj/, bin/, the apphost);
        // then each app must print N, so neither side is timed without its articles.
        progress(Tag("restore and warm-up builds"));
        foreach (var project in both)
        {
            builder.Restore(project);
            builder.Build(project, server: false);
            int count = builder.RunApp(project);
            if (count != n) throw new InvalidOperationException($"{project.Name} holds {count} articles, not {n}.");
        }

        var modes = new List<ModeResult>();
        if (options.Modes.HasFlag(BuildModes.ServerOff))
        {
            var pairs = new List<BuildPair>();
            for (int run = 1; run <= options.Runs; run++)
            {
                var a = builder.Build(articleData, server: false).Sample;
                var r = builder.Build(resource, server: false).Sample;
                pairs.Add(new BuildPair(a, r));
                progress(Tag($"server off, pair {run}/{options.Runs}: {Describe(a)} ArticleData, {Describe(r)} resource"));
            }
            modes.Add(new ModeResult(BuildMeasurement.ServerOff, pairs));
        }
        if (options.Modes.HasFlag(BuildModes.Server))
        {
            var first = new List<BuildPair>();
            var second = new List<BuildPair>();
            for (int run = 1; run <= options.Runs; run++)
            {
                var (a1, a2) = ServerBuilds(articleData, builder, server);
                var (r1, r2) = ServerBuilds(resource, builder, server);
                first.Add(new BuildPair(a1, r1));
                second.Add(new BuildPair(a2, r2));
                progress(Tag($"server on, pair {run}/{options.Runs}: first {Describe(a1)} ArticleData, {Describe(r1)} resource; "
                    + $"second {Describe(a2)} ArticleData, {Describe(r2)} resource"));
            }
            server.Shutdown();
            modes.Add(new ModeResult(BuildMeasurement.ServerFirstBuild, first));
            modes.Add(new ModeResult(BuildMeasurement.ServerSecondBuild, second));
        }

        // Untimed, server off: the generator's own time, as csc reports it for the whole compilation.
        progress(Tag("generator time (ReportAnalyzer)"));
        var (analyzed, output) = builder.Build(articleData, server: false, "-p:ReportAnalyzer=true", "-v:detailed");
        GeneratorTime? generator = null;
        if (AnalyzerReport.GeneratorTime(output.StandardOutput, GeneratedFiles.GeneratorAssembly) is { } printed)
            generator = new GeneratorTime(AnalyzerReport.Seconds(printed), printed, analyzed.Elapsed);
        else progress(Tag("the ReportAnalyzer output names no " + GeneratedFiles.GeneratorAssembly + "; generator time n/a"));

        // Untimed: the generated files on disk, against the articles.
        progress(Tag("generated files"));
        string generatedFolder = Path.Combine(folder, "generated");
        builder.Build(articleData, server: false, "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generatedFolder);
        var (generatedBytes, generatedFiles) = GeneratedFiles.Measure(generatedFolder);
        long articleBytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

        return new SizeResult(n, modes, generator, new GeneratedSize(n, articleBytes, generatedBytes, generatedFiles));
    }

    /// <summary>
    /// One project's server builds: the server is shut down, so the first build starts it cold (and its peak is that
    /// build's); the second, right after, finds it warm, and its peak is reset first to what it holds now, so the
    /// reading is the most it held during the second build (which starts with what it kept from the first).
    /// </summary>
    private static (BuildSample First, BuildSample Second) ServerBuilds(ConsumerProject project, ConsumerBuilder builder, CompilerServer server)
    {
        server.Shutdown();
        var first = builder.Build(project, server: true).Sample;
        // If the reset is refused the reading covers both builds, which is still a true peak of the server.
        server.ResetPeak();
        var second = builder.Build(project, server: true).Sample;
        return (first, second);
    }

    private static IReadOnlyDictionary<string, string> Commands(BuildModes modes, CompilerServer server)
    {
        string Build(bool onServer, params string[] extra) =>
            "dotnet " + string.Join(" ", ConsumerBuilder.BuildArguments(onServer, server.PipeName).Concat(extra));
        var commands = new Dictionary<string, string>();
        if (modes.HasFlag(BuildModes.ServerOff)) commands[BuildBenchmarkReport.Label(BuildMeasurement.ServerOff)] = Build(false);
        if (modes.HasFlag(BuildModes.Server))
        {
            commands[BuildBenchmarkReport.Label(BuildMeasurement.ServerFirstBuild)] = $"{server.ShutdownCommand}, then {Build(true)}";
            commands[BuildBenchmarkReport.Label(BuildMeasurement.ServerSecondBuild)] = Build(true) + ", right after";
        }
        commands["generator time"] = Build(false, "-p:ReportAnalyzer=true", "-v:detailed");
        commands["generated bytes"] = Build(false, "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=<folder>");
        return commands;
    }

    /// <summary>The SDK the consumer projects build with (`dotnet --version` in their folder) and its folder.</summary>
    private static string SdkVersion(string root, out string sdkDirectory)
    {
        var version = ProcessRunner.Run("dotnet", new[] { "--version" }, root);
        var list = ProcessRunner.Run("dotnet", new[] { "--list-sdks" }, root);
        string v = version.StandardOutput.Trim();
        // "10.0.401 [/usr/share/dotnet/sdk]"
        string? line = list.StandardOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(v + " [", StringComparison.Ordinal));
        if (version.ExitCode != 0 || line is null) throw new InvalidOperationException($"Cannot find the SDK.\n{version}\n{list}");
        sdkDirectory = Path.Combine(line.Substring(v.Length + 2).TrimEnd(']'), v);
        return v;
    }

    private static string Describe(BuildSample sample) =>
        sample.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
        + (sample.CompilerPeakBytes is long b ? $" ({(b / (1024.0 * 1024)).ToString("N0", CultureInfo.InvariantCulture)} MB)" : "");
}
