using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ArticleData.Tests.Infrastructure;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// The benchmark's own compiler server (VBCSCompiler). Builds pass -p:SharedCompilationId=<see cref="PipeName"/>, so
/// they start and use a server of their own instead of the machine's shared one: `dotnet build-server shutdown` would
/// stop the shared server (and every MSBuild node) under whoever else is building on the machine, and a server that
/// other builds also use would show their work in the timings and the memory.
/// </summary>
public sealed class CompilerServer
{
    private readonly string _compilerDll;
    private readonly string _workingDirectory;

    public CompilerServer(string sdkDirectory, string workingDirectory)
    {
        _compilerDll = System.IO.Path.Combine(sdkDirectory, "Roslyn", "bincore", "VBCSCompiler.dll");
        _workingDirectory = workingDirectory;
        // Short: on Unix the pipe is a socket whose path has a length limit.
        PipeName = "adbench" + Guid.NewGuid().ToString("N").Substring(0, 8);
    }

    public string PipeName { get; }

    /// <summary>The running server processes (one, or none).</summary>
    public IReadOnlyList<int> Processes() => ProcFs.ProcessIds().Where(IsServer).ToList();

    public bool IsServer(int pid) =>
        ProcFs.CommandLine(pid) is { } commandLine && ProcFs.Runs(commandLine, "VBCSCompiler") && commandLine.Contains("-pipename:" + PipeName);

    /// <summary>The shutdown command, for the report.</summary>
    public string ShutdownCommand => $"dotnet exec <SDK>/Roslyn/bincore/VBCSCompiler.dll -shutdown -pipename:{PipeName}";

    /// <summary>
    /// Stops the server the way `dotnet build-server shutdown` does (VBCSCompiler -shutdown, which lets a compilation in
    /// progress finish), and waits until it has exited. A server still there after 30 s is killed: it is this run's own.
    /// </summary>
    public void Shutdown()
    {
        if (Processes().Count == 0) return;
        ProcessRunner.Run("dotnet", new[] { "exec", _compilerDll, "-shutdown", "-pipename:" + PipeName }, _workingDirectory,
            timeout: TimeSpan.FromMinutes(1));
        var waited = Stopwatch.StartNew();
        while (Processes() is { Count: > 0 } left)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                foreach (int pid in left)
                {
                    try { Process.GetProcessById(pid).Kill(); }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException) { } // exited meanwhile
                }
                return;
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// Resets the server's VmHWM to its resident set now, so the next reading is the most it held since. False if it
    /// could not be.
    /// </summary>
    public bool ResetPeak()
    {
        var servers = Processes();
        return servers.Count > 0 && servers.All(ProcFs.ResetPeak);
    }
}
