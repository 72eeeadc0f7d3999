using System;
using System.Diagnostics;
using System.Threading;

namespace ArticleData.Tests.Performance;

/// <summary>
/// Processor time of two pieces of work compared with each other: the process's own processor time, so other processes
/// on a loaded machine cost it little; the least of several runs, so a collection or a preemption in one run does not
/// count; the two measured in turn, so a change in the machine's load between them weighs on both alike. Tests that use
/// it belong to the timing collection (alone: parallel tests would add their processor time).
/// </summary>
internal static class ProcessorTime
{
    /// <summary>
    /// The least processor time one call of <paramref name="first"/> and of <paramref name="second"/> takes, after a
    /// warm-up long enough for the runtime to compile both at full optimisation. Each timed run repeats a call until it
    /// spans at least <paramref name="minimumSeconds"/>, many ticks of the processor-time clock (10 ms on Linux).
    /// </summary>
    public static (double First, double Second) BestSecondsPerCall(Action first, Action second, int runs = 7, double minimumSeconds = 0.2)
    {
        int firstRepeats = WarmUp(first, minimumSeconds), secondRepeats = WarmUp(second, minimumSeconds);
        Thread.Sleep(300); // the runtime's background compiler finishes, and its processor time stays out of the runs
        // Let the collector finish what earlier tests left (the time-bound tests allocate hundreds of megabytes): its
        // background threads would otherwise count in this process's processor time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        double bestFirst = double.MaxValue, bestSecond = double.MaxValue;
        for (int run = 0; run < runs; run++)
        {
            bestFirst = Math.Min(bestFirst, Seconds(first, firstRepeats));
            bestSecond = Math.Min(bestSecond, Seconds(second, secondRepeats));
        }
        return (bestFirst / firstRepeats, bestSecond / secondRepeats);
    }

    /// <summary>Runs the work often enough to be compiled at full optimisation (tiered compilation promotes after 30 calls); returns how many calls span the minimum.</summary>
    private static int WarmUp(Action work, double minimumSeconds)
    {
        var clock = Stopwatch.StartNew();
        int calls = 0;
        while (calls < 60 || clock.Elapsed.TotalSeconds < minimumSeconds)
        {
            work();
            calls++;
        }
        double perCall = clock.Elapsed.TotalSeconds / calls;
        return (int)Math.Clamp(Math.Ceiling(minimumSeconds / Math.Max(perCall, 1e-8)), 1, 10_000_000);
    }

    private static double Seconds(Action work, int repeats)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (int r = 0; r < repeats; r++) work();
        process.Refresh();
        return Math.Max((process.TotalProcessorTime - before).TotalSeconds, 1e-3);
    }
}
