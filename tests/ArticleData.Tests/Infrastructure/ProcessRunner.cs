using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace ArticleData.Tests.Infrastructure;

/// <summary>What a finished child process left: its exit code and its interleaved stdout and stderr.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public string Output => StandardOutput + StandardError;

    /// <summary>Everything needed to see why a step failed, for assertion messages.</summary>
    public override string ToString() =>
        $"$ {Command}\nexit {ExitCode} after {Elapsed.TotalSeconds:0.0}s\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

/// <summary>
/// Runs child processes (dotnet, an installed tool, a built app) for the tests that exercise real builds. The child
/// gets the test's environment minus the MSBuild variables a test host may carry, plus whatever the caller adds.
/// </summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        // The test host may run under MSBuild's environment; a nested build must find its own SDK and targets.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
            foreach (var (key, value) in environment) info.Environment[key] = value;

        string command = fileName + " " + string.Join(" ", arguments);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish within {(timeout ?? DefaultTimeout).TotalSeconds}s.\n{stdout}\n{stderr}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        return new ProcessResult(command, process.ExitCode, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    /// <summary>Runs the dotnet CLI; builds neither leave MSBuild nodes behind nor share them with other builds.</summary>
    public static ProcessResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run("dotnet", arguments, workingDirectory, environment);
}
