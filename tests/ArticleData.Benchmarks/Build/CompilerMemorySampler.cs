using System;
using System.Collections.Generic;
using System.Threading;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// While a build runs, reads the peak resident set (VmHWM) of its compiler every 100 ms and keeps the highest. The
/// compiler is a csc process whose working directory is under the benchmark's folder (csc runs in the project's
/// folder; other users of the machine run theirs elsewhere), or the benchmark's own compiler server, told apart by
/// its pipe name. VmHWM only grows, so a sample misses at most what a csc process added in its last 100 ms.
/// </summary>
public sealed class CompilerMemorySampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly string _root;
    private readonly CompilerServer _server;
    private readonly HashSet<int> _compilers = new();
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private long? _peak;

    private CompilerMemorySampler(string root, CompilerServer server)
    {
        _root = root.EndsWith('/') ? root : root + "/";
        _server = server;
        _thread = new Thread(Loop) { IsBackground = true, Name = "compiler memory sampler" };
    }

    /// <summary>Starts sampling the compilers of builds under <paramref name="root"/>.</summary>
    public static CompilerMemorySampler Start(string root, CompilerServer server)
    {
        var sampler = new CompilerMemorySampler(root, server);
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling and returns the highest peak read, or null if no compiler process could be read.</summary>
    public long? Stop()
    {
        _stop.Set();
        _thread.Join();
        Sample(); // a compiler server outlives the build: its final peak is readable now
        return _peak;
    }

    public void Dispose()
    {
        if (_thread.IsAlive) Stop();
        _stop.Dispose();
    }

    private void Loop()
    {
        while (!_stop.IsSet)
        {
            Sample();
            _stop.Wait(Interval);
        }
    }

    private void Sample()
    {
        foreach (int pid in ProcFs.ProcessIds())
        {
            // A process's command line is read until it is known to be a compiler: a child reads as its parent between
            // fork and exec, so a "no" is not remembered. (Linux does not hand out a pid again within seconds.)
            if (!_compilers.Contains(pid))
            {
                if (!IsCompiler(pid)) continue;
                _compilers.Add(pid);
            }
            if (ProcFs.PeakResidentBytes(pid) is long peak && (_peak is null || peak > _peak)) _peak = peak;
        }
    }

    private bool IsCompiler(int pid)
    {
        if (_server.IsServer(pid)) return true;
        return ProcFs.CommandLine(pid) is { } commandLine && ProcFs.Runs(commandLine, "csc")
            && ProcFs.WorkingDirectory(pid) is { } cwd && (cwd + "/").StartsWith(_root, StringComparison.Ordinal);
    }
}
