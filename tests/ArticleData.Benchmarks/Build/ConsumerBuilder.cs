using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleData.Tests.Infrastructure;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// Runs the dotnet CLI on consumer projects: restores, builds (timed, with the compiler's memory sampled) and runs.
/// Any step that fails throws with the step's whole output, so no figure ever comes from a broken build.
/// </summary>
public sealed class ConsumerBuilder
{
    /// <summary>Generous: N = 10,000 compiles for minutes on a small machine.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly CompilerServer _server;

    public ConsumerBuilder(string root, IReadOnlyDictionary<string, string> environment, CompilerServer server)
    {
        _root = root;
        _environment = environment;
        _server = server;
    }

    /// <summary>
    /// The build every mode runs. -nodeReuse:false in every mode, so that each build starts MSBuild afresh and leaves no
    /// node behind for other builds on the machine to pick up: the modes differ in the compiler only. The compiler
    /// server is chosen explicitly, as the environment may set UseSharedCompilation (this machine's sets it to false).
    /// </summary>
    public static IReadOnlyList<string> BuildArguments(bool server, string pipeName) => server
        ? new[] { "build", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + pipeName }
        : new[] { "build", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false" };

    public void Restore(ConsumerProject project) => Dotnet(project.Directory, "restore", "-nodeReuse:false");

    /// <summary>
    /// Edits Program.cs and builds: the wall-clock time of the whole `dotnet build`, the compiler's peak memory, and the
    /// output. Throws if the build failed or csc did not write the assembly again (CoreCompile skipped as up to date).
    /// </summary>
    public (BuildSample Sample, ProcessResult Result) Build(ConsumerProject project, bool server, params string[] extraArguments)
    {
        project.Edit();
        DateTime before = File.Exists(project.CompiledAssembly) ? File.GetLastWriteTimeUtc(project.CompiledAssembly) : DateTime.MinValue;
        var arguments = BuildArguments(server, _server.PipeName).Concat(extraArguments).ToArray();

        ProcessResult result;
        long? peak;
        using (var sampler = CompilerMemorySampler.Start(_root, _server))
        {
            result = ProcessRunner.Run("dotnet", arguments, project.Directory, _environment, Timeout);
            peak = sampler.Stop();
        }

        if (result.ExitCode != 0) throw new InvalidOperationException($"Building {project.Name} failed.\n{result}");
        if (!File.Exists(project.CompiledAssembly) || File.GetLastWriteTimeUtc(project.CompiledAssembly) <= before)
            throw new InvalidOperationException($"Building {project.Name} did not compile it again (CoreCompile skipped?).\n{result}");
        return (new BuildSample(result.Elapsed, peak), result);
    }

    /// <summary>Runs the built app and returns the number it printed first (its article or resource count).</summary>
    public int RunApp(ConsumerProject project)
    {
        var run = Dotnet(project.Directory, project.OutputAssembly);
        string first = run.StandardOutput.Trim().Split('\n')[0].Trim();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? count
            : throw new InvalidOperationException($"{project.Name} printed no count.\n{run}");
    }

    /// <summary>Runs dotnet with the run's environment; throws with the output if it fails.</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments)
    {
        var result = ProcessRunner.Run("dotnet", arguments, workingDirectory, _environment, Timeout);
        return result.ExitCode == 0 ? result : throw new InvalidOperationException($"'dotnet {string.Join(" ", arguments)}' failed.\n{result}");
    }
}
