using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// Reads Linux's /proc: which processes exist, their command lines and working directories, and their peak resident
/// set. Every read may race with the process exiting, or be refused for another user's process; those read as null.
/// On a system without /proc nothing is found, and the report says "n/a".
/// </summary>
internal static class ProcFs
{
    public static IEnumerable<int> ProcessIds()
    {
        string[] entries;
        try { entries = Directory.GetDirectories("/proc"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        foreach (string entry in entries)
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) yield return pid;
    }

    /// <summary>The process's arguments, the program first; null once it has exited (a zombie's is empty too).</summary>
    public static string[]? CommandLine(int pid)
    {
        try
        {
            byte[] bytes = File.ReadAllBytes($"/proc/{pid}/cmdline");
            return bytes.Length == 0 ? null : Encoding.UTF8.GetString(bytes).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public static string? WorkingDirectory(int pid)
    {
        try { return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>VmHWM: the most resident memory the process has had since it started (or since <see cref="ResetPeak"/>).</summary>
    public static long? PeakResidentBytes(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                // "VmHWM:\t  166172 kB"
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb * 1024 : null;
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Sets the process's VmHWM back to its current resident set ("5" to /proc/PID/clear_refs, Linux 4.0 and later),
    /// so a later read shows the peak since now. Allowed for the user's own processes only.
    /// </summary>
    public static bool ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>Whether one of the first arguments (the program, or the dll `dotnet` runs) is the named program.</summary>
    public static bool Runs(string[] commandLine, string program)
    {
        for (int i = 0; i < Math.Min(3, commandLine.Length); i++)
        {
            string name = Path.GetFileName(commandLine[i]);
            if (name == program || name == program + ".dll") return true;
        }
        return false;
    }
}
